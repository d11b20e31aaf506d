/**
 * Hot read queries as prepared statements on Prisma's own SQLite connection. Prisma's raw queries
 * prepare their SQL anew on every call and go through its query engine; for the search and the
 * product cards on every listing page that was a fifth of their time (`npm run bench`).
 * Reads only: writes stay with Prisma and its transactions.
 */
import type { Statement } from "better-sqlite3";
import { sqliteConnection, type Prisma } from "~/utils/db.server";

/** Statements by SQL text; the catalogue's filters make a few dozen shapes. */
const statements = new Map<string, Statement>();
const MAX_STATEMENTS = 200;

/** As Prisma's adapter binds them, so both read and compare the same stored text. */
function bindable(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

export async function queryRows<Row>(query: Prisma.Sql): Promise<Row[]> {
  const connection = await sqliteConnection();
  let statement = statements.get(query.sql);
  if (!statement || statement.database !== connection) {
    if (statements.size >= MAX_STATEMENTS) statements.clear();
    statement = connection.prepare(query.sql).safeIntegers(false);
    statements.set(query.sql, statement);
  }
  return statement.all(...query.values.map(bindable)) as Row[];
}
