import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Chart } from "~/components/charts";
import { INSIGHT_PERIODS, parsePeriod } from "~/models/insights/insight-periods";
import { producerInsights } from "~/models/insights/producer-insights.server";
import { requireActiveProducerMember } from "~/utils/dashboard.server";
import { getLocale } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireActiveProducerMember(request);
  const days = parsePeriod(new URL(request.url).searchParams.get("days"));
  return producerInsights(user.producerId, days, await getLocale(request));
}

export default function DashboardInsights() {
  const insights = useLoaderData<typeof loader>();
  const { t, money, number, percent, dayMonth: dayLabel } = useTranslator();
  const { totals } = insights;
  const stats = [
    ["dashboard.insights.views", number(totals.views)],
    ["dashboard.insights.favorites", number(totals.favorites)],
    ["dashboard.insights.notifies", number(totals.notifies)],
    ["dashboard.insights.cartAdds", number(totals.cartAdds)],
    ["dashboard.insights.orders", number(totals.orders)],
    ["dashboard.insights.revenue", money(totals.revenueQ)],
    ["dashboard.insights.conversion", percent(totals.conversion)],
  ] as const;
  const topProducts = [...insights.perProduct].sort((a, b) => b.views - a.views).slice(0, 10);
  return (
    <section className="stack insights">
      <div className="dashboard__heading">
        <h1>{t("dashboard.insights.title")}</h1>
        <Link to="/dashboard/insights/planning" className="button">
          {t("planning.title")}
        </Link>
        <a href={`/dashboard/insights.csv?days=${insights.days}`} className="button button--secondary" download>
          {t("dashboard.insights.export")}
        </a>
      </div>
      <nav aria-label={t("dashboard.insights.period")} className="dashboard-filter">
        <ul>
          {INSIGHT_PERIODS.map((d) => (
            <li key={d}>
              <Link to={`?days=${d}`} aria-current={insights.days === d ? "page" : undefined}>
                {t("dashboard.insights.lastDays", { days: d })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2 className="visually-hidden">{t("dashboard.insights.summary")}</h2>
      <dl className="insight-stats">
        {stats.map(([key, value]) => (
          <div key={key} className="card">
            <dt>{t(key)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">{t("dashboard.insights.conversionHint")}</p>

      <h2>{t("dashboard.insights.charts")}</h2>
      <Chart
        title={t("dashboard.insights.viewsPerDay")}
        kind="line"
        series={insights.daily.map((d) => ({ label: dayLabel(d.day), value: d.views }))}
        formatValue={number}
        labelHeading={t("common.date")}
        valueHeading={t("dashboard.insights.views")}
      />
      <Chart
        title={t("dashboard.insights.revenuePerDay")}
        kind="column"
        series={insights.daily.map((d) => ({ label: dayLabel(d.day), value: d.revenueQ }))}
        formatValue={money}
        labelHeading={t("common.date")}
        valueHeading={t("dashboard.insights.revenue")}
      />
      <Chart
        title={t("dashboard.insights.viewsPerProduct")}
        kind="bar"
        series={topProducts.map((p) => ({ label: p.title, value: p.views }))}
        formatValue={number}
        labelHeading={t("dashboard.products.name")}
        valueHeading={t("dashboard.insights.views")}
        emptyText={t("dashboard.insights.noData")}
      />

      <h2>{t("dashboard.insights.perProduct")}</h2>
      {insights.perProduct.length === 0 ? (
        <p className="muted">{t("dashboard.insights.noData")}</p>
      ) : (
        <div className="table-scroll">
          <table className="dashboard-table stack-table">
            <caption className="visually-hidden">{t("dashboard.insights.perProduct")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("dashboard.products.name")}</th>
                <th scope="col" className="num">
                  {t("dashboard.insights.views")}
                </th>
                <th scope="col" className="num">
                  {t("dashboard.insights.favorites")}
                </th>
                <th scope="col" className="num">
                  {t("dashboard.insights.notifies")}
                </th>
                <th scope="col" className="num">
                  {t("dashboard.insights.cartAdds")}
                </th>
                <th scope="col" className="num">
                  {t("dashboard.insights.orders")}
                </th>
                <th scope="col" className="num">
                  {t("dashboard.insights.revenue")}
                </th>
                <th scope="col" className="num">
                  {t("dashboard.insights.conversion")}
                </th>
              </tr>
            </thead>
            <tbody>
              {insights.perProduct.map((p) => (
                <tr key={p.productId}>
                  <th scope="row">{p.title}</th>
                  <td data-label={t("dashboard.insights.views")} className="num">
                    {number(p.views)}
                  </td>
                  <td data-label={t("dashboard.insights.favorites")} className="num">
                    {number(p.favorites)}
                  </td>
                  <td data-label={t("dashboard.insights.notifies")} className="num">
                    {number(p.notifies)}
                  </td>
                  <td data-label={t("dashboard.insights.cartAdds")} className="num">
                    {number(p.cartAdds)}
                  </td>
                  <td data-label={t("dashboard.insights.orders")} className="num">
                    {number(p.orders)}
                  </td>
                  <td data-label={t("dashboard.insights.revenue")} className="num">
                    {money(p.revenueQ)}
                  </td>
                  <td data-label={t("dashboard.insights.conversion")} className="num">
                    {percent(p.conversion)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2>{t("dashboard.insights.searches")}</h2>
      <p className="muted">{t("dashboard.insights.searchesHint")}</p>
      {insights.searches.length === 0 ? (
        <p className="muted">{t("dashboard.insights.noSearches")}</p>
      ) : (
        <table className="dashboard-table insights__searches stack-table">
          <caption className="visually-hidden">{t("dashboard.insights.searches")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("dashboard.insights.query")}</th>
              <th scope="col" className="num">
                {t("dashboard.insights.views")}
              </th>
            </tr>
          </thead>
          <tbody>
            {insights.searches.map((s) => (
              <tr key={s.query}>
                <th scope="row">{s.query}</th>
                <td data-label={t("dashboard.insights.views")} className="num">
                  {number(s.count)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
