import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseKind, resolveDatabaseUrl } from "./app/utils/database-url";

// Prisma's native engines cannot be downloaded here: the JS engine with the
// better-sqlite3 adapter runs migrations through Prisma's Wasm schema engine. PostgreSQL has its
// own config (prisma.postgres.config.ts); with its URL in DATABASE_URL this one uses the default file.
const databaseUrl = resolveDatabaseUrl(databaseKind(process.env.DATABASE_URL) === "postgres" ? undefined : process.env.DATABASE_URL);
process.env.DATABASE_URL = databaseUrl;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed.ts" },
  adapter: async () => new PrismaBetterSQLite3({ url: databaseUrl }),
});
