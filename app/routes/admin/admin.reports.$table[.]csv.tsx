import type { LoaderFunctionArgs } from "@remix-run/node";
import { reportTable, tableToCsv } from "~/models/insights/programme-reports.server";
import { isReportTable, parseReportFilters, reportRangeError } from "~/models/insights/report-filters";
import { requireStaff } from "~/utils/auth.server";
import { csvDownload } from "~/utils/csv";
import { invariantResponse, notFound } from "~/utils/http.server";
import { getTranslator } from "~/utils/locale.server";

/** One table of the programme report as CSV, with the page's filters. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request);
  const table = params.table ?? "";
  if (!isReportTable(table)) notFound();
  const query = new URL(request.url).searchParams;
  const rangeError = reportRangeError(query);
  invariantResponse(!rangeError, rangeError ?? "");
  const filters = parseReportFilters(query);
  const translator = await getTranslator(request);
  const data = await reportTable(table, filters, translator.locale);
  return csvDownload(tableToCsv(data, translator.t), `abad-${table}-${filters.from}-${filters.to}.csv`);
}
