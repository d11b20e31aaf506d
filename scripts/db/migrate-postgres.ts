/**
 * Applies prisma/postgres/migrations to a PostgreSQL database: what `prisma migrate deploy` would
 * do, which fails through adapter-pg here (catalog types it cannot read; it also splits a file on
 * every `;`, which breaks trigger functions). Each file runs whole, in its own transaction, under
 * Prisma's advisory lock, so several nodes starting at once apply each migration exactly once; the
 * rows in _prisma_migrations carry the file's sha256 as Prisma's own do.
 *   tsx scripts/db/migrate-postgres.ts   (uses DATABASE_URL)
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { POSTGRES_MIGRATIONS } from "./postgres-schema";

/** The key `prisma migrate` takes its lock with, so this runner and Prisma's tools exclude each other. */
const PRISMA_LOCK = 72707369;

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

type Applied = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

/** Returns the names applied by this call (empty when the database was up to date). */
export async function migratePostgres(url: string, dir = POSTGRES_MIGRATIONS): Promise<string[]> {
  const names = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const appliedNow: string[] = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_LOCK]);
    await client.query(CREATE_TABLE);
    const { rows } = await client.query<Applied>(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`);
    const failed = rows.find((row) => row.finished_at === null && row.rolled_back_at === null);
    if (failed) throw new Error(`migration ${failed.migration_name} failed earlier: fix the database, then mark its row rolled back (rolled_back_at = now())`);
    const done = new Map(rows.filter((row) => row.finished_at !== null && row.rolled_back_at === null).map((row) => [row.migration_name, row.checksum]));
    for (const name of names) {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      const checksum = crypto.createHash("sha256").update(sql).digest("hex");
      const known = done.get(name);
      if (known !== undefined) {
        if (known !== checksum) console.warn(`migration ${name} was changed after it was applied`);
        continue;
      }
      try {
        await client.query("BEGIN");
        // One query, the simple protocol: the file's statements run as written, dollar quotes and all.
        await client.query(sql);
        await client.query(`INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`, [
          crypto.randomUUID(),
          checksum,
          name,
        ]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`migration ${name} failed and was rolled back: ${(error as Error).message}`);
      }
      appliedNow.push(name);
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_LOCK]).catch(() => undefined);
    await client.end();
  }
  return appliedNow;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const url = process.env.DATABASE_URL ?? "";
  if (!/^postgres(ql)?:\/\//.test(url)) {
    console.error("DATABASE_URL must be a postgres:// or postgresql:// URL");
    process.exit(1);
  }
  const applied = await migratePostgres(url);
  console.log(applied.length ? `applied ${applied.join(", ")}` : "PostgreSQL is up to date");
}
