/**
 * `npm start`: apply migrations, seed demo data into an empty database (never in production
 * unless forced), then serve the built app on PORT.
 *   --reset   delete the database and uploads first (tests; refused in production)
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseKind } from "../app/utils/database-url";
import { loadEnv } from "../app/utils/env.server";
import { migratePostgres } from "./db/migrate-postgres";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) fail(`${command} ${args.join(" ")} failed`);
}

/**
 * A short-lived direct connection, closed at once. The server's connection is another copy of
 * SQLite in this same process (Prisma's adapter brings its own better-sqlite3), and POSIX file
 * locks belong to the process: a direct connection closed later, by the garbage collector, would
 * drop the server's locks with its own.
 */
function withDatabase(run: (database: Database.Database) => unknown) {
  const database = new Database(dbFile);
  try {
    run(database);
  } finally {
    database.close();
  }
}

const reset = process.argv.includes("--reset");
const production = process.env.NODE_ENV === "production";

let config: ReturnType<typeof loadEnv>;
try {
  config = loadEnv(process.env);
} catch (error) {
  fail((error as Error).message);
}
const postgres = databaseKind(config.DATABASE_URL) === "postgres";
const dbFile = config.DATABASE_URL.replace(/^file:/, "");

if (reset) {
  if (production) fail("--reset is refused when NODE_ENV=production.");
  if (postgres) fail("--reset works on the SQLite file only; drop and recreate a PostgreSQL database yourself.");
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(dbFile + suffix, { force: true });
  fs.rmSync(config.UPLOADS_DIR, { recursive: true, force: true });
}
if (!postgres) fs.mkdirSync(path.dirname(dbFile), { recursive: true });
fs.mkdirSync(config.UPLOADS_DIR, { recursive: true });

const childEnv = { ...process.env, DATABASE_URL: config.DATABASE_URL, SESSION_SECRET: config.SESSION_SECRET };
const bin = (name: string) => path.join("node_modules", ".bin", name);

if (postgres) {
  // Safe when several nodes start at once: the runner holds an advisory lock (see its header).
  const applied = await migratePostgres(config.DATABASE_URL);
  if (applied.length) console.log(`applied ${applied.length} PostgreSQL migration(s)`);
} else {
  run(bin("prisma"), ["migrate", "deploy"], childEnv);
  // WAL is a property of the file: set once here, before the server and any tool open it.
  withDatabase((database) => database.pragma("journal_mode = WAL"));
}

if (!production) run(bin("tsx"), ["prisma/seed.ts", "--if-empty"], childEnv);
// Fresh statistics for SQLite's query planner (cheap: it analyses only what changed a lot).
if (!postgres) withDatabase((database) => database.pragma("optimize=0x10002"));

// Search keys are computed in TypeScript from the queue the triggers fill (a migration may queue
// every product): catch up before serving rather than in the first shopper's search. This opens
// the app's own connection, so it comes after every direct one above is closed (see withDatabase).
const { refreshSearchIndex } = await import("../app/models/catalog/search-index.server");
await refreshSearchIndex();

// The server always runs the optimised React build; the secret above is passed on explicitly.
Object.assign(process.env, childEnv, { NODE_ENV: "production" });
const { startServer } = await import("../app/server/http-server");
const { storeFromEnv } = await import("../app/models/images/upload-store.server");
const stripeBase = process.env.STRIPE_API_BASE;
const server = await startServer({
  port: config.PORT,
  buildDir: path.resolve("build"),
  uploads: storeFromEnv(config),
  extraFormActions: ["https://checkout.stripe.com", ...(stripeBase ? [new URL(stripeBase).origin] : [])],
  pageCacheSeconds: config.PAGE_CACHE_SECONDS,
  trustProxy: config.TRUST_PROXY,
  publicHost: new URL(config.APP_URL).host,
});
console.log(`ABAD Market is ready on http://localhost:${config.PORT}`);
// A stop signal (a balancer draining this node, Ctrl-C) lets requests in flight finish, then exits
// normally, which is also when `node --cpu-prof` (npm run profile) writes its profile.
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
