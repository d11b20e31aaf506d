/**
 * The page's main-thread work in the browser's own CPU time (trace events' thread time), which,
 * unlike Lighthouse's wall-clock figures, barely moves when other processes share the cores.
 * Median of a few fresh loads on a phone-sized screen: all main-thread work, style and layout,
 * and the blocking time the tasks after the first paint would add at Lighthouse's 4× CPU slowdown.
 */
import type { Browser } from "@playwright/test";

type TraceEvent = { name: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number };

export async function mainThreadCpu(
  browser: Browser,
  url: string,
  { language = "az", cookie, loads = 3 }: { language?: string; cookie?: string; loads?: number } = {},
) {
  const runs: { total: number; styleLayout: number; blocking: number }[] = [];
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext({
      viewport: { width: 412, height: 823 },
      deviceScaleFactor: 1.75,
      isMobile: true,
      hasTouch: true,
      extraHTTPHeaders: { "Accept-Language": language, ...(cookie ? { Cookie: cookie } : {}) },
    });
    const page = await context.newPage();
    await browser.startTracing(page, { categories: ["toplevel", "devtools.timeline", "disabled-by-default-devtools.timeline", "loading"] });
    await page.goto(url, { waitUntil: "load" });
    // What a visitor who has not touched the page yet costs: the scripts start on the first interaction.
    await page.waitForTimeout(1500);
    const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
    await context.close();
    const paint = events.find((e) => e.name === "firstContentfulPaint");
    if (!paint) continue;
    const main = events.filter((e) => e.pid === paint.pid && e.tid === paint.tid && e.dur !== undefined);
    const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
    const tasks = main.filter((e) => e.name === "RunTask");
    runs.push({
      total: tasks.reduce((sum, e) => sum + cpu(e), 0),
      styleLayout: main.filter((e) => e.name === "UpdateLayoutTree" || e.name === "Layout").reduce((sum, e) => sum + cpu(e), 0),
      blocking: tasks.filter((e) => e.ts >= paint.ts).reduce((sum, e) => sum + Math.max(0, 4 * cpu(e) - 50), 0),
    });
  }
  const median = (key: keyof (typeof runs)[number]) => {
    const sorted = runs.map((r) => r[key]).sort((a, b) => a - b);
    return Math.round(sorted[Math.floor(sorted.length / 2)] ?? NaN);
  };
  return { total: median("total"), styleLayout: median("styleLayout"), blocking: median("blocking") };
}
