/**
 * `npm run db:postgres`: after a change to prisma/schema.prisma and its SQLite migration, writes
 * the PostgreSQL schema and, for each SQLite migration folder PostgreSQL lacks, the folder of the
 * same name with the PostgreSQL SQL (`prisma migrate diff` from the old PostgreSQL schema to the
 * new one, offline). Hand-written SQL in the SQLite migration (triggers, data changes) is not
 * translated: the script names those migrations, add their PostgreSQL form by hand.
 *   --check   change nothing; exit 1 when the schema or a migration folder is missing or stale
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startCluster } from "./pg-cluster";
import { POSTGRES_MIGRATIONS, POSTGRES_SCHEMA, SQLITE_MIGRATIONS, SQLITE_SCHEMA, toPostgresSchema } from "./postgres-schema";

const check = process.argv.includes("--check");

function folders(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** `migrate diff` connects to a server even between two files: a throwaway one, never a real database. */
function diff(url: string, from: string | null, to: string): string {
  const args = ["migrate", "diff", "--config", "prisma.postgres.config.ts"];
  args.push(...(from ? ["--from-schema-datamodel", from] : ["--from-empty"]), "--to-schema-datamodel", to, "--script");
  const result = spawnSync(path.join("node_modules", ".bin", "prisma"), args, { encoding: "utf8", env: { ...process.env, DATABASE_URL: url } });
  if (result.status !== 0) throw new Error(`prisma ${args.join(" ")} failed:\n${result.stderr}`);
  return result.stdout;
}

const wanted = toPostgresSchema(fs.readFileSync(SQLITE_SCHEMA, "utf8"));
const current = fs.existsSync(POSTGRES_SCHEMA) ? fs.readFileSync(POSTGRES_SCHEMA, "utf8") : null;
const pgFolders = new Set(fs.existsSync(POSTGRES_MIGRATIONS) ? folders(POSTGRES_MIGRATIONS) : []);
const missing = folders(SQLITE_MIGRATIONS).filter((name) => !pgFolders.has(name));

if (check) {
  const problems = [...(current === wanted ? [] : [`${POSTGRES_SCHEMA} is stale`]), ...missing.map((name) => `${POSTGRES_MIGRATIONS}/${name} is missing`)];
  for (const problem of problems) console.error(problem);
  if (problems.length) console.error("Run `npm run db:postgres`.");
  process.exit(problems.length ? 1 : 0);
}

if (missing.length === 0 && current !== wanted) {
  throw new Error(`${POSTGRES_SCHEMA} differs but no SQLite migration is new: add the SQLite migration first (see README, "Add a migration").`);
}
if (missing.length > 0) {
  // The old schema is what the existing PostgreSQL migrations build; the diff to the new one is
  // the last new folder's SQL. Earlier new folders (several arrived at once) say where theirs went.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "abad-pg-schema-"));
  const to = path.join(tmp, "to.prisma");
  fs.writeFileSync(to, wanted);
  let from: string | null = null;
  if (current) {
    from = path.join(tmp, "from.prisma");
    fs.writeFileSync(from, current);
  }
  const cluster = await startCluster();
  let sql: string;
  try {
    sql = diff(cluster.url, from, to);
  } finally {
    cluster.stop();
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  const last = missing[missing.length - 1];
  for (const name of missing) {
    const dir = path.join(POSTGRES_MIGRATIONS, name);
    fs.mkdirSync(dir, { recursive: true });
    const body = name === last ? sql : `-- No PostgreSQL statements of its own: ${last} carries the schema change made with it.\n`;
    fs.writeFileSync(path.join(dir, "migration.sql"), body);
    console.log(`wrote ${dir}/migration.sql`);
    const sqlite = fs.readFileSync(path.join(SQLITE_MIGRATIONS, name, "migration.sql"), "utf8");
    if (/\b(CREATE\s+TRIGGER|INSERT\s+INTO|UPDATE\s+"?\w+"?\s+SET|DELETE\s+FROM)\b/i.test(sqlite.replace(/INSERT INTO "new_\w+"[\s\S]*?;/g, ""))) {
      console.warn(`  ${name} on SQLite has hand-written SQL (triggers or data): add its PostgreSQL form to this file.`);
    }
  }
}
fs.mkdirSync(path.dirname(POSTGRES_SCHEMA), { recursive: true });
fs.writeFileSync(POSTGRES_SCHEMA, wanted);
console.log(`${POSTGRES_SCHEMA} is up to date; run \`npm run db:generate\` for its client.`);
