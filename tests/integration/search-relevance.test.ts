import { beforeAll, describe, expect, it } from "vitest";
import { loadDemoCatalogue } from "../relevance/demo-catalogue";
import { JUDGEMENTS } from "../relevance/judgements";
import { answered, relevanceFigures, type Outcome } from "../relevance/metrics";
import { runJudgements } from "../relevance/run-judgements";
import { loader as suggestLoader } from "~/routes/search_.suggest";
import type { Suggestion } from "~/models/catalog/search-suggest.server";
import { getRequest, loadContext } from "../support/http";

let outcomes: Outcome[];

beforeAll(async () => {
  await loadDemoCatalogue();
  outcomes = await runJudgements();
}, 120_000);

describe("search relevance over the demo catalogue", () => {
  it("has at least 60 judged queries in each of az, en and ru", () => {
    expect(JUDGEMENTS.length).toBeGreaterThanOrEqual(60);
    for (const lang of ["az", "en", "ru"]) expect(JUDGEMENTS.filter((j) => j.lang === lang).length).toBeGreaterThanOrEqual(15);
  });

  it.each(JUDGEMENTS.map((j, i) => [j.q, i] as const))("answers %s", (_q, i) => {
    const outcome = outcomes[i];
    const shown = outcome.hits.slice(0, 3).map((hit) => hit.titleEn);
    expect(answered(outcome), `${outcome.judgement.q}: ${outcome.total} results, first ${JSON.stringify(shown)}`).toBe(true);
  });

  it("says what it read when it corrected a typo, and only then", () => {
    const corrected = (q: string) => outcomes.find((o) => o.judgement.q === q)?.corrected;
    expect(corrected("pomegranite")).toMatch(/^pomegranates?$/);
    expect(corrected("safforn")).toBe("saffron");
    expect(corrected("honey")).toBeUndefined();
    expect(corrected("avocado")).toBeUndefined();
  });

  it("sums up as success@3, MRR@10 and zero-result rate", () => {
    const figures = relevanceFigures(outcomes);
    expect(figures.successAt3).toBe(1);
    expect(figures.zeroResultRate).toBe(0);
    expect(figures.falseHits).toBe(0);
  });
});

describe("suggestions while typing", () => {
  const suggest = async (q: string, lang = "en") => {
    const response = await suggestLoader({ request: getRequest(`/search/suggest?${new URLSearchParams({ q, lang })}`), params: {}, context: loadContext });
    expect(response.status).toBe(200);
    return ((await response.json()) as { suggestions: Suggestion[] }).suggestions;
  };

  it("offers product titles, the category and the place for an unfinished word", async () => {
    const carpets = await suggest("xalc");
    expect(carpets.filter((s) => s.kind === "product").length).toBeGreaterThan(0);
    expect(carpets.filter((s) => s.kind === "product").every((s) => /carpet|kilim|rug/i.test(s.label))).toBe(true);
    expect(carpets).toContainEqual({ kind: "category", label: "Carpets", href: "/products?category=carpets" });
    expect(await suggest("sheki")).toContainEqual({ kind: "place", label: "Shaki-Zagatala", href: "/products?region=seki-zaqatala" });
    expect(await suggest("Qafarov", "az")).toContainEqual({
      kind: "producer",
      label: "Qafarovlar Xalça Emalatxanası",
      href: "/producers/gafarovlar-xalca-emalatxanasi",
    });
  });

  it("speaks the shopper's language and reads Cyrillic too", async () => {
    const honey = await suggest("мед", "ru");
    expect(honey[0]).toMatchObject({ kind: "product" });
    expect(honey[0].label).toMatch(/мёд/i);
  });

  it("offers nothing for one letter or for punctuation, without failing", async () => {
    expect(await suggest("x")).toEqual([]);
    expect(await suggest('")(*:^')).toEqual([]);
    expect(await suggest("zzzqx")).toEqual([]);
  });
});
