/** Lighthouse performance scores (mobile emulation, Debian's Chromium) for pages of a running server. */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const CHROME_FLAGS =
  "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync";

type Options = { language?: string; cookie?: string };

/**
 * Lighthouse's Chrome asks for en-US, which would measure the English page; `language` is sent as
 * Accept-Language instead (Azerbaijani, the default, unless asked otherwise). Lighthouse 12 with
 * Debian's Chromium 150 now and then ends without a report, so a run that fails is tried once more
 * and why it failed is printed.
 */
export function lighthouseScore(url: string, options: Options = {}) {
  for (let attempt = 1; attempt <= 2; attempt++) {
    const result = runLighthouse(url, options);
    if (typeof result !== "string") return result;
    console.error(`Lighthouse on ${url} did not run (attempt ${attempt}): ${result}`);
  }
  return null;
}

function runLighthouse(url: string, { language = "az", cookie }: Options) {
  const headers = { "Accept-Language": language, ...(cookie ? { Cookie: cookie } : {}) };
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "lh-")), "report.json");
  const run = spawnSync(
    path.join("node_modules", ".bin", "lighthouse"),
    [
      url,
      "--quiet",
      `--chrome-flags=${CHROME_FLAGS}`,
      "--only-categories=performance",
      "--form-factor=mobile",
      "--output=json",
      `--output-path=${out}`,
      `--extra-headers=${JSON.stringify(headers)}`,
    ],
    { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" }, stdio: "pipe", timeout: 180_000 },
  );
  if (run.status !== 0 || !fs.existsSync(out)) {
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
    return `exit ${run.status ?? run.signal}: ${`${run.stderr}`.trim().split("\n").slice(-3).join(" / ")}`;
  }
  const report = JSON.parse(fs.readFileSync(out, "utf8")) as {
    categories: { performance: { score: number } };
    audits: Record<string, { displayValue?: string }>;
    environment: { benchmarkIndex: number };
  };
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  return {
    score: Math.round(report.categories.performance.score * 100),
    lcp: report.audits["largest-contentful-paint"].displayValue ?? "",
    tbt: report.audits["total-blocking-time"].displayValue ?? "",
    cls: report.audits["cumulative-layout-shift"].displayValue ?? "",
    // Lighthouse's own measure of the host's CPU speed (higher is faster): runs on different machines differ by it
    benchmarkIndex: Math.round(report.environment.benchmarkIndex),
  };
}

export function describeLighthouse(result: ReturnType<typeof lighthouseScore>) {
  return result
    ? `performance ${result.score} · LCP ${result.lcp} · TBT ${result.tbt} · CLS ${result.cls} · host benchmark index ${result.benchmarkIndex}`
    : "Lighthouse did not run";
}
