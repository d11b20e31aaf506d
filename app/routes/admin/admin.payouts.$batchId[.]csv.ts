import type { LoaderFunctionArgs } from "@remix-run/node";
import { payoutBatchCsv } from "~/models/payments/payouts.server";
import { requireRole } from "~/utils/auth.server";
import { notFound } from "~/utils/http.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, ["ADMIN"]);
  const csv = await payoutBatchCsv(params.batchId ?? "");
  if (csv === null) notFound();
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="payout-${params.batchId}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
