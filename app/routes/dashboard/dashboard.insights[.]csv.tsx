import type { LoaderFunctionArgs } from "@remix-run/node";
import { writeCsv } from "~/utils/csv";
import { parsePeriod, producerInsights } from "~/models/insights/producer-insights.server";
import { requireActiveProducerMember } from "~/utils/dashboard.server";
import { getLocale } from "~/utils/locale.server";

/** The insights table as CSV: one row per product, then the totals. Money in AZN with a decimal point. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireActiveProducerMember(request);
  const days = parsePeriod(new URL(request.url).searchParams.get("days"));
  const insights = await producerInsights(user.producerId, days, await getLocale(request));
  const azn = (q: number) => (q / 100).toFixed(2);
  const ratio = (r: number) => r.toFixed(4);
  const csv = writeCsv([
    ["product_id", "title", "views", "favourites", "notify_requests", "add_to_carts", "orders", "units", "revenue_azn", "conversion"],
    ...insights.perProduct.map((p) => [p.productId, p.title, p.views, p.favorites, p.notifies, p.cartAdds, p.orders, p.units, azn(p.revenueQ), ratio(p.conversion)]),
    ["", "TOTAL", insights.totals.views, insights.totals.favorites, insights.totals.notifies, insights.totals.cartAdds, insights.totals.orders, "", azn(insights.totals.revenueQ), ratio(insights.totals.conversion)],
  ]);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="insights-${days}d.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
