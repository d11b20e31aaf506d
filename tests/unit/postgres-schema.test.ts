import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { POSTGRES_MIGRATIONS, POSTGRES_SCHEMA, SQLITE_MIGRATIONS, SQLITE_SCHEMA, toPostgresSchema } from "../../scripts/db/postgres-schema";
import { databaseKind, resolveDatabaseUrl } from "~/utils/database-url";

const folders = (dir: string) =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

describe("the PostgreSQL schema and migrations follow the SQLite ones", () => {
  it("is the SQLite schema with its provider and client folder swapped (npm run db:postgres)", () => {
    expect(fs.readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(toPostgresSchema(fs.readFileSync(SQLITE_SCHEMA, "utf8")));
  });

  it("has one migration folder per SQLite migration, by the same name", () => {
    expect(folders(POSTGRES_MIGRATIONS)).toEqual(folders(SQLITE_MIGRATIONS));
    for (const name of folders(POSTGRES_MIGRATIONS)) expect(fs.existsSync(path.join(POSTGRES_MIGRATIONS, name, "migration.sql")), name).toBe(true);
    expect(fs.readFileSync(path.join(POSTGRES_MIGRATIONS, "migration_lock.toml"), "utf8")).toContain('provider = "postgresql"');
  });

  it("changes only the provider and the client's folder", () => {
    const sqlite =
      'generator client {\n  output = "../app/generated/prisma"\n}\n\ndatasource db {\n  provider = "sqlite"\n  url = env("DATABASE_URL")\n}\n\nmodel A {\n  id Int @id\n}\n';
    const postgres = toPostgresSchema(sqlite);
    expect(postgres).toContain('provider = "postgresql"');
    expect(postgres).toContain('output = "../../app/generated/postgres"');
    expect(postgres.endsWith("model A {\n  id Int @id\n}\n")).toBe(true);
    expect(() => toPostgresSchema(sqlite.replace('"sqlite"', '"mysql"'))).toThrow(/no longer has/);
  });
});

describe("DATABASE_URL picks the database", () => {
  it("reads postgres:// and postgresql:// as PostgreSQL, anything else as the SQLite file", () => {
    expect(databaseKind("postgres://u@h/db")).toBe("postgres");
    expect(databaseKind("postgresql://u@h:5432/db?sslmode=require")).toBe("postgres");
    expect(databaseKind("file:./data/abad.db")).toBe("sqlite");
    expect(databaseKind(undefined)).toBe("sqlite");
    expect(resolveDatabaseUrl("postgresql://u@h/db")).toBe("postgresql://u@h/db");
    expect(resolveDatabaseUrl("file:./x.db")).toBe(`file:${path.resolve("x.db")}`);
  });
});
