import { describe, expect, it } from "vitest";
import { bakuAt, bakuDay, bakuInstant, bakuMonth, bakuMonthStart, bakuNoon, bakuToday } from "~/utils/baku-time";

describe("Baku time (UTC+4 all year)", () => {
  it("names the Baku day of an instant, which starts at 20:00 UTC the evening before", () => {
    expect(bakuDay(new Date("2026-12-04T19:59:59.999Z"))).toBe("2026-12-04");
    expect(bakuDay(new Date("2026-12-04T20:00:00.000Z"))).toBe("2026-12-05");
    expect(bakuDay("2026-12-31T20:00:00.000Z")).toBe("2027-01-01");
    expect(bakuToday(new Date("2026-06-30T21:00:00Z"))).toBe("2026-07-01");
  });

  it("has no daylight saving: midsummer and midwinter are both four hours ahead", () => {
    expect(bakuAt("2026-07-15", "10:00").toISOString()).toBe("2026-07-15T06:00:00.000Z");
    expect(bakuAt("2026-01-15", "10:00").toISOString()).toBe("2026-01-15T06:00:00.000Z");
  });

  it("turns a day and a wall-clock time into an instant", () => {
    expect(bakuAt("2026-12-05").toISOString()).toBe("2026-12-04T20:00:00.000Z");
    expect(bakuAt("2026-12-05", "23:59:59.999").toISOString()).toBe("2026-12-05T19:59:59.999Z");
    expect(bakuInstant("2026-12-05", 14).toISOString()).toBe("2026-12-05T10:00:00.000Z");
    // 24 is the next day's start, and negative hours go back
    expect(bakuInstant("2026-12-31", 24).toISOString()).toBe(bakuAt("2027-01-01").toISOString());
    expect(bakuInstant("2026-12-05", -48).toISOString()).toBe(bakuAt("2026-12-03").toISOString());
  });

  it("round-trips a day, so an unreal day can be told apart", () => {
    expect(bakuDay(bakuAt("2026-02-28"))).toBe("2026-02-28");
    expect(bakuDay(bakuAt("2026-02-31"))).not.toBe("2026-02-31");
  });

  it("gives the month and its first instant in Baku", () => {
    const newYearsEveUtc = new Date("2026-12-31T21:30:00Z");
    expect(bakuMonth(newYearsEveUtc)).toBe("2027-01");
    expect(bakuMonthStart(newYearsEveUtc).toISOString()).toBe("2026-12-31T20:00:00.000Z");
  });

  it("writes a day at its noon, which every time zone reads as the same day", () => {
    expect(bakuNoon("2026-12-05")).toBe("2026-12-05T12:00:00+04:00");
    expect(new Date(bakuNoon("2026-12-05")).toISOString().slice(0, 10)).toBe("2026-12-05");
  });
});
