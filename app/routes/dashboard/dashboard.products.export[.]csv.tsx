import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportListingsCsv } from "~/models/listings/listing-csv.server";
import { csvDownload } from "~/utils/csv";
import { requireActiveProducerMember } from "~/utils/dashboard.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireActiveProducerMember(request);
  return csvDownload(await exportListingsCsv(user.producerId), "listings.csv");
}
