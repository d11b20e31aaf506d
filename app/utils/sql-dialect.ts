import type { Prisma } from "~/generated/prisma/client";

type Sql = Prisma.Sql;

/**
 * What differs between SQLite and PostgreSQL in the raw SQL of app/models: every raw query is
 * written once, in SQL both accept (quoted identifiers, TRUE/FALSE, aliased subqueries), with the
 * parts below from the dialect in use (app/utils/sql.server.ts picks it by DATABASE_URL).
 */
export type SqlDialect = {
  name: "sqlite" | "postgres";
  /** A read on the fastest path: prepared statements on SQLite; bigints come back as numbers on both. */
  queryRows<Row>(query: Sql): Promise<Row[]>;
  /** The larger of two numbers (SQLite's two-argument MAX). */
  greatest(a: Sql, b: Sql): Sql;
  /** A condition as 1 or 0, to compute with. */
  asNumber(condition: Sql): Sql;
  /** A floating-point value (for a share of an integer). */
  asReal(value: Sql): Sql;
  /** 'YYYY-MM-DD' of a stored instant in Baku (UTC+4, no daylight saving). */
  bakuDay(instant: Sql): Sql;
  /** 'YYYY-MM' of a stored instant in Baku. */
  bakuMonth(instant: Sql): Sql;
  /** A 'YYYY-MM-DD' text plus a whole number of days, as 'YYYY-MM-DD'. */
  addDays(day: Sql, days: Sql): Sql;
  /** `INSERT … VALUES …` that skips rows a unique key already holds. */
  insertIgnoring(table: Sql, columns: Sql, rows: Sql[]): Sql;
  /** Keeps the planner off an index for this column (SQLite's unary +); as is elsewhere. */
  noIndex(column: Sql): Sql;
  /** A table read through a named index where the planner would pick a worse one (SQLite's INDEXED BY). */
  tableVia(table: Sql, index: string): Sql;
  /** A join the planner must take in the written order (SQLite's CROSS JOIN … ON). */
  orderedJoin: Sql;
  /** After a subquery that picks rows to claim: lock them, passing over rows another transaction holds (SQLite has one writer at a time: nothing). */
  skipLocked: Sql;
  search: {
    /** The product search index's tables, each under its name there. */
    row: Sql;
    stale: Sql;
    term: Sql;
    /** `(rid, rank)` of the best `limit` matches of an FTS5-style expression (search-query.ts); lower rank is better. */
    ranked(match: string, limit: number): Sql;
    /** How many rows match, counted up to `cap`. */
    count(match: string, cap: number): Promise<number>;
    /** Replaces the index rows of these products. */
    write(rows: { rid: number; title: string; category: string; body: string; place: string }[]): Sql[];
  };
};
