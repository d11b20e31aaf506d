/**
 * `npm test`: every test, one part after another (never two at once: the browser tests measure
 * layout shifts, which a busy CPU disturbs), stopping at the first that fails:
 *   1. vitest on SQLite (unit and integration tests),
 *   2. vitest on PostgreSQL (the integration tests that touch SQL, on a throwaway cluster),
 *   3. the build and Playwright,
 *   4. the two-node test (PostgreSQL, s3rver, two nodes, nginx).
 * 2 and 4 need Debian's `postgresql-15` (4 also `nginx-light`). Without them they are skipped,
 * and said so at the start and the end; under CI (CI set) a missing one fails the run instead.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { installedPostgres } from "./db/pg-cluster";
import { installedNginx } from "./server-process";

type Part = { name: string; command: string[]; needs: string | null };

const bin = (name: string) => path.join("node_modules", ".bin", name);
const postgres = installedPostgres() ? null : "PostgreSQL, not installed (apt-get install -y postgresql-15)";
const nginx = installedNginx() ? null : "nginx, not installed (apt-get install -y nginx-light)";

const parts: Part[] = [
  { name: "vitest on SQLite", command: [bin("vitest"), "run"], needs: null },
  { name: "vitest on PostgreSQL", command: [bin("vitest"), "run", "--config", "vitest.postgres.config.ts"], needs: postgres },
  { name: "build", command: [bin("remix"), "vite:build"], needs: null },
  { name: "Playwright", command: [bin("playwright"), "test"], needs: null },
  { name: "two nodes", command: [bin("tsx"), "scripts/nodes-test.ts"], needs: postgres ?? nginx },
];

const skipped = parts.filter((part) => part.needs);
const skipNote = skipped.map((part) => `SKIPPED: ${part.name}, which needs ${part.needs}`).join("\n");
if (skipped.length) {
  if (process.env.CI) {
    console.error(`npm test under CI runs every part, and these cannot run:\n${skipped.map((part) => `${part.name} needs ${part.needs}`).join("\n")}`);
    process.exit(1);
  }
  console.log(`${skipNote}\n`);
}

const minutes = (ms: number) => `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
const done: string[] = [];
const started = Date.now();
let failed: string | null = null;
for (const part of parts) {
  if (part.needs) continue;
  console.log(`\n──── npm test: ${part.name} ────\n`);
  const partStarted = Date.now();
  const result = spawnSync(part.command[0], part.command.slice(1), { stdio: "inherit" });
  done.push(`${part.name} ${minutes(Date.now() - partStarted)}`);
  if (result.status !== 0) {
    failed = part.name;
    break;
  }
}
console.log(`\nnpm test: ${done.join(" · ")} · total ${minutes(Date.now() - started)}`);
if (skipped.length) console.log(skipNote);
if (failed) console.log(`FAILED: ${failed}`);
process.exit(failed ? 1 : 0);
