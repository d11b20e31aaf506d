import type { LoaderFunctionArgs } from "@remix-run/node";
import { payoutBatchCsv } from "~/models/payments/payouts.server";
import { requireRole } from "~/utils/auth.server";
import { csvDownload } from "~/utils/csv";
import { notFound } from "~/utils/http.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, ["ADMIN"]);
  const csv = await payoutBatchCsv(params.batchId ?? "");
  if (csv === null) notFound();
  return csvDownload(csv, `payout-${params.batchId}.csv`);
}
