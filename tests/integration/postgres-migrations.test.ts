import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { migratePostgres } from "../../scripts/db/migrate-postgres";
import { POSTGRES_MIGRATIONS } from "../../scripts/db/postgres-schema";
import { runDir } from "../setup/paths";

// Only in the PostgreSQL pass (TEST_DATABASE=postgres): the cluster comes from tests/setup.
const cluster = process.env.ABAD_TEST_POSTGRES;
const clients: pg.Client[] = [];

async function connect(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  clients.push(client);
  return client;
}

async function freshDatabase(): Promise<string> {
  const name = `migrate_${crypto.randomBytes(5).toString("hex")}`;
  await (await connect(cluster!)).query(`CREATE DATABASE ${name}`);
  return cluster!.replace(/\/postgres$/, `/${name}`);
}

afterAll(async () => {
  await Promise.all(clients.map((client) => client.end()));
});

describe.runIf(cluster)("PostgreSQL migrations", () => {
  it("build the same tables, columns and indexes as the SQLite migrations", async () => {
    const sqlite = new Database(path.join(runDir(), "template.db"), { readonly: true });
    const shape = new Set<string>();
    try {
      const tables = sqlite
        .prepare(
          `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma%' AND sql NOT LIKE 'CREATE VIRTUAL%'`,
        )
        .all() as { name: string }[];
      for (const { name } of tables) {
        if (/^(product_search|search_term)/.test(name)) continue;
        for (const column of sqlite.pragma(`table_info("${name}")`) as { name: string; notnull: number; pk: number }[]) {
          shape.add(`${name}.${column.name} ${column.notnull || column.pk ? "NOT NULL" : "NULL"}`);
        }
        for (const index of sqlite.pragma(`index_list("${name}")`) as { name: string; origin: string }[]) {
          if (index.origin === "c") shape.add(`index ${index.name}`);
        }
      }
    } finally {
      sqlite.close();
    }
    const client = await connect(process.env.DATABASE_URL!);
    const columns = await client.query<{ table_name: string; column_name: string; is_nullable: string }>(
      `SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    );
    const indexes = await client.query<{ indexname: string }>(`SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND indexname NOT LIKE '%_pkey'`);
    const pgShape = new Set([
      ...columns.rows.map((row) => `${row.table_name}.${row.column_name} ${row.is_nullable === "YES" ? "NULL" : "NOT NULL"}`),
      ...indexes.rows.map((row) => `index ${row.indexname}`),
    ]);
    expect([...pgShape].sort()).toEqual([...shape].sort());
  });

  it("apply each file once when several nodes start at once, with Prisma's checksums", async () => {
    const url = await freshDatabase();
    const runs = await Promise.all([1, 2, 3, 4].map(() => migratePostgres(url)));
    const folders = fs.readdirSync(POSTGRES_MIGRATIONS).filter((name) => fs.statSync(path.join(POSTGRES_MIGRATIONS, name)).isDirectory());
    expect(runs.flat().sort()).toEqual(folders.sort());
    const { rows } = await (
      await connect(url)
    ).query<{ migration_name: string; checksum: string }>(`SELECT migration_name, checksum FROM "_prisma_migrations"`);
    expect(rows).toHaveLength(folders.length);
    for (const row of rows) {
      const sql = fs.readFileSync(path.join(POSTGRES_MIGRATIONS, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(crypto.createHash("sha256").update(sql).digest("hex"));
    }
    expect(await migratePostgres(url)).toEqual([]);
  });

  it("run a file whole (trigger functions intact) and roll a failing one back entirely", async () => {
    const url = await freshDatabase();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "abad-migrations-"));
    const write = (name: string, sql: string) => {
      fs.mkdirSync(path.join(dir, name));
      fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
    };
    write(
      "1_table",
      `CREATE TABLE t (n INT);\nCREATE FUNCTION bump() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.n := NEW.n + 1; RETURN NEW; END $$;\nCREATE TRIGGER bump BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION bump();`,
    );
    write("2_broken", `INSERT INTO t VALUES (1);\nSELECT no_such_function();`);
    try {
      await expect(migratePostgres(url, dir)).rejects.toThrow(/2_broken failed and was rolled back/);
      const client = await connect(url);
      expect((await client.query(`SELECT migration_name FROM "_prisma_migrations"`)).rows).toEqual([{ migration_name: "1_table" }]);
      expect((await client.query(`SELECT COUNT(*)::int AS n FROM t`)).rows).toEqual([{ n: 0 }]);
      await client.query(`INSERT INTO t VALUES (1)`);
      expect((await client.query(`SELECT n FROM t`)).rows).toEqual([{ n: 2 }]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
