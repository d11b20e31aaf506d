import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseFilePath, databaseKind, resolveDatabaseUrl } from "./app/utils/database-url";

// Prisma's native engines cannot be downloaded here: the JS engine with the
// better-sqlite3 adapter runs migrations through Prisma's Wasm schema engine. PostgreSQL has its
// own config (prisma.postgres.config.ts); with its URL in DATABASE_URL this one uses the default file.
const databaseUrl = resolveDatabaseUrl(databaseKind(process.env.DATABASE_URL) === "postgres" ? undefined : process.env.DATABASE_URL);
process.env.DATABASE_URL = databaseUrl;
// The CLI opens the database even for `migrate diff`; in a fresh checkout its folder is not there yet.
if (databaseUrl !== "file::memory:") fs.mkdirSync(path.dirname(databaseFilePath(databaseUrl)), { recursive: true });

/**
 * `migrate diff --from-migrations` replays the migrations into an in-memory shadow database, one
 * file a query; better-sqlite3 runs one statement a query, so a file of several statements failed
 * ("External error"). The shadow database runs a file without arguments as a script instead.
 */
function shadowRunsScripts(factory: PrismaBetterSQLite3): PrismaBetterSQLite3 {
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connectToShadowDb = async () => {
    const adapter = await connectToShadowDb();
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (query) => {
      if (query.args.length > 0) return executeRaw(query);
      await adapter.executeScript(query.sql);
      return 0;
    };
    return adapter;
  };
  return factory;
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed.ts" },
  adapter: async () => shadowRunsScripts(new PrismaBetterSQLite3({ url: databaseUrl })),
});
