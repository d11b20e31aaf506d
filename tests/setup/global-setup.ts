import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { TEMPLATE_DB, TMP_DIR } from "./paths";

/** Migrates one template database with the real migrations; each test file gets a copy. */
export default function setup() {
  fs.rmSync(path.join(TMP_DIR, "unit"), { recursive: true, force: true });
  fs.mkdirSync(path.join(TMP_DIR, "unit"), { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(TEMPLATE_DB + suffix, { force: true });
  execFileSync(path.join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${TEMPLATE_DB}` },
    stdio: "pipe",
  });
}
