/**
 * The PostgreSQL side of the raw SQL (see sql-dialect.ts). The search index lives in the schema
 * `search` (prisma/postgres/migrations/20261128000000_init): a tsvector of the same keys as
 * SQLite's FTS5 table, weighted alike, queried with a tsquery translated from the FTS5 expression.
 */
import { db, Prisma } from "~/utils/db.server";
import type { SqlDialect } from "~/utils/sql-dialect";
import { BAKU_OFFSET_HOURS } from "~/utils/baku-time";

/** Counts come back as bigint from PostgreSQL: numbers, as better-sqlite3 gives them. */
function numbers<Row>(rows: Row[]): Row[] {
  for (const row of rows as Record<string, unknown>[]) {
    for (const key in row) if (typeof row[key] === "bigint") row[key] = Number(row[key]);
  }
  return rows;
}

async function queryRows<Row>(query: Prisma.Sql): Promise<Row[]> {
  return numbers(await db.$queryRaw<Row[]>(query));
}

/** FTS5 column filters as tsvector weights (the init migration's document column). */
const WEIGHTS: Record<string, string> = { title: "A", category: "B", place: "C", body: "D" };
/** ts_rank's weights for D, C, B, A: FTS5's bm25(1.0, 0.5, 0.1, 0.3) for title, category, body, place. */
const RANK_WEIGHTS = "{0.1, 0.3, 0.5, 1.0}";

/**
 * The FTS5 expression search-query.ts writes ("key", "key"*, AND, OR, NOT, parentheses and a
 * `{column} :` filter) as a tsquery: 'key', 'key':*, &, |, & !, and the column's weight on each
 * lexeme the filter covers. A quoted phrase of several words becomes 'a' <-> 'b'.
 */
export function ftsToTsquery(match: string): string {
  const tokens = match.match(/"[^"]*"\*?|\{\w+\}\s*:|\(|\)|\bAND\b|\bOR\b|\bNOT\b/g) ?? [];
  const out: string[] = [];
  // Weight per open parenthesis, so a filter covers exactly its group.
  const weights: string[] = [""];
  let pending = "";
  for (const token of tokens) {
    const weight = pending || weights[weights.length - 1];
    if (token.startsWith("{")) {
      pending = WEIGHTS[token.slice(1, token.indexOf("}"))] ?? "";
    } else if (token === "(") {
      weights.push(weight);
      pending = "";
      out.push("(");
    } else if (token === ")") {
      weights.pop();
      out.push(")");
    } else if (token === "AND") out.push("&");
    else if (token === "OR") out.push("|");
    else if (token === "NOT") out.push("& !");
    else {
      const prefix = token.endsWith("*");
      const words = token
        .slice(1, prefix ? -2 : -1)
        .split(/\s+/)
        .filter(Boolean)
        .map((word) => `'${word.replace(/['\\]/g, "")}'`);
      if (words.length === 0) continue;
      const last = `${words.pop()}${prefix || weight ? `:${prefix ? "*" : ""}${weight}` : ""}`;
      const lexemes = [...words.map((word) => (weight ? `${word}:${weight}` : word)), last];
      out.push(lexemes.length > 1 ? `(${lexemes.join(" <-> ")})` : lexemes[0]);
      pending = "";
    }
  }
  return out.join(" ");
}

const tsquery = (match: string) => Prisma.sql`to_tsquery('simple', ${ftsToTsquery(match)})`;

const BAKU_HOURS = Prisma.raw(`interval '${BAKU_OFFSET_HOURS} hours'`);

export const postgresDialect: SqlDialect = {
  name: "postgres",
  queryRows,
  greatest: (a, b) => Prisma.sql`GREATEST(${a}, ${b})`,
  asNumber: (condition) => Prisma.sql`CAST((${condition}) AS INTEGER)`,
  asReal: (value) => Prisma.sql`CAST(${value} AS DOUBLE PRECISION)`,
  // Prisma stores DateTime as UTC in `timestamp(3)`.
  bakuDay: (instant) => Prisma.sql`to_char(${instant} + ${BAKU_HOURS}, 'YYYY-MM-DD')`,
  bakuMonth: (instant) => Prisma.sql`to_char(${instant} + ${BAKU_HOURS}, 'YYYY-MM')`,
  addDays: (day, days) => Prisma.sql`to_char(CAST(${day} AS date) + CAST(${days} AS INTEGER), 'YYYY-MM-DD')`,
  insertIgnoring: (table, columns, rows) => Prisma.sql`INSERT INTO ${table} (${columns}) VALUES ${Prisma.join(rows)} ON CONFLICT DO NOTHING`,
  noIndex: (column) => column,
  tableVia: (table) => table,
  orderedJoin: Prisma.sql`JOIN`,
  skipLocked: Prisma.sql`FOR UPDATE SKIP LOCKED`,
  search: {
    row: Prisma.sql`search.product_search_row`,
    stale: Prisma.sql`search.product_search_stale`,
    term: Prisma.sql`search.search_term`,
    // Negated, so that lower is better as with bm25.
    ranked: (match, limit) => Prisma.sql`(SELECT s.rid, -ts_rank(${RANK_WEIGHTS}::float4[], s.document, q.q) AS rank
      FROM search.product_search s, ${tsquery(match)} AS q(q) WHERE s.document @@ q.q ORDER BY rank LIMIT ${limit})`,
    async count(match, cap) {
      const [{ matches }] = await queryRows<{ matches: number }>(
        Prisma.sql`SELECT COUNT(*) AS matches FROM (SELECT 1 FROM search.product_search WHERE document @@ ${tsquery(match)} LIMIT ${cap}) AS m`,
      );
      return matches;
    },
    write(rows) {
      if (rows.length === 0) return [];
      const values = rows.map((row) => Prisma.sql`(${row.rid}, ${row.title}, ${row.category}, ${row.body}, ${row.place})`);
      return [
        Prisma.sql`DELETE FROM search.product_search WHERE rid IN (${Prisma.join(rows.map((row) => row.rid))})`,
        Prisma.sql`INSERT INTO search.product_search (rid, title, category, body, place) VALUES ${Prisma.join(values)}`,
      ];
    },
  },
};
