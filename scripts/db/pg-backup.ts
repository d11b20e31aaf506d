/**
 * Backup and restore of a PostgreSQL database for `npm run backup` / `npm run restore`, with
 * Debian's pg_dump and pg_restore (postgresql-client-15 or newer: not older than the server).
 * The dump is one snapshot, taken while the nodes keep writing; the restore builds the database
 * beside the live one and swaps the names, so the live one is never half-restored.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { installedPostgres } from "./pg-cluster";

const run = promisify(execFile);

/** The counts a backup's manifest records, read in the snapshot the dump is taken from. */
export const COUNTED_TABLES = { orders: "Order", checkoutGroups: "CheckoutGroup", products: "Product", producers: "Producer", users: "User" } as const;
export type Counts = Record<keyof typeof COUNTED_TABLES, number>;

export class DatabaseInUse extends Error {}

/** PG_BIN's or the newest installed server's tools, else whatever pg_dump is on PATH. */
function tool(name: "pg_dump" | "pg_restore") {
  const bin = installedPostgres();
  return bin && fs.existsSync(path.join(bin, name)) ? path.join(bin, name) : name;
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function databaseName(url: string) {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
  if (!name) throw new Error(`${url} names no database`);
  return name;
}

/** The same server, its `postgres` maintenance database: where databases are created and renamed. */
function maintenanceUrl(url: string) {
  const parsed = new URL(url);
  parsed.pathname = "/postgres";
  return parsed.toString();
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** pg_dump in its custom format into `file`, from the snapshot the counts are read in. */
export async function dumpPostgres(url: string, file: string): Promise<{ counts: Counts; integrity: string }> {
  return withClient(url, async (client) => {
    // The snapshot lives as long as this transaction: pg_dump attaches to it.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const { rows } = await client.query<{ snapshot: string }>("SELECT pg_export_snapshot() AS snapshot");
    const counts = {} as Counts;
    for (const [key, table] of Object.entries(COUNTED_TABLES) as [keyof Counts, string][]) {
      counts[key] = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quoted(table)}`)).rows[0].n);
    }
    try {
      await run(tool("pg_dump"), ["--format=custom", `--snapshot=${rows[0].snapshot}`, `--file=${file}`, "--no-owner", "--no-privileges", url]);
    } catch (error) {
      throw new Error(`pg_dump failed: ${(error as { stderr?: string }).stderr?.trim() || (error as Error).message}`);
    } finally {
      await client.query("COMMIT");
    }
    // The archive's table of contents reads back whole: the file is complete.
    const list = await run(tool("pg_restore"), ["--list", file], { maxBuffer: 64 * 1024 * 1024 });
    return { counts, integrity: list.stdout.includes("TABLE DATA") ? "ok" : "no table data in the archive" };
  });
}

/**
 * Restores a dump as the database `url` names: into `<name>_restoring` first, then the live one
 * (if any) becomes `<name>_before_restore` (an older one of that name is dropped) and the new one
 * takes its name. Refused while anything else is connected to the live database.
 */
export async function restorePostgres(url: string, file: string): Promise<{ previous: string | null }> {
  const name = databaseName(url);
  const incoming = `${name}_restoring`;
  const previous = `${name}_before_restore`;
  return withClient(maintenanceUrl(url), async (admin) => {
    const exists = async (database: string) => (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database])).rowCount === 1;
    const refuseIfInUse = async () => {
      const { rows } = await admin.query<{ n: string }>("SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [name]);
      if (Number(rows[0].n) > 0) throw new DatabaseInUse(`${name} is in use (${rows[0].n} connection(s)). Stop every node, then run the restore again.`);
    };
    const live = await exists(name);
    if (live) await refuseIfInUse();
    await admin.query(`DROP DATABASE IF EXISTS ${quoted(incoming)}`);
    await admin.query(`CREATE DATABASE ${quoted(incoming)} TEMPLATE template0 ENCODING 'UTF8'`);
    const target = new URL(url);
    target.pathname = `/${encodeURIComponent(incoming)}`;
    try {
      await run(tool("pg_restore"), ["--exit-on-error", "--single-transaction", "--no-owner", "--no-privileges", `--dbname=${target.toString()}`, file]);
    } catch (error) {
      await admin.query(`DROP DATABASE IF EXISTS ${quoted(incoming)}`);
      throw new Error(`pg_restore failed, the live database is untouched: ${(error as { stderr?: string }).stderr?.trim() || (error as Error).message}`);
    }
    if (live) {
      // Checked again: a node may have connected while the dump was restored.
      await refuseIfInUse().catch(async (error: unknown) => {
        await admin.query(`DROP DATABASE IF EXISTS ${quoted(incoming)}`);
        throw error;
      });
      await admin.query(`DROP DATABASE IF EXISTS ${quoted(previous)}`);
      await admin.query(`ALTER DATABASE ${quoted(name)} RENAME TO ${quoted(previous)}`);
    }
    await admin.query(`ALTER DATABASE ${quoted(incoming)} RENAME TO ${quoted(name)}`);
    return { previous: live ? previous : null };
  });
}
