import { isOneOf } from "~/utils/one-of";
export const INSIGHT_PERIODS = [7, 30, 90] as const;
export type InsightPeriod = (typeof INSIGHT_PERIODS)[number];

export function parsePeriod(value: string | null): InsightPeriod {
  const n = Number(value);
  return isOneOf(INSIGHT_PERIODS, n) ? n : 30;
}
