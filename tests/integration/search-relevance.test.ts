import { beforeAll, describe, expect, it } from "vitest";
import { loadDemoCatalogue } from "../relevance/demo-catalogue";
import { JUDGEMENTS } from "../relevance/judgements";
import { answered, relevanceFigures, type Outcome } from "../relevance/metrics";
import { runJudgements } from "../relevance/run-judgements";

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
