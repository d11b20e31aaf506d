import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { TMP_DIR } from "./paths";

/** Migrates one template database with the real migrations; each test file gets a copy. */
export default function setup() {
  const dir = path.join(TMP_DIR, `run-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  process.env.ABAD_TEST_RUN_DIR = dir;
  execFileSync(path.join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${path.join(dir, "template.db")}` },
    stdio: "pipe",
  });
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
