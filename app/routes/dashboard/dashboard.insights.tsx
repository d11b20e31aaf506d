import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Chart } from "~/components/charts";
import { FigureCell, FiguresHead } from "~/components/figure-table";
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
  type ProductRow = (typeof insights.perProduct)[number];
  const perProductColumns = [
    ["dashboard.insights.views", (p: ProductRow) => number(p.views)],
    ["dashboard.insights.favorites", (p: ProductRow) => number(p.favorites)],
    ["dashboard.insights.notifies", (p: ProductRow) => number(p.notifies)],
    ["dashboard.insights.cartAdds", (p: ProductRow) => number(p.cartAdds)],
    ["dashboard.insights.orders", (p: ProductRow) => number(p.orders)],
    ["dashboard.insights.revenue", (p: ProductRow) => money(p.revenueQ)],
    ["dashboard.insights.conversion", (p: ProductRow) => percent(p.conversion)],
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
            <FiguresHead first={t("dashboard.products.name")} figures={perProductColumns.map(([key]) => t(key))} />
            <tbody>
              {insights.perProduct.map((p) => (
                <tr key={p.productId}>
                  <th scope="row">{p.title}</th>
                  {perProductColumns.map(([key, value]) => (
                    <FigureCell key={key} label={t(key)}>
                      {value(p)}
                    </FigureCell>
                  ))}
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
