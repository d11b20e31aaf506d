import type { LoaderFunctionArgs } from "@remix-run/node";
import { csvDownload, writeCsv } from "~/utils/csv";
import { insightsCsvRows, parsePeriod, producerInsights } from "~/models/insights/producer-insights.server";
import { requireActiveProducerMember } from "~/utils/dashboard.server";
import { getTranslator } from "~/utils/locale.server";

/** The insights table as CSV, headed in the page's language (the BOM makes spreadsheets read it as UTF-8). */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireActiveProducerMember(request);
  const days = parsePeriod(new URL(request.url).searchParams.get("days"));
  const translator = await getTranslator(request);
  const insights = await producerInsights(user.producerId, days, translator.locale);
  return csvDownload(writeCsv(insightsCsvRows(insights, translator.t)), `insights-${days}d.csv`);
}
