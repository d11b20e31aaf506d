import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { Database as SqliteConnection } from "better-sqlite3";
import { PrismaClient, type Prisma } from "~/generated/prisma/client";
import { resolveDatabaseUrl } from "./database-url";

export { Prisma } from "~/generated/prisma/client";

/** Inside a transaction; and the client or a transaction, for functions that run in either. */
export type Tx = Prisma.TransactionClient;
export type Client = Tx | PrismaClient;

const globalForDb = globalThis as unknown as { __abadDb?: PrismaClient; __abadDbReady?: Promise<void>; __abadSqlite?: SqliteConnection };

function createClient() {
  const url = resolveDatabaseUrl(process.env.DATABASE_URL);
  // `timeout` is better-sqlite3's busy timeout: other processes (seed, backup, bench) may hold the write lock.
  const factory = new PrismaBetterSQLite3({ url, timeout: 5000 });
  // The adapter's own connection, kept for sqlite.server.ts: a second connection from another copy
  // of SQLite in this process would not see this one's locks (see scripts/start.ts).
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    globalForDb.__abadSqlite = (adapter as unknown as { client: SqliteConnection }).client;
    return adapter;
  };
  return new PrismaClient({ adapter: factory });
}

export const db: PrismaClient = globalForDb.__abadDb ?? (globalForDb.__abadDb = createClient());

/**
 * WAL lets readers run beside the single writer; synchronous=NORMAL in WAL mode never
 * corrupts the database and loses at most the last transactions on power loss, not on a
 * process crash (see README, Decisions). The adapter has one connection, and these are its
 * first statements.
 */
export function ensureDbReady(): Promise<void> {
  globalForDb.__abadDbReady ??= (async () => {
    await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await db.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
    await db.$queryRawUnsafe("PRAGMA foreign_keys = ON");
  })();
  return globalForDb.__abadDbReady;
}

void ensureDbReady().catch((error) => console.error("database settings failed", error));

/** Prisma's SQLite connection itself, for the prepared statements of sqlite.server.ts. */
export async function sqliteConnection(): Promise<SqliteConnection> {
  await ensureDbReady();
  if (!globalForDb.__abadSqlite?.open) await db.$connect();
  const connection = globalForDb.__abadSqlite;
  if (!connection?.open) throw new Error("the SQLite connection is not open");
  return connection;
}
