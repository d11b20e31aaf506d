import { spawn } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { backup, MANIFEST_FILE } from "../../scripts/backup";
import { restore, RestoreRefused } from "../../scripts/restore";
import { diskStore } from "~/models/images/upload-store.server";
import { db, ensureDbReady } from "~/utils/db.server";
import { databaseFilePath } from "~/utils/database-url";
import { createProducer, createProduct } from "../support/factories";
import { checkoutForm, guestCartWith, submitCheckout } from "../support/checkout";
import { statusOf } from "../support/http";

const liveDb = databaseFilePath(process.env.DATABASE_URL!);
const uploadsDir = process.env.UPLOADS_DIR!;
const work = path.join(path.dirname(liveDb), "backup-test");

async function placeOrder(email: string, productIds: string[]) {
  const cookie = await guestCartWith(productIds.map((productId) => ({ productId, quantity: 1 })));
  const result = await submitCheckout(checkoutForm({ email }), cookie);
  expect(statusOf(result)).toBe(302);
}

/** Opens the database like the server does, reads once, and keeps it open until stdin closes. */
const HOLD_OPEN = `
const Database = require(${JSON.stringify(createRequire(import.meta.url).resolve("better-sqlite3"))});
const db = new Database(process.argv[1]);
db.prepare('SELECT count(*) FROM "Order"').get();
process.stdout.write("ready\\n");
process.stdin.on("data", () => {}).on("end", () => { db.close(); process.exit(0); });
`;

const ordersIn = (file: string) => {
  const copy = new Database(file, { readonly: true });
  try {
    return copy.prepare(`SELECT id, totalQ FROM "Order" ORDER BY id`).all() as { id: string; totalQ: number }[];
  } finally {
    copy.close();
  }
};

beforeAll(async () => {
  // As in production: the server runs the file in WAL mode.
  await ensureDbReady();
  fs.mkdirSync(work, { recursive: true });
});

describe("backup and restore", () => {
  it("restores exactly the orders that existed when the backup was taken, with the uploads", async () => {
    const a = await createProducer();
    const b = await createProducer();
    const honey = await createProduct(a.id, { stock: 10, priceQ: 1500 });
    const carpet = await createProduct(b.id, { stock: 10, priceQ: 40000 });
    await placeOrder("first@example.az", [honey.id, carpet.id]);
    fs.mkdirSync(path.join(uploadsDir, "photo-1"), { recursive: true });
    fs.writeFileSync(path.join(uploadsDir, "photo-1", "640.jpg"), "not really a jpeg");
    const before = await db.order.findMany({ select: { id: true, totalQ: true }, orderBy: { id: "asc" } });
    expect(before).toHaveLength(2);

    const outDir = path.join(work, "first");
    const { manifest } = await backup({ database: liveDb, uploads: diskStore(uploadsDir), outDir });
    expect(manifest.counts.orders).toBe(2);
    expect(manifest.counts.products).toBe(2);
    expect(manifest.database.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.database.integrity).toBe("ok");
    expect(manifest.uploads).toMatchObject({ files: 1, bytes: 17 });
    expect(JSON.parse(fs.readFileSync(path.join(outDir, MANIFEST_FILE), "utf8"))).toEqual(manifest);

    await placeOrder("second@example.az", [honey.id]);
    expect(await db.order.count()).toBe(3);

    const target = path.join(work, "restored", "abad.db");
    const targetUploads = path.join(work, "restored", "uploads");
    const result = await restore({ from: outDir, database: target, uploads: diskStore(targetUploads) });
    expect(result.previousDatabase).toBeNull();
    expect(ordersIn(target)).toEqual(before);
    expect(fs.readFileSync(path.join(targetUploads, "photo-1", "640.jpg"), "utf8")).toBe("not really a jpeg");

    // Restoring over an existing (stopped) database keeps that one aside.
    const again = await restore({ from: outDir, database: target, uploads: diskStore(targetUploads) });
    expect(again.previousDatabase).toBe(`${target}.before-restore`);
    expect(ordersIn(`${target}.before-restore`)).toEqual(before);
    expect(ordersIn(target)).toEqual(before);
  });

  it("refuses a backup whose database does not match its checksum, changing nothing", async () => {
    const outDir = path.join(work, "tampered");
    await backup({ database: liveDb, uploads: diskStore(uploadsDir), outDir });
    const copy = path.join(outDir, path.basename(liveDb));
    const bytes = fs.readFileSync(copy);
    bytes[bytes.length - 1] ^= 0xff;
    fs.writeFileSync(copy, bytes);
    const target = path.join(work, "tampered-target.db");
    await expect(restore({ from: outDir, database: target, uploads: diskStore(path.join(work, "tampered-uploads")) })).rejects.toThrow(
      /does not match its manifest/,
    );
    expect(fs.existsSync(target)).toBe(false);
  });

  it("refuses to restore over a database another process has open", async () => {
    const outDir = path.join(work, "busy");
    await backup({ database: liveDb, uploads: diskStore(uploadsDir), outDir });
    const ordersBefore = await db.order.count();
    // Another process plays the running server (locks are per process, so it cannot be this one).
    const server = spawn(process.execPath, ["-e", HOLD_OPEN, liveDb], { stdio: ["pipe", "pipe", "inherit"] });
    try {
      await new Promise<void>((resolve, reject) => {
        server.stdout.once("data", () => resolve());
        server.once("exit", (code) => reject(new Error(`holder exited with ${code}`)));
      });
      const attempt = restore({ from: outDir, database: liveDb, uploads: diskStore(path.join(work, "busy-uploads")) });
      await expect(attempt).rejects.toBeInstanceOf(RestoreRefused);
      await expect(attempt).rejects.toThrow(/Stop the server/);
    } finally {
      server.stdin.end();
    }
    expect(fs.existsSync(`${liveDb}.before-restore`)).toBe(false);
    expect(await db.order.count()).toBe(ordersBefore);
  });
});
