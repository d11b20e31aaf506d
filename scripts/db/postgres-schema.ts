/**
 * The PostgreSQL Prisma schema is made from the SQLite one (prisma/schema.prisma), never edited by
 * hand: a schema's provider is fixed, and a client generated for SQLite refuses the pg adapter.
 */
export const SQLITE_SCHEMA = "prisma/schema.prisma";
export const SQLITE_MIGRATIONS = "prisma/migrations";
export const POSTGRES_SCHEMA = "prisma/postgres/schema.prisma";
export const POSTGRES_MIGRATIONS = "prisma/postgres/migrations";

const HEADER = "// Generated from prisma/schema.prisma by `npm run db:postgres` (scripts/db/sync-postgres.ts): do not edit.\n\n";

function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(text)) throw new Error(`prisma/schema.prisma no longer has ${pattern}: update scripts/db/postgres-schema.ts`);
  return text.replace(pattern, replacement);
}

/** What differs: the provider, and the client's folder (app/generated/postgres, one level deeper). */
export function toPostgresSchema(sqliteSchema: string): string {
  let schema = replaceOnce(sqliteSchema, /(datasource db \{[^}]*provider\s*=\s*)"sqlite"/, '$1"postgresql"');
  schema = replaceOnce(schema, /(generator client \{[^}]*output\s*=\s*)"\.\.\/app\/generated\/prisma"/, '$1"../../app/generated/postgres"');
  return HEADER + schema;
}
