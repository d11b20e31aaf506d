/**
 * `npm run backup [-- --out DIR]`: a consistent copy of the live database (SQLite: taken with
 * SQLite's online backup API; PostgreSQL: pg_dump's one snapshot; either way the server may keep
 * writing) and of the uploads (UPLOADS_DIR, or every object of the UPLOADS_S3 bucket), into
 * data/backups/<UTC timestamp>/ with a manifest.json. Restore with `npm run restore -- --from DIR`.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { storeFromEnv, type UploadStore } from "../app/models/images/upload-store.server";
import { loadEnv } from "../app/utils/env.server";
import { databaseFilePath, databaseKind } from "../app/utils/database-url";
import { dumpPostgres } from "./db/pg-backup";

export const MANIFEST_FILE = "manifest.json";
export const UPLOADS_COPY = "uploads";

export type BackupManifest = {
  version: 1;
  createdAt: string;
  /** database: the file, or the PostgreSQL URL without its password; uploads: the folder or the bucket's address */
  source: { database: string; uploads: string };
  /** kind is absent in backups from before PostgreSQL (SQLite); pages is SQLite's. */
  database: { kind?: "sqlite" | "postgres"; file: string; bytes: number; sha256: string; pages?: number; integrity: string };
  uploads: { dir: string; files: number; bytes: number } | null;
  counts: { orders: number; checkoutGroups: number; products: number; producers: number; users: number };
};

export type BackupOptions = {
  /** Path of the live SQLite file (not a file: URL), or the live database's postgres:// URL. */
  database: string;
  uploads: UploadStore;
  /** The folder to write; must not exist yet or be empty. */
  outDir: string;
};

/** The file a PostgreSQL backup's dump is written to (pg_dump's custom format). */
export const POSTGRES_DUMP = "database.pgdump";

export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = crypto.createHash("sha256");
    fs.createReadStream(file)
      .on("data", (chunk) => hash.update(chunk))
      .on("error", reject)
      .on("end", () => resolve(hash.digest("hex")));
  });
}

/** `2026-05-01T093005Z`: sortable, and valid as a folder name everywhere. */
export function backupStamp(now = new Date()) {
  return now
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replace(/:/g, "");
}

export function defaultBackupDir(dataDir: string, now = new Date()) {
  return path.join(dataDir, "backups", backupStamp(now));
}

function copyTree(from: string, to: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      const sub = copyTree(source, target);
      files += sub.files;
      bytes += sub.bytes;
    } else if (entry.isFile()) {
      fs.copyFileSync(source, target);
      files++;
      bytes += fs.statSync(target).size;
    }
  }
  return { files, bytes };
}

/** Every object of a bucket, downloaded into the same layout as the uploads folder. */
async function downloadStore(store: UploadStore, to: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  fs.mkdirSync(to, { recursive: true });
  for await (const { key } of store.list()) {
    const object = await store.get(key);
    if (!object) continue; // deleted since it was listed
    const target = path.join(to, ...key.split("/"));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    await pipeline(object.body, fs.createWriteStream(target));
    files++;
    bytes += fs.statSync(target).size;
  }
  return { files, bytes };
}

function count(db: Database.Database, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
}

/** A URL fit for a manifest or a log: the password left out. */
export function withoutPassword(url: string) {
  const parsed = new URL(url);
  parsed.password = "";
  return parsed.toString();
}

export async function backup(options: BackupOptions): Promise<{ dir: string; manifest: BackupManifest }> {
  const { uploads: store, outDir } = options;
  const postgres = databaseKind(options.database) === "postgres";
  if (!postgres && !fs.existsSync(options.database)) throw new Error(`No database at ${options.database}`);
  if (fs.existsSync(outDir) && fs.readdirSync(outDir).length > 0) throw new Error(`${outDir} exists and is not empty`);
  fs.mkdirSync(outDir, { recursive: true });
  const database = postgres ? await dumpDatabase(options.database, outDir) : await copyDatabase(options.database, outDir);

  // After the database: every image the copied rows point at was already on disk (upload files
  // are written before their rows and never rewritten).
  const target = path.join(outDir, UPLOADS_COPY);
  const uploads =
    store.kind === "s3"
      ? { dir: UPLOADS_COPY, ...(await downloadStore(store, target)) }
      : fs.existsSync(store.dir)
        ? { dir: UPLOADS_COPY, ...copyTree(store.dir, target) }
        : null;

  const manifest: BackupManifest = {
    version: 1,
    createdAt: new Date().toISOString(),
    source: { database: postgres ? withoutPassword(options.database) : options.database, uploads: store.location },
    database: database.database,
    uploads,
    counts: database.counts,
  };
  fs.writeFileSync(path.join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return { dir: outDir, manifest };
}

type DatabaseCopy = Pick<BackupManifest, "database" | "counts">;

async function dumpDatabase(url: string, outDir: string): Promise<DatabaseCopy> {
  const file = path.join(outDir, POSTGRES_DUMP);
  const { counts, integrity } = await dumpPostgres(url, file);
  if (integrity !== "ok") throw new Error(`The dump cannot be read back: ${integrity}`);
  return { database: { kind: "postgres", file: POSTGRES_DUMP, bytes: fs.statSync(file).size, sha256: await sha256File(file), integrity }, counts };
}

async function copyDatabase(databaseFile: string, outDir: string): Promise<DatabaseCopy> {
  const dbName = path.basename(databaseFile);
  const copyFile = path.join(outDir, dbName);
  const source = new Database(databaseFile, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    // All pages in one step: a single read transaction gives one consistent snapshot. In WAL
    // mode that read does not block the server's writes; copying in small steps would restart
    // every time the server commits and might never finish under load.
    await source.backup(copyFile, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }

  const copy = new Database(copyFile, { fileMustExist: true });
  let counts: BackupManifest["counts"];
  let integrity: string;
  let pages: number;
  try {
    // A backup should be one self-contained file, whatever journal mode the live file uses.
    copy.pragma("journal_mode = DELETE");
    integrity = String(copy.pragma("quick_check", { simple: true }));
    pages = Number(copy.pragma("page_count", { simple: true }));
    counts = {
      orders: count(copy, "Order"),
      checkoutGroups: count(copy, "CheckoutGroup"),
      products: count(copy, "Product"),
      producers: count(copy, "Producer"),
      users: count(copy, "User"),
    };
  } finally {
    copy.close();
  }
  if (integrity !== "ok") throw new Error(`The copy failed SQLite's integrity check: ${integrity}`);
  return { database: { kind: "sqlite", file: dbName, bytes: fs.statSync(copyFile).size, sha256: await sha256File(copyFile), pages, integrity }, counts };
}

export function formatBytes(bytes: number) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** The value after `--name`, if given. */
export function argValue(argv: string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  if (index === -1) return undefined;
  const value = argv[index + 1];
  if (!value || value.startsWith("--")) throw new Error(`${name} needs a value`);
  return value;
}

export function isMain(metaUrl: string) {
  return !!process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(metaUrl);
}

async function main() {
  const config = loadEnv(process.env);
  const live = databaseKind(config.DATABASE_URL) === "postgres" ? config.DATABASE_URL : databaseFilePath(config.DATABASE_URL);
  const out = argValue(process.argv.slice(2), "--out");
  const outDir = path.resolve(out ?? defaultBackupDir(config.DATA_DIR));
  const started = Date.now();
  const store = storeFromEnv(config);
  const { dir, manifest } = await backup({ database: live, uploads: store, outDir });
  const { database, uploads, counts } = manifest;
  console.log(`Backup written to ${dir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`  database  ${path.join(dir, database.file)}  ${formatBytes(database.bytes)}  sha256 ${database.sha256}`);
  console.log(
    uploads
      ? `  uploads   ${path.join(dir, uploads.dir)}  ${uploads.files} files, ${formatBytes(uploads.bytes)}`
      : `  uploads   none (${store.location} does not exist)`,
  );
  console.log(
    `  contents  ${counts.orders} orders in ${counts.checkoutGroups} checkouts, ${counts.products} products, ${counts.producers} producers, ${counts.users} users`,
  );
  console.log(`  manifest  ${path.join(dir, MANIFEST_FILE)}`);
}

if (isMain(import.meta.url)) {
  main().catch((error: Error) => {
    console.error(`Backup failed: ${error.message}`);
    process.exit(1);
  });
}
