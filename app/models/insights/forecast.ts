/**
 * Demand planning's forecast: seasonal naive over weekly sales. Each coming week is forecast as the
 * same week a year earlier, so a family's harvest season, Novruz or the New Year show up where they
 * did last year. Its error is measured honestly by a back-test: the last 13 weeks are forecast from
 * the weeks before them only, and compared with what was really sold.
 */

/** Weeks in a season (a year of Monday-to-Sunday weeks). */
export const SEASON_WEEKS = 52;
/** Weeks forecast: the next three months. */
export const HORIZON_WEEKS = 13;

/** The forecast for the `horizon` weeks after `history`, or null with less than one season of history. */
export function seasonalNaive(history: readonly number[], horizon = HORIZON_WEEKS, season = SEASON_WEEKS): number[] | null {
  if (season < 1 || history.length < season) return null;
  return Array.from({ length: horizon }, (_, h) => history[history.length - season + (h % season)]);
}

export type ForecastError = {
  /** mean absolute error, in the series' unit per week */
  mae: number;
  /** mean absolute percentage error over the weeks that sold something; null when none did */
  mape: number | null;
  /** what the test weeks really sold, and what was forecast for them */
  actualTotal: number;
  forecastTotal: number;
};

const sum = (values: readonly number[]) => values.reduce((total, v) => total + v, 0);

/** How far `forecast` was from `actual`, week by week. */
export function forecastError(actual: readonly number[], forecast: readonly number[]): ForecastError {
  if (actual.length !== forecast.length || actual.length === 0) throw new Error("forecastError: series of different or zero length");
  const absolute = actual.map((a, i) => Math.abs(a - forecast[i]));
  const sold = actual.map((a, i) => [a, absolute[i]] as const).filter(([a]) => a > 0);
  return {
    mae: sum(absolute) / actual.length,
    mape: sold.length ? sum(sold.map(([a, e]) => e / a)) / sold.length : null,
    actualTotal: sum(actual),
    forecastTotal: sum(forecast),
  };
}

/** Forecast the last `horizon` weeks from the weeks before them; null without a season before them. */
export function backTest(history: readonly number[], horizon = HORIZON_WEEKS, season = SEASON_WEEKS): ForecastError | null {
  if (history.length < season + horizon) return null;
  const forecast = seasonalNaive(history.slice(0, history.length - horizon), horizon, season);
  return forecast && forecastError(history.slice(history.length - horizon), forecast);
}

export type Plan = {
  /** the coming weeks, or null: "not enough history" */
  forecast: number[] | null;
  forecastTotal: number | null;
  /** the back-test's error, or null when there is not enough history to test */
  error: ForecastError | null;
};

/** The forecast and its back-test for one weekly series (oldest week first, the last complete week last). */
export function planFromHistory(history: readonly number[], horizon = HORIZON_WEEKS, season = SEASON_WEEKS): Plan {
  const forecast = seasonalNaive(history, horizon, season);
  return { forecast, forecastTotal: forecast && sum(forecast), error: backTest(history, horizon, season) };
}

// ─── Weeks ────────────────────────────────────────────────────────────────────

const DAY_MS = 86_400_000;

/** The Monday-to-Sunday week a calendar day (YYYY-MM-DD) falls in, as a number (1970-01-01 was a Thursday). */
export function weekOf(day: string): number {
  return Math.floor((Date.parse(`${day}T00:00:00Z`) / DAY_MS + 3) / 7);
}

/** The Monday that starts a week from `weekOf`, as YYYY-MM-DD. */
export function weekStart(week: number): string {
  return new Date((week * 7 - 3) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Daily amounts summed into weeks `first`..`last` (inclusive), zero where nothing was sold; days
 * outside those weeks are left out.
 */
export function weeklySeries(days: readonly { day: string; amount: number }[], first: number, last: number): number[] {
  const series = Array.from({ length: Math.max(0, last - first + 1) }, () => 0);
  for (const { day, amount } of days) {
    const index = weekOf(day) - first;
    if (index >= 0 && index < series.length) series[index] += amount;
  }
  return series;
}
