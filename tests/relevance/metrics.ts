import type { Judgement } from "./judgements";

/** One ranked result, as the judgements name products. */
export type Hit = { titleEn: string; category: string };
export type Outcome = { judgement: Judgement; hits: Hit[]; total: number; rank: number | null; corrected?: string };

export const isRelevant = (judgement: Judgement, hit: Hit) => !!judgement.titles?.includes(hit.titleEn) || !!judgement.categories?.includes(hit.category);

export const expectsNothing = (judgement: Judgement) => !judgement.titles?.length && !judgement.categories?.length;

/** Position (1-based) of the first relevant hit among the first ten, or null. */
export function firstRelevant(judgement: Judgement, hits: Hit[]): number | null {
  const index = hits.slice(0, 10).findIndex((hit) => isRelevant(judgement, hit));
  return index < 0 ? null : index + 1;
}

/** A judged query is answered: relevant in the first three (the first, when asked), or rightly empty. */
export function answered(outcome: Outcome): boolean {
  if (expectsNothing(outcome.judgement)) return outcome.total === 0;
  const limit = outcome.judgement.first ? 1 : 3;
  return outcome.rank !== null && outcome.rank <= limit;
}

/** success@3, MRR@10 and the zero-result rate over the queries that something on sale answers. */
export function relevanceFigures(outcomes: Outcome[]) {
  const judged = outcomes.filter((o) => !expectsNothing(o.judgement));
  const share = (n: number) => (judged.length ? n / judged.length : 0);
  return {
    queries: outcomes.length,
    successAt3: share(judged.filter((o) => o.rank !== null && o.rank <= 3).length),
    mrrAt10: share(judged.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0)),
    zeroResultRate: share(judged.filter((o) => o.total === 0).length),
    falseHits: outcomes.filter((o) => expectsNothing(o.judgement) && o.total > 0).length,
  };
}
