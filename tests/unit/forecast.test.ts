import { describe, expect, it } from "vitest";
import { backTest, forecastError, planFromHistory, seasonalNaive, weekOf, weeklySeries, weekStart } from "~/models/insights/forecast";

describe("seasonal naive forecast", () => {
  it("repeats the same weeks one season earlier", () => {
    expect(seasonalNaive([1, 2, 3, 4, 5, 6], 3, 4)).toEqual([3, 4, 5]);
    // past the season's end it starts over from the same season
    expect(seasonalNaive([1, 2, 3, 4], 6, 4)).toEqual([1, 2, 3, 4, 1, 2]);
  });

  it("refuses with less than a season of history", () => {
    expect(seasonalNaive([1, 2, 3], 2, 4)).toBeNull();
    expect(seasonalNaive(Array(51).fill(1))).toBeNull();
    expect(seasonalNaive(Array(52).fill(2))).toEqual(Array(13).fill(2));
  });
});

describe("forecast error", () => {
  it("gives the mean absolute error and the percentage over the weeks that sold", () => {
    // errors 2, 0, 3, 1 → MAE 1.5; percentages 2/10, 0/5, 1/4 over the three weeks that sold
    const error = forecastError([10, 5, 0, 4], [8, 5, 3, 5]);
    expect(error.mae).toBe(1.5);
    expect(error.mape).toBeCloseTo((0.2 + 0 + 0.25) / 3, 12);
    expect(error).toMatchObject({ actualTotal: 19, forecastTotal: 21 });
  });

  it("has no percentage when nothing sold in the test weeks", () => {
    expect(forecastError([0, 0], [1, 3])).toEqual({ mae: 2, mape: null, actualTotal: 0, forecastTotal: 4 });
  });

  it("back-tests the last weeks from the weeks before them only", () => {
    // season 4, test the last 2 weeks: forecast [5, 6] (weeks 3–4, a season before), actual [7, 6]
    const history = [1, 2, 5, 6, 3, 4, 7, 6];
    expect(backTest(history, 2, 4)).toEqual({ mae: 1, mape: 2 / 7 / 2, actualTotal: 13, forecastTotal: 11 });
    // a season plus the test weeks are needed
    expect(backTest(history.slice(0, 5), 2, 4)).toBeNull();
  });

  it("plans a known yearly pattern exactly, and says so with a zero error", () => {
    const year = Array.from({ length: 52 }, (_, w) => (w >= 20 && w < 30 ? 12 : 3));
    const plan = planFromHistory([...year, ...year.slice(0, 30)]);
    expect(plan.forecast).toEqual(year.slice(30, 43));
    expect(plan.forecastTotal).toBe(39);
    expect(plan.error).toEqual({ mae: 0, mape: 0, actualTotal: 3 * 3 + 12 * 10, forecastTotal: 3 * 3 + 12 * 10 });
  });

  it("says there is not enough history: no forecast before a year, no error before a year and three months", () => {
    expect(planFromHistory(Array(40).fill(1))).toEqual({ forecast: null, forecastTotal: null, error: null });
    const young = planFromHistory(Array(60).fill(1));
    expect(young.forecast).toEqual(Array(13).fill(1));
    expect(young.error).toBeNull();
  });
});

describe("weeks", () => {
  it("numbers Monday-to-Sunday weeks", () => {
    expect(weekOf("2026-11-30")).toBe(weekOf("2026-12-06"));
    expect(weekOf("2026-12-07")).toBe(weekOf("2026-12-06") + 1);
    expect(weekStart(weekOf("2026-12-03"))).toBe("2026-11-30");
    expect(weekStart(weekOf("2027-01-01"))).toBe("2026-12-28");
  });

  it("sums days into weeks, zero where nothing sold, leaving out days outside", () => {
    const first = weekOf("2026-11-02");
    const days = [
      { day: "2026-11-02", amount: 2 },
      { day: "2026-11-08", amount: 1 },
      { day: "2026-11-18", amount: 5 },
      { day: "2026-10-30", amount: 100 },
      { day: "2026-12-01", amount: 100 },
    ];
    expect(weeklySeries(days, first, first + 3)).toEqual([3, 0, 5, 0]);
  });
});
