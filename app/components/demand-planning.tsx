import { Chart } from "~/components/charts";
import type { MessageKey } from "~/locales/types";
import { useTranslator } from "~/utils/use-translator";

type Months = { month: string; views: number; fromSearch: number; notifies: number; cartAdds: number; units: number; salesQ: number }[];

type ForecastError = { mae: number; mape: number | null; actualTotal: number; forecastTotal: number };
type WeeklyPlan = { forecast: number[] | null; forecastTotal: number | null; error: ForecastError | null; history: number[]; firstForecastWeek: string };

/** "dek 2026": a stored YYYY-MM in the reader's language, through the project's own formatter. */
export function useMonthLabel() {
  const { month } = useTranslator();
  return (value: string) => {
    const [year, m] = value.split("-").map(Number);
    return `${month(m)} ${year}`;
  };
}

const DAY_MS = 86_400_000;
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/**
 * The forecast of the next weeks and, beside it, how wrong the same method was on the last 13
 * weeks (forecast from the weeks before them only). "Not enough history" when there is none to use.
 */
export function ForecastPanel({
  plan,
  kind,
  title,
  chartTitle,
  unitLabel,
  level = 3,
}: {
  plan: WeeklyPlan;
  kind: "money" | "units";
  title: string;
  /** unique on the page: the chart's table is a region named by it */
  chartTitle: string;
  /** units: the product's unit ("kg", "jar") */
  unitLabel?: string;
  /** the panel's heading level; its error part is one below */
  level?: 3 | 4;
}) {
  const { t, money, number, percent, dayMonth } = useTranslator();
  const amount = (value: number) => (kind === "money" ? money(Math.round(value)) : `${number(value, value % 1 ? 1 : 0)}${unitLabel ? ` ${unitLabel}` : ""}`);
  const { forecast, error } = plan;
  const [Heading, SubHeading] = level === 3 ? (["h3", "h4"] as const) : (["h4", "h5"] as const);
  return (
    <div className="planning-forecast card">
      <Heading>{title}</Heading>
      {forecast && plan.forecastTotal !== null ? (
        <>
          <p className="planning-forecast__total">{t("planning.forecastTotal", { weeks: forecast.length, amount: amount(plan.forecastTotal) })}</p>
          <Chart
            title={chartTitle}
            kind="column"
            series={forecast.map((value, i) => ({ label: dayMonth(addDays(plan.firstForecastWeek, i * 7)), value }))}
            formatValue={amount}
            labelHeading={t("planning.weekOf")}
            valueHeading={t("planning.forecast")}
            emptyText={t("planning.forecastZero")}
          />
        </>
      ) : (
        <p className="muted">{t("planning.notEnoughHistory", { weeks: plan.history.length })}</p>
      )}
      <SubHeading>{t("planning.errorTitle")}</SubHeading>
      {error ? (
        <dl className="planning-forecast__error">
          <div>
            <dt>{t("planning.mae")}</dt>
            <dd>{amount(error.mae)}</dd>
          </div>
          <div>
            <dt>{t("planning.mape")}</dt>
            <dd>{error.mape === null ? t("planning.mapeNone") : percent(error.mape)}</dd>
          </div>
          <div>
            <dt>{t("planning.backTestTotals")}</dt>
            <dd>{t("planning.backTestTotalsValue", { forecast: amount(error.forecastTotal), actual: amount(error.actualTotal) })}</dd>
          </div>
        </dl>
      ) : (
        <p className="muted">{t("planning.errorNotEnough")}</p>
      )}
    </div>
  );
}

const COLUMNS = [
  ["views", "planning.col.views"],
  ["fromSearch", "planning.col.fromSearch"],
  ["notifies", "planning.col.notifies"],
  ["cartAdds", "planning.col.cartAdds"],
] as const satisfies readonly (readonly [keyof Months[number], MessageKey])[];

/** Twelve months of demand and sales as a table (the figures a chart would only hint at). */
export function MonthlyTable({
  monthly,
  caption,
  sales,
  area = "dashboard",
}: {
  monthly: Months;
  caption: string;
  sales: "units" | "orders";
  /** whose table styles to wear: the producer dashboard's or the staff console's */
  area?: "dashboard" | "admin";
}) {
  const { t, number, money } = useTranslator();
  const monthLabel = useMonthLabel();
  const unitsHeading = t(sales === "units" ? "planning.col.units" : "planning.col.orders");
  return (
    <div className={area === "admin" ? "admin-table-wrap" : "table-scroll"} tabIndex={0} role="region" aria-label={caption}>
      <table className={area === "admin" ? "admin-table" : "dashboard-table stack-table"}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("planning.col.month")}</th>
            {COLUMNS.map(([key, label]) => (
              <th key={key} scope="col" className="num">
                {t(label)}
              </th>
            ))}
            <th scope="col" className="num">
              {unitsHeading}
            </th>
            <th scope="col" className="num">
              {t("planning.col.sales")}
            </th>
          </tr>
        </thead>
        <tbody>
          {monthly.map((m) => (
            <tr key={m.month}>
              <th scope="row">{monthLabel(m.month)}</th>
              {COLUMNS.map(([key, label]) => (
                <td key={key} className="num" data-label={t(label)}>
                  {number(m[key])}
                </td>
              ))}
              <td className="num" data-label={unitsHeading}>
                {number(m.units)}
              </td>
              <td className="num" data-label={t("planning.col.sales")}>
                {money(m.salesQ)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Sales per month over the twelve months, drawn. */
export function MonthlySalesChart({ monthly }: { monthly: Months }) {
  const { t, money } = useTranslator();
  return (
    <Chart
      title={t("planning.salesPerMonth")}
      kind="column"
      // Short labels ("03.2026") so a year of columns stays readable; the table spells months out.
      series={monthly.map((m) => ({ label: m.month.split("-").reverse().join("."), value: m.salesQ }))}
      formatValue={money}
      labelHeading={t("planning.col.month")}
      valueHeading={t("planning.col.sales")}
      emptyText={t("planning.noSales")}
    />
  );
}
