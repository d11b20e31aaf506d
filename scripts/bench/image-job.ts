/**
 * One image scenario in a fresh process, so its peak resident memory is its own:
 *   tsx scripts/bench/image-job.ts <outDir> <file> [<file> …]
 * processes the files at once through the app's pipeline and prints JSON: milliseconds, the
 * process's resident memory before (after loading sharp and reading the files) and at its peak,
 * and what each upload came to (widths written, or the reason it was refused).
 */
import fs from "node:fs";
import { processImage } from "../../app/models/images/pipeline.server";
import { diskStore } from "../../app/models/images/upload-store.server";

const [outDir, ...files] = process.argv.slice(2);
const inputs = files.map((file) => fs.readFileSync(file));
const before = process.memoryUsage().rss;
const started = performance.now();
const outcomes = await Promise.all(
  inputs.map((input, i) =>
    processImage(input, { store: diskStore(outDir), fileKey: `job-${i}` }).then(
      (result) => (result.ok ? `${result.width}×${result.height} → ${result.widths.join("/")}` : `refused: ${result.error}`),
      (error) => `failed: ${String(error)}`,
    ),
  ),
);
const elapsed = performance.now() - started;
console.log(JSON.stringify({ ms: elapsed, rssBefore: before, rssPeak: process.resourceUsage().maxRSS * 1024, outcomes }));
