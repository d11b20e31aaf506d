import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseKind } from "./app/utils/database-url";

// The PostgreSQL twin of prisma.config.ts, for `prisma generate` and `prisma migrate diff
// --from-schema-datamodel … --script` (see scripts/db/sync-postgres.ts). Migrations are applied by
// scripts/db/migrate-postgres.ts, not by `prisma migrate deploy`, which fails through adapter-pg.
// The CLI wants a PostgreSQL URL even where it connects to nothing (without one it tries to
// download a native engine): a placeholder when DATABASE_URL names SQLite or nothing.
if (databaseKind(process.env.DATABASE_URL) !== "postgres") process.env.DATABASE_URL = "postgresql://unused@127.0.0.1:1/unused";
const connectionString = process.env.DATABASE_URL;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "postgres", "schema.prisma"),
  migrations: { path: path.join("prisma", "postgres", "migrations") },
  adapter: async () => new PrismaPg({ connectionString }),
});
