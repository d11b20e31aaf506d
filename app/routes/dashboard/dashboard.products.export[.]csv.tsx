import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportListingsCsv } from "~/models/listings/listing-csv.server";
import { requireActiveProducerMember } from "~/utils/dashboard.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireActiveProducerMember(request);
  return new Response(await exportListingsCsv(user.producerId), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="listings.csv"',
      "Cache-Control": "private, no-store",
    },
  });
}
