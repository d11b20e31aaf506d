import { describe, expect, it } from "vitest";
import { ALL_YEAR, isInSeason, maskToMonths, monthsToMask } from "~/models/catalog/season";
import { slugify } from "~/utils/slug";

describe("season months", () => {
  it("round-trips months through the bit mask; empty means all year", () => {
    expect(maskToMonths(monthsToMask([9, 10, 11]))).toEqual([9, 10, 11]);
    expect(monthsToMask([])).toBe(ALL_YEAR);
    expect(isInSeason(monthsToMask([9, 10]), 10)).toBe(true);
    expect(isInSeason(monthsToMask([9, 10]), 3)).toBe(false);
  });
});

describe("slugify", () => {
  it("transliterates Azerbaijani and Russian", () => {
    expect(slugify("Şəki halvası")).toBe("sheki-halvasi");
    expect(slugify("Горный мёд")).toBe("gornyy-med");
    expect(slugify("  Quba  alması!! ")).toBe("quba-almasi");
  });
});
