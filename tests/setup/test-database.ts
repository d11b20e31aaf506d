import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll } from "vitest";
import { runDir } from "./paths";

// A fresh, migrated database per test file, set before any app module opens it: a copy of the
// SQLite template, or with TEST_DATABASE=postgres a clone of the PostgreSQL template database.
const id = crypto.randomBytes(6).toString("hex");
const dir = path.join(runDir(), id);
fs.mkdirSync(dir, { recursive: true });
const cluster = process.env.ABAD_TEST_POSTGRES;
if (cluster) {
  const admin = new pg.Client({ connectionString: cluster });
  await admin.connect();
  await admin.query(`CREATE DATABASE test_${id} TEMPLATE abad_template`);
  await admin.end();
  process.env.DATABASE_URL = cluster.replace(/\/postgres$/, `/test_${id}`);
  process.env.DATA_DIR = dir;
} else {
  const dbFile = path.join(dir, "test.db");
  fs.copyFileSync(path.join(runDir(), "template.db"), dbFile);
  process.env.DATABASE_URL = `file:${dbFile}`;
}
process.env.UPLOADS_DIR = path.join(dir, "uploads");
process.env.SESSION_SECRET = "test-session-secret-0123456789";
process.env.NODE_ENV = "test";
delete process.env.STRIPE_SECRET_KEY;
delete process.env.STRIPE_WEBHOOK_SECRET;

afterAll(async () => {
  // Let mail deliveries scheduled by the last actions finish before the database goes away.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const { deliverPendingMail } = await import("~/models/mail/outbox.server");
  await deliverPendingMail();
  const { db } = await import("~/utils/db.server");
  await db.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});
