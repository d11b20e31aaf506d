import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll } from "vitest";
import { runDir } from "./paths";

// A fresh, migrated SQLite file per test file, set before any app module opens the database.
const id = crypto.randomBytes(6).toString("hex");
const dir = path.join(runDir(), id);
fs.mkdirSync(dir, { recursive: true });
const dbFile = path.join(dir, "test.db");
fs.copyFileSync(path.join(runDir(), "template.db"), dbFile);

process.env.DATABASE_URL = `file:${dbFile}`;
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
