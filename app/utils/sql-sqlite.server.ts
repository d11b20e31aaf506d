/**
 * The SQLite side of the raw SQL (see sql-dialect.ts). Hot reads are prepared statements on
 * Prisma's own SQLite connection: Prisma's raw queries prepare their SQL anew on every call and go
 * through its query engine; for the search and the product cards on every listing page that was a
 * fifth of their time (`npm run bench`). Reads only: writes stay with Prisma and its transactions.
 */
import type { Statement } from "better-sqlite3";
import { sqliteConnection, Prisma } from "~/utils/db.server";
import type { SqlDialect } from "~/utils/sql-dialect";
import { BAKU_OFFSET_HOURS } from "~/utils/baku-time";

/** Statements by SQL text; the catalogue's filters make a few dozen shapes. */
const statements = new Map<string, Statement>();
const MAX_STATEMENTS = 200;

/** As Prisma's adapter binds them, so both read and compare the same stored text. */
function bindable(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

async function queryRows<Row>(query: Prisma.Sql): Promise<Row[]> {
  const connection = await sqliteConnection();
  let statement = statements.get(query.sql);
  if (!statement || statement.database !== connection) {
    if (statements.size >= MAX_STATEMENTS) statements.clear();
    statement = connection.prepare(query.sql).safeIntegers(false);
    statements.set(query.sql, statement);
  }
  return statement.all(...query.values.map(bindable)) as Row[];
}

/** A literal, not a parameter, so the statement text stays the same as before. */
const BAKU_HOURS = Prisma.raw(`'+${BAKU_OFFSET_HOURS} hours'`);

export const sqliteDialect: SqlDialect = {
  name: "sqlite",
  queryRows,
  greatest: (a, b) => Prisma.sql`MAX(${a}, ${b})`,
  asNumber: (condition) => Prisma.sql`(${condition})`,
  asReal: (value) => Prisma.sql`CAST(${value} AS REAL)`,
  bakuDay: (instant) => Prisma.sql`date(${instant}, ${BAKU_HOURS})`,
  bakuMonth: (instant) => Prisma.sql`strftime('%Y-%m', ${instant}, ${BAKU_HOURS})`,
  addDays: (day, days) => Prisma.sql`date(${day}, '+' || (${days}) || ' days')`,
  insertIgnoring: (table, columns, rows) => Prisma.sql`INSERT OR IGNORE INTO ${table} (${columns}) VALUES ${Prisma.join(rows)}`,
  noIndex: (column) => Prisma.sql`+${column}`,
  tableVia: (table, index) => Prisma.sql`${table} INDEXED BY ${Prisma.raw(`"${index}"`)}`,
  orderedJoin: Prisma.sql`CROSS JOIN`,
  skipLocked: Prisma.empty,
  search: {
    row: Prisma.sql`product_search_row`,
    stale: Prisma.sql`product_search_stale`,
    term: Prisma.sql`search_term`,
    // FTS5 answers ORDER BY rank LIMIT itself, by the bm25 weights set in the search_keys migration.
    ranked: (match, limit) => Prisma.sql`(SELECT rowid AS rid, rank FROM product_search WHERE product_search MATCH ${match} ORDER BY rank LIMIT ${limit})`,
    async count(match, cap) {
      const [{ matches }] = await queryRows<{ matches: number }>(
        Prisma.sql`SELECT COUNT(*) AS matches FROM (SELECT 1 FROM product_search WHERE product_search MATCH ${match} LIMIT ${cap}) AS m`,
      );
      return matches;
    },
    write(rows) {
      if (rows.length === 0) return [];
      const rids = rows.map((row) => row.rid);
      const values = rows.map((row) => Prisma.sql`(${row.rid}, ${row.title}, ${row.category}, ${row.body}, ${row.place})`);
      return [
        Prisma.sql`DELETE FROM product_search WHERE rowid IN (${Prisma.join(rids)})`,
        Prisma.sql`INSERT INTO product_search (rowid, title, category, body, place) VALUES ${Prisma.join(values)}`,
      ];
    },
  },
};
