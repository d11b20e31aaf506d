import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { startCluster } from "../../scripts/db/pg-cluster";
import { migratePostgres } from "../../scripts/db/migrate-postgres";
import pg from "pg";
import { TMP_DIR } from "./paths";

/**
 * Migrates one template database with the real migrations; each test file gets a copy. With
 * TEST_DATABASE=postgres: a throwaway PostgreSQL cluster owned by this run (stopped at the end),
 * whose template database each test file clones (see test-database.ts).
 */
export default async function setup() {
  const dir = path.join(TMP_DIR, `run-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  process.env.ABAD_TEST_RUN_DIR = dir;
  // A worktree that pulled the PostgreSQL client's arrival without `npm run db:generate`.
  if (!fs.existsSync(path.join("app", "generated", "postgres", "client.ts"))) {
    execFileSync(path.join("node_modules", ".bin", "prisma"), ["generate", "--config", "prisma.postgres.config.ts"], { stdio: "pipe" });
  }
  execFileSync(path.join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${path.join(dir, "template.db")}` },
    stdio: "pipe",
  });
  let stopPostgres = () => {};
  if (process.env.TEST_DATABASE === "postgres") {
    // A run cut short (Ctrl-C, a CI timeout) skips the teardown below: the cluster goes with it.
    // Put first, because vitest's own listeners end the process at once.
    let cluster: Awaited<ReturnType<typeof startCluster>> | null = null;
    process.prependOnceListener("exit", () => cluster?.stop());
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
      process.prependOnceListener(signal, () => {
        cluster?.stop();
        if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
      });
    }
    cluster = await startCluster();
    stopPostgres = cluster.stop;
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query("CREATE DATABASE abad_template");
    await admin.end();
    const template = cluster.url.replace(/\/postgres$/, "/abad_template");
    await migratePostgres(template);
    process.env.ABAD_TEST_POSTGRES = cluster.url;
  }
  return () => {
    stopPostgres();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
