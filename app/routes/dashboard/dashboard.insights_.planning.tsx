import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ForecastPanel, MonthlySalesChart, MonthlyTable } from "~/components/demand-planning";
import { FigureCell, FiguresHead } from "~/components/figure-table";
import { producerPlanning } from "~/models/insights/planning.server";
import { requireActiveProducerMember } from "~/utils/dashboard.server";
import { notFound } from "~/utils/http.server";
import { getLocale } from "~/utils/locale.server";
import { unitKey } from "~/utils/units";
import { useTranslator } from "~/utils/use-translator";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireActiveProducerMember(request);
  const planning = await producerPlanning(user.producerId, await getLocale(request));
  if (!planning) notFound();
  return planning;
}

export default function DemandPlanning() {
  const planning = useLoaderData<typeof loader>();
  const { t, number, percent } = useTranslator();
  return (
    <section className="stack planning">
      <div className="dashboard__heading">
        <h1>{t("planning.title")}</h1>
        <Link to="/dashboard/insights" className="button button--secondary">
          {t("planning.backToInsights")}
        </Link>
      </div>
      <p className="muted">{t("planning.lead")}</p>
      <p className="muted">{t("planning.method")}</p>

      <h2>{t("planning.allProducts")}</h2>
      <ForecastPanel plan={planning.plan} kind="money" title={t("planning.forecastSales")} chartTitle={t("planning.forecastChart")} />
      <MonthlySalesChart monthly={planning.monthly} />
      <MonthlyTable monthly={planning.monthly} caption={t("planning.monthsAll")} sales="units" />

      <h2>{t("planning.perProduct")}</h2>
      {planning.products.length === 0 ? (
        <p className="muted">{t("planning.noProducts")}</p>
      ) : (
        <>
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t("planning.perProduct")}>
            <table className="dashboard-table stack-table planning__products">
              <caption className="visually-hidden">{t("planning.perProduct")}</caption>
              <FiguresHead
                first={t("planning.col.product")}
                figures={[t("planning.col.views"), t("planning.col.units"), t("planning.col.forecast"), t("planning.col.error")]}
              />
              <tbody>
                {planning.products.map((p) => {
                  const unit = t(unitKey(p.unit));
                  return (
                    <tr key={p.productId}>
                      <th scope="row">
                        <a href={`#plan-${p.productId}`}>{p.title}</a>
                      </th>
                      <FigureCell label={t("planning.col.views")}>{number(p.totals.views)}</FigureCell>
                      <FigureCell label={t("planning.col.units")}>
                        {number(p.totals.units)} {unit}
                      </FigureCell>
                      <FigureCell label={t("planning.col.forecast")}>
                        {p.plan.forecastTotal === null ? t("planning.notEnoughShort") : `${number(p.plan.forecastTotal)} ${unit}`}
                      </FigureCell>
                      <FigureCell label={t("planning.col.error")}>
                        {p.plan.error === null
                          ? t("planning.notEnoughShort")
                          : p.plan.error.mape === null
                            ? t("planning.maeOnly", { mae: number(p.plan.error.mae, 1), unit })
                            : t("planning.errorShort", { mape: percent(p.plan.error.mape), mae: number(p.plan.error.mae, 1), unit })}
                      </FigureCell>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {planning.products.map((p) => (
            <section key={p.productId} id={`plan-${p.productId}`} className="planning__product stack" aria-labelledby={`plan-title-${p.productId}`}>
              <h3 id={`plan-title-${p.productId}`}>{p.title}</h3>
              <ForecastPanel
                plan={p.plan}
                kind="units"
                unitLabel={t(unitKey(p.unit))}
                title={t("planning.forecastUnits")}
                chartTitle={t("planning.forecastChartOf", { product: p.title })}
                level={4}
              />
              <details className="planning__months">
                <summary>{t("planning.monthByMonth")}</summary>
                <MonthlyTable monthly={p.monthly} caption={t("planning.monthsOf", { product: p.title })} sales="units" />
              </details>
            </section>
          ))}
        </>
      )}
    </section>
  );
}
