import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { Database as SqliteConnection } from "better-sqlite3";
import { PrismaClient, type Prisma } from "~/generated/prisma/client";
import { PrismaClient as PostgresClient } from "~/generated/postgres/client";
import { databaseKind, resolveDatabaseUrl, type DatabaseKind } from "./database-url";

export { Prisma } from "~/generated/prisma/client";

/** Inside a transaction; and the client or a transaction, for functions that run in either. */
export type Tx = Prisma.TransactionClient;

/** A region's, sector's, category's, variant's or centre's three names, for `pickLocalized(row, "name", locale)`. */
export const NAMES_SELECT = { nameAz: true, nameEn: true, nameRu: true } as const;
/** A product's (or an order line's listing's) three titles, for `pickLocalized(row, "title", locale)`. */
export const TITLES_SELECT = { titleAz: true, titleEn: true, titleRu: true } as const;
export type Client = Tx | PrismaClient;

const globalForDb = globalThis as unknown as { __abadDb?: PrismaClient; __abadSqlite?: SqliteConnection };

const url = resolveDatabaseUrl(process.env.DATABASE_URL);

/** Which database DATABASE_URL names: `postgres://…` or `postgresql://…` is PostgreSQL, anything else the SQLite file. */
export const dialect: DatabaseKind = databaseKind(url);

function createSqliteClient() {
  // `timeout` is better-sqlite3's busy timeout: other processes (seed, backup, bench) may hold the write lock.
  const factory = new PrismaBetterSQLite3({ url, timeout: 5000 });
  // The adapter's own connection, kept for sql-sqlite.server.ts: a second connection from another copy
  // of SQLite in this process would not see this one's locks (see scripts/start.ts).
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const connection = (adapter as unknown as { client: SqliteConnection }).client;
    // Set on the connection as it opens, before Prisma sends anything: sent as queries, a
    // transaction that came first (the outbox worker at start) made them fail ("Safety level may
    // not be changed inside a transaction"), and everything waiting on them with them. WAL lets
    // readers run beside the single writer; synchronous=NORMAL in WAL mode never corrupts the
    // database and loses at most the last transactions on power loss, not on a process crash (see
    // README, Decisions).
    connection.pragma("journal_mode = WAL");
    connection.pragma("synchronous = NORMAL");
    connection.pragma("foreign_keys = ON");
    globalForDb.__abadSqlite = connection;
    return adapter;
  };
  return new PrismaClient({ adapter: factory });
}

/**
 * The PostgreSQL client is generated from prisma/postgres/schema.prisma, made from the SQLite
 * schema: the same models and enums, so the app is typed against the SQLite client. The two types
 * differ only in what PostgreSQL adds (transaction isolation levels, insensitive mode), a superset
 * at run time.
 */
function createPostgresClient() {
  // A burst of checkouts for one product queues on its row lock, each transaction holding a pooled
  // connection meanwhile: wait for a connection and for the lock longer than Prisma's 2 s and 5 s.
  return new PostgresClient({
    adapter: new PrismaPg({ connectionString: url }),
    transactionOptions: { maxWait: 10_000, timeout: 15_000 },
  }) as unknown as PrismaClient;
}

export const db: PrismaClient = globalForDb.__abadDb ?? (globalForDb.__abadDb = dialect === "postgres" ? createPostgresClient() : createSqliteClient());

/** The database connected, with its settings (SQLite's are set as its connection opens). */
export async function ensureDbReady(): Promise<void> {
  await db.$connect();
}

/** Prisma's SQLite connection itself, for the prepared statements of sql-sqlite.server.ts. */
export async function sqliteConnection(): Promise<SqliteConnection> {
  if (dialect !== "sqlite") throw new Error("no SQLite connection: DATABASE_URL names PostgreSQL");
  if (!globalForDb.__abadSqlite?.open) await db.$connect();
  const connection = globalForDb.__abadSqlite;
  if (!connection?.open) throw new Error("the SQLite connection is not open");
  return connection;
}

/**
 * A `contains` filter that ignores case on both databases, for what staff type into a search box.
 * SQLite's LIKE ignores the case of ASCII letters only; PostgreSQL needs mode "insensitive" (ILIKE),
 * which folds every letter, so there Ş, Ə and Cyrillic capitals match too.
 */
export function containsText(value: string): { contains: string } {
  return dialect === "postgres" ? ({ contains: value, mode: "insensitive" } as { contains: string }) : { contains: value };
}
