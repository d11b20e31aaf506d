import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
const base = process.argv[2];
const pages = process.argv.slice(3);
const flags = "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync";
for (const p of pages) {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "lh-")), "r.json");
  const load = os.loadavg()[0].toFixed(1);
  const run = spawnSync("node_modules/.bin/lighthouse", [base + p, "--quiet", `--chrome-flags=${flags}`, "--only-categories=performance,accessibility", "--form-factor=mobile", "--output=json", `--output-path=${out}`], { env: { ...process.env, CHROME_PATH: "/usr/bin/chromium" }, stdio: "pipe", timeout: 240_000 });
  if (run.status !== 0) { console.log(p, "failed", run.stderr.toString().slice(0, 300)); continue; }
  const r = JSON.parse(fs.readFileSync(out, "utf8"));
  const items = r.audits["network-requests"].details.items as { url: string; resourceType: string; transferSize: number; resourceSize: number }[];
  const fonts = items.filter((i) => i.resourceType === "Font");
  console.log(JSON.stringify({ page: p, load, perf: Math.round(r.categories.performance.score * 100), a11y: Math.round(r.categories.accessibility.score * 100),
    lcp: r.audits["largest-contentful-paint"].displayValue, tbt: r.audits["total-blocking-time"].displayValue, cls: r.audits["cumulative-layout-shift"].displayValue,
    fontBytes: fonts.reduce((s, f) => s + f.transferSize, 0), fonts: fonts.map((f) => `${f.url.split("/").pop()} ${f.transferSize}`) }));
}
