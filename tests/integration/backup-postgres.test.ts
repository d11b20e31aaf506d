import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { backup } from "../../scripts/backup";
import { restore, RestoreRefused } from "../../scripts/restore";
import { diskStore } from "~/models/images/upload-store.server";
import { db } from "~/utils/db.server";
import { createProducer, createProduct } from "../support/factories";
import { checkoutForm, guestCartWith, submitCheckout } from "../support/checkout";
import { statusOf } from "../support/http";

// Only in the PostgreSQL pass (TEST_DATABASE=postgres): the cluster comes from tests/setup.
const cluster = process.env.ABAD_TEST_POSTGRES;
const work = path.join(path.dirname(process.env.UPLOADS_DIR!), "backup-postgres");
const clients: pg.Client[] = [];

async function placeOrder(email: string, productIds: string[]) {
  const cookie = await guestCartWith(productIds.map((productId) => ({ productId, quantity: 1 })));
  expect(statusOf(await submitCheckout(checkoutForm({ email }), cookie))).toBe(302);
}

const urlOf = (database: string) => cluster!.replace(/\/postgres$/, `/${database}`);

async function query<T extends pg.QueryResultRow>(database: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: urlOf(database) });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const ordersIn = (database: string) => query<{ id: string; totalQ: number }>(database, `SELECT id, "totalQ" FROM "Order" ORDER BY id`);

afterAll(async () => {
  await Promise.all(clients.map((client) => client.end()));
});

describe.runIf(cluster)("backup and restore on PostgreSQL", () => {
  it("restores exactly the orders of the dump's snapshot, with the uploads, keeping the database it replaces", async () => {
    const a = await createProducer();
    const honey = await createProduct(a.id, { stock: 10, priceQ: 1500 });
    await placeOrder("first@example.az", [honey.id]);
    const uploadsDir = process.env.UPLOADS_DIR!;
    fs.mkdirSync(path.join(uploadsDir, "photo-1"), { recursive: true });
    fs.writeFileSync(path.join(uploadsDir, "photo-1", "640.jpg"), "not really a jpeg");
    const before = (await db.order.findMany({ select: { id: true, totalQ: true }, orderBy: { id: "asc" } })).map((order) => ({ ...order }));
    expect(before).toHaveLength(1);

    const outDir = path.join(work, "first");
    const { manifest } = await backup({ database: process.env.DATABASE_URL!, uploads: diskStore(uploadsDir), outDir });
    expect(manifest.database).toMatchObject({ kind: "postgres", integrity: "ok" });
    expect(manifest.counts).toMatchObject({ orders: 1, products: 1 });
    expect(manifest.uploads).toMatchObject({ files: 1, bytes: 17 });

    await placeOrder("second@example.az", [honey.id]);
    expect(await db.order.count()).toBe(2);

    const name = `restored_${crypto.randomBytes(4).toString("hex")}`;
    const targetUploads = path.join(work, "restored-uploads");
    const result = await restore({ from: outDir, database: urlOf(name), uploads: diskStore(targetUploads) });
    expect(result.previousDatabase).toBeNull();
    expect(await ordersIn(name)).toEqual(before);
    expect(fs.readFileSync(path.join(targetUploads, "photo-1", "640.jpg"), "utf8")).toBe("not really a jpeg");
    // Whole, as the app needs it: the migrations' record, and the search schema's trigger on a new product.
    const migrations = await query<{ n: string }>(name, `SELECT count(*) AS n FROM "_prisma_migrations"`);
    expect(Number(migrations[0].n)).toBe(fs.readdirSync("prisma/postgres/migrations").filter((entry) => /^\d/.test(entry)).length);
    await query(name, `DELETE FROM search.product_search_stale`);
    await query(name, `UPDATE "Product" SET "titleEn" = 'Mountain honey'`);
    expect(await query(name, `SELECT product_id FROM search.product_search_stale`)).toEqual([{ product_id: honey.id }]);

    // Restoring over an existing (stopped) database keeps that one aside.
    await query(name, `DELETE FROM "OrderLine"`);
    const again = await restore({ from: outDir, database: urlOf(name), uploads: diskStore(targetUploads) });
    expect(again.previousDatabase).toBe(`${name}_before_restore`);
    expect(await query(`${name}_before_restore`, `SELECT id FROM "OrderLine"`)).toEqual([]);
    expect(await ordersIn(name)).toEqual(before);
    expect(await query(name, `SELECT id FROM "OrderLine"`)).toHaveLength(1);
  });

  it("refuses to restore over a database a node is connected to, or into the other kind of database", async () => {
    const outDir = path.join(work, "busy");
    await backup({ database: process.env.DATABASE_URL!, uploads: diskStore(process.env.UPLOADS_DIR!), outDir });
    const ordersBefore = await db.order.count();
    // This test's own Prisma client plays the running node.
    const attempt = restore({ from: outDir, database: process.env.DATABASE_URL!, uploads: diskStore(path.join(work, "busy-uploads")) });
    await expect(attempt).rejects.toBeInstanceOf(RestoreRefused);
    await expect(attempt).rejects.toThrow(/Stop every node/);
    expect(await db.order.count()).toBe(ordersBefore);

    const file = path.join(work, "other-kind.db");
    await expect(restore({ from: outDir, database: file, uploads: diskStore(path.join(work, "other-uploads")) })).rejects.toThrow(
      /holds a PostgreSQL database and DATABASE_URL names a SQLite file/,
    );
    expect(fs.existsSync(file)).toBe(false);
  });
});
