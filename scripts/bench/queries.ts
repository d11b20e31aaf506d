/**
 * The dashboard insights and programme report queries, timed by run.ts at benchmark scale.
 * Each entry calls the app's own domain function, so the figures are the pages' real queries.
 */
import { producerInsights } from "../../app/models/insights/producer-insights.server";
import { programmeReport } from "../../app/models/insights/programme-reports.server";
import { parseReportFilters } from "../../app/models/insights/report-filters";

export function benchQueries(producerId: string): [string, () => Promise<unknown>][] {
  const lastYear = parseReportFilters(new URLSearchParams());
  const oneRegion = parseReportFilters(new URLSearchParams({ region: "seki-zaqatala" }));
  return [
    ["producer insights, 30 days", () => producerInsights(producerId, 30, "az")],
    ["producer insights, 90 days", () => producerInsights(producerId, 90, "az")],
    ["programme report, last 12 months, all tables", () => programmeReport(lastYear, "az")],
    ["programme report, one region", () => programmeReport(oneRegion, "az")],
  ];
}
