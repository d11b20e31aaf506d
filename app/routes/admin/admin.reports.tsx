import type { LoaderFunctionArgs } from "@remix-run/node";
import { FilterSelect } from "~/components/forms";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Chart } from "~/components/charts";
import type { MessageKey } from "~/locales/types";
import { programmeReport, reportFilterOptions, type ReportTableData } from "~/models/insights/programme-reports.server";
import { parseReportFilters, reportQueryString, reportRangeError } from "~/models/insights/report-filters";
import { requireStaff } from "~/utils/auth.server";
import { invariantResponse } from "~/utils/http.server";
import { getLocale } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  const locale = await getLocale(request);
  const params = new URL(request.url).searchParams;
  const rangeError = reportRangeError(params);
  invariantResponse(!rangeError, rangeError ?? "");
  const filters = parseReportFilters(params);
  const [report, options] = await Promise.all([programmeReport(filters, locale), reportFilterOptions(locale)]);
  return { filters, query: reportQueryString(filters), report, options };
}

function useFormatters() {
  const { t, money, number, month } = useTranslator();
  const monthLabel = (value: string) => {
    const [year, m] = value.split("-").map(Number);
    return `${month(m)} ${year}`;
  };
  const cell = (kind: string, value: string | number | undefined) => {
    if (value === undefined) return "";
    if (kind === "money") return money(Number(value));
    if (kind === "count") return number(Number(value));
    if (kind === "month") return monthLabel(String(value));
    return String(value);
  };
  return { t, money, number, monthLabel, cell };
}

/** The full figures of one report table, with its CSV download. */
function FiguresTable({ table, query }: { table: ReportTableData; query: string }) {
  const { t, cell } = useFormatters();
  const id = `table-${table.key}`;
  return (
    <div className="report-table">
      <div className="admin-table-wrap" tabIndex={0} role="region" aria-labelledby={id}>
        <table className="admin-table">
          <caption id={id}>{t(table.title)}</caption>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c.key} scope="col" className={c.kind === "money" || c.kind === "count" ? "num" : undefined}>
                  {t(c.label)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.length === 0 ? (
              <tr>
                <td colSpan={table.columns.length} className="muted">
                  {t("admin.reports.noData")}
                </td>
              </tr>
            ) : (
              table.rows.map((row, i) => (
                <tr key={i}>
                  {table.columns.map((c, j) =>
                    j === 0 ? (
                      <th key={c.key} scope="row">
                        {cell(c.kind, row[c.key])}
                      </th>
                    ) : (
                      <td key={c.key} className={c.kind === "money" || c.kind === "count" ? "num" : undefined}>
                        {cell(c.kind, row[c.key])}
                      </td>
                    ),
                  )}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <p>
        <a href={`/admin/reports/${table.key}.csv?${query}`} download>
          {t("admin.reports.csv")}
          <span className="visually-hidden"> ({t(table.title)})</span>
        </a>
      </p>
    </div>
  );
}

export default function AdminReports() {
  const { filters, query, report, options } = useLoaderData<typeof loader>();
  const { t, money, number, monthLabel } = useFormatters();
  const summary = report.summary.rows[0] as Record<string, number>;
  const figures: [MessageKey, string][] = [
    ["admin.reports.col.sales", money(summary.salesQ)],
    ["admin.reports.col.orders", number(summary.orders)],
    ["admin.reports.col.families", money(summary.familiesQ)],
    ["admin.reports.col.activeProducers", number(summary.activeProducers)],
    ["admin.reports.col.newProducers", number(summary.newProducers)],
    ["admin.reports.col.repeatShoppers", t("admin.reports.repeatOf", { repeat: number(summary.repeatShoppers), all: number(summary.shoppers) })],
  ];
  return (
    <section className="admin-page reports" aria-labelledby="reports-title">
      <h1 id="reports-title">{t("admin.reports.title")}</h1>
      <p className="muted">{t("admin.reports.lead")}</p>
      <Form method="get" className="filters filters--inline" aria-label={t("admin.filters.label")}>
        <div className="field">
          <label htmlFor="report-from">{t("admin.reports.from")}</label>
          <input id="report-from" type="month" name="from" defaultValue={filters.from} />
        </div>
        <div className="field">
          <label htmlFor="report-to">{t("admin.reports.to")}</label>
          <input id="report-to" type="month" name="to" defaultValue={filters.to} />
        </div>
        <FilterSelect
          id="report-region"
          name="region"
          label={t("common.region")}
          anyLabel={t("admin.filters.any")}
          value={filters.region}
          options={options.regions}
        />
        <FilterSelect
          id="report-sector"
          name="sector"
          label={t("common.sector")}
          anyLabel={t("admin.filters.any")}
          value={filters.sector}
          options={options.sectors}
        />
        <div className="filters__actions">
          <button type="submit" className="button">
            {t("admin.filters.apply")}
          </button>
          <Link to="/admin/reports">{t("admin.filters.reset")}</Link>
        </div>
      </Form>

      <section aria-labelledby="summary-title">
        <h2 id="summary-title">{t("admin.reports.summaryFor", { from: monthLabel(filters.from), to: monthLabel(filters.to) })}</h2>
        <dl className="admin-figures">
          {figures.map(([label, value]) => (
            <div key={label}>
              <dt>{t(label)}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <p className="muted">{t("admin.reports.definitions")}</p>
        <p>
          <a href={`/admin/reports/summary.csv?${query}`} download>
            {t("admin.reports.csv")}
            <span className="visually-hidden"> ({t("admin.reports.summary")})</span>
          </a>
        </p>
      </section>

      {/* These sections are not named, so not landmarks: each table's scroll box is the region named like its heading (axe: landmark-unique). */}
      <section>
        <h2 id="monthly-title">{t("admin.reports.monthly")}</h2>
        <Chart
          title={t("admin.reports.chart.salesByMonth")}
          kind="column"
          // Short labels ("03.2026") so a year of columns stays readable; the tables below spell months out.
          series={report.monthly.rows.map((r) => ({ label: String(r.month).split("-").reverse().join("."), value: Number(r.salesQ) }))}
          formatValue={money}
          labelHeading={t("admin.reports.col.month")}
          valueHeading={t("admin.reports.col.sales")}
          emptyText={t("admin.reports.noData")}
        />
        <FiguresTable table={report.monthly} query={query} />
      </section>

      <section>
        <h2 id="regions-title">{t("admin.reports.regions")}</h2>
        <Chart
          title={t("admin.reports.chart.salesByRegion")}
          kind="bar"
          series={report.regions.rows.filter((r) => Number(r.salesQ) > 0).map((r) => ({ label: String(r.region), value: Number(r.salesQ) }))}
          formatValue={money}
          labelHeading={t("common.region")}
          valueHeading={t("admin.reports.col.sales")}
          emptyText={t("admin.reports.noData")}
        />
        <FiguresTable table={report.regions} query={query} />
      </section>

      <section>
        <h2 id="sectors-title">{t("admin.reports.sectors")}</h2>
        <Chart
          title={t("admin.reports.chart.salesBySector")}
          kind="bar"
          series={report.sectors.rows.map((r) => ({ label: String(r.sector), value: Number(r.salesQ) }))}
          formatValue={money}
          labelHeading={t("common.sector")}
          valueHeading={t("admin.reports.col.salesGoods")}
          emptyText={t("admin.reports.noData")}
        />
        <FiguresTable table={report.sectors} query={query} />
      </section>

      <section aria-labelledby="demand-title">
        <h2 id="demand-title">{t("admin.reports.unmetDemand")}</h2>
        <p className="muted">{t("admin.reports.unmetDemandLead")}</p>
        <Chart
          title={t("admin.reports.chart.searches")}
          kind="bar"
          series={report.searches.rows.slice(0, 10).map((r) => ({ label: String(r.query), value: Number(r.searches) }))}
          formatValue={number}
          labelHeading={t("admin.reports.col.query")}
          valueHeading={t("admin.reports.col.searches")}
          emptyText={t("admin.reports.noData")}
        />
        <FiguresTable table={report.searches} query={query} />
        <Chart
          title={t("admin.reports.chart.notifyRegions")}
          kind="bar"
          series={report.notifyRegions.rows.map((r) => ({ label: String(r.region), value: Number(r.requests) }))}
          formatValue={number}
          labelHeading={t("common.region")}
          valueHeading={t("admin.reports.col.requests")}
          emptyText={t("admin.reports.noData")}
        />
        <FiguresTable table={report.notifyRegions} query={query} />
        <FiguresTable table={report.notifyProducts} query={query} />
      </section>
    </section>
  );
}
