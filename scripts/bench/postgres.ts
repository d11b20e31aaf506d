/**
 * The bench on PostgreSQL (`npm run bench -- --database postgres://…`, or `--database postgres` for
 * a throwaway cluster): the catalogue is generated into a SQLite file as usual and copied table by
 * table into a database of the bench's own on that server, so both databases hold the same rows.
 * PostgreSQL's triggers see every copied row as an insert (the search queue, the catalogue version).
 */
import pg from "pg";
import Database from "better-sqlite3";
import { startCluster } from "../db/pg-cluster";

/** Parents before children: the order the generator writes them in. */
export const GENERATED_TABLES = [
  "Region",
  "Sector",
  "Category",
  "User",
  "Producer",
  "ProducerSector",
  "Product",
  "Image",
  "Slot",
  "CheckoutGroup",
  "Order",
  "OrderLine",
  "LedgerJournal",
  "DemandEvent",
];

/** Under PostgreSQL's 65,535 parameters per statement. */
const PARAMETERS_PER_INSERT = 30_000;

export type BenchPostgres = { server: string; url: (database: string) => string; stop: () => void };

/** `--database postgres` starts a cluster for this run; a URL names a server the bench adds its own databases to. */
export async function benchPostgres(spec: string): Promise<BenchPostgres> {
  if (spec === "postgres") {
    const cluster = await startCluster();
    return { server: "a throwaway cluster (fsync off)", url: (name) => withDatabase(cluster.url, name), stop: cluster.stop };
  }
  if (!/^postgres(ql)?:\/\//.test(spec)) throw new Error(`--database takes postgres://… or the word postgres, not ${spec}`);
  return { server: new URL(spec).host, url: (name) => withDatabase(spec, name), stop: () => undefined };
}

function withDatabase(url: string, name: string) {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** Drops and creates `name` through the server's maintenance database (never the one in the URL given). */
export async function freshDatabase(postgres: BenchPostgres, name: string) {
  const client = new pg.Client({ connectionString: postgres.url("postgres") });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

export async function databaseExists(postgres: BenchPostgres, name: string) {
  const client = new pg.Client({ connectionString: postgres.url("postgres") });
  await client.connect();
  try {
    return (await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 1;
  } finally {
    await client.end();
  }
}

type Column = { name: string; type: string };

/** Copies the generated tables from a SQLite file into a migrated, empty PostgreSQL database. */
export async function copyToPostgres(sqliteFile: string, url: string) {
  const sqlite = new Database(sqliteFile, { readonly: true });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    for (const table of GENERATED_TABLES) {
      const { rows } = await client.query<Column>(
        "SELECT column_name AS name, data_type AS type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1",
        [table],
      );
      const inSqlite = new Set((sqlite.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((c) => c.name));
      const columns = rows.filter((column) => inSqlite.has(column.name));
      if (columns.length === 0) throw new Error(`table ${table} is missing on one side`);
      const convert = columns.map((column) => converter(column.type));
      const perInsert = Math.floor(PARAMETERS_PER_INSERT / columns.length);
      const names = columns.map((column) => `"${column.name}"`).join(", ");
      const flush = async (batch: unknown[][]) => {
        if (batch.length === 0) return;
        const values = batch.map((_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(", ")})`).join(", ");
        await client.query(`INSERT INTO "${table}" (${names}) VALUES ${values}`, batch.flat());
      };
      let batch: unknown[][] = [];
      for (const row of sqlite.prepare(`SELECT ${names} FROM "${table}"`).raw().iterate() as Iterable<unknown[]>) {
        batch.push(row.map((value, i) => convert[i](value)));
        if (batch.length === perInsert) {
          await flush(batch);
          batch = [];
        }
      }
      await flush(batch);
      // Copied ids do not move a serial column's sequence; the app's own inserts come next.
      const serial = columns.some((column) => column.name === "id")
        ? await client.query<{ sequence: string | null }>("SELECT pg_get_serial_sequence($1, 'id') AS sequence", [`"${table}"`])
        : null;
      if (serial?.rows[0]?.sequence)
        await client.query(`SELECT setval($1, (SELECT COALESCE(MAX("id"), 0) + 1 FROM "${table}"), false)`, [serial.rows[0].sequence]);
    }
    await client.query("COMMIT");
    await client.query("ANALYZE");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
    sqlite.close();
  }
}

/** SQLite keeps booleans as 0/1 and may keep times as epoch milliseconds. */
function converter(type: string): (value: unknown) => unknown {
  if (type === "boolean") return (value) => (value === null ? null : Boolean(value));
  if (type.startsWith("timestamp")) return (value) => (typeof value === "number" ? new Date(value).toISOString() : value);
  return (value) => value;
}
