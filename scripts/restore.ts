/**
 * `npm run restore -- --from data/backups/<stamp>`: puts a backup made by `npm run backup` back.
 * Stop the server (every node) first: the restore refuses while anything else has the database
 * open. The current database is kept beside it as `<name>.before-restore` (PostgreSQL: the
 * database `<name>_before_restore` on the same server; an uploads folder as
 * `<uploads>.before-restore`; into an S3 bucket every file of the backup is put again, and objects
 * the backup does not have are left, unreferenced).
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { storeFromEnv, type UploadStore } from "../app/models/images/upload-store.server";
import { loadEnv } from "../app/utils/env.server";
import { databaseFilePath, databaseKind } from "../app/utils/database-url";
import { argValue, formatBytes, isMain, MANIFEST_FILE, sha256File, withoutPassword, type BackupManifest } from "./backup";
import { DatabaseInUse, restorePostgres } from "./db/pg-backup";

export type RestoreOptions = {
  /** A folder written by backup(). */
  from: string;
  /** Where the database goes: a SQLite file's path (not a file: URL) or a postgres:// URL; may not exist yet. */
  database: string;
  uploads: UploadStore;
};

export type RestoreResult = {
  manifest: BackupManifest;
  /** the file, or the URL without its password */
  database: string;
  previousDatabase: string | null;
  /** the folder or the bucket's address */
  uploads: string;
  previousUploads: string | null;
};

export class RestoreRefused extends Error {}

export function readManifest(from: string): BackupManifest {
  const file = path.join(from, MANIFEST_FILE);
  if (!fs.existsSync(file)) throw new RestoreRefused(`${from} is not a backup: ${MANIFEST_FILE} is missing.`);
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as BackupManifest;
  if (manifest.version !== 1 || !manifest.database?.file || !manifest.database.sha256) {
    throw new RestoreRefused(`${file} is not a manifest this version understands.`);
  }
  return manifest;
}

/**
 * Opens the live database with an exclusive lock and no busy wait: that fails while any other
 * connection (a running server, a seed, a bench) has the file open in WAL mode.
 */
function lockExclusively(databaseFile: string): Database.Database {
  const live = new Database(databaseFile, { fileMustExist: true, timeout: 0 });
  try {
    live.pragma("locking_mode = EXCLUSIVE");
    live.exec("BEGIN EXCLUSIVE");
    live.exec("COMMIT");
    return live;
  } catch (error) {
    live.close();
    if ((error as { code?: string }).code?.startsWith("SQLITE_BUSY")) {
      throw new RestoreRefused(`${databaseFile} is in use (another process holds it open). Stop the server, then run the restore again.`);
    }
    throw error;
  }
}

function removeSidecars(databaseFile: string) {
  for (const suffix of ["-wal", "-shm", "-journal"]) fs.rmSync(databaseFile + suffix, { force: true });
}

function copyTree(from: string, to: string) {
  fs.cpSync(from, to, { recursive: true, errorOnExist: false, force: true });
}

/** Puts every file of a backup's uploads folder (`<fileKey>/<file>`) into a bucket. */
async function uploadTree(from: string, store: UploadStore) {
  for (const folder of fs.readdirSync(from, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const file of fs.readdirSync(path.join(from, folder.name), { withFileTypes: true })) {
      if (file.isFile()) await store.put(`${folder.name}/${file.name}`, fs.readFileSync(path.join(from, folder.name, file.name)));
    }
  }
}

export async function restore(options: RestoreOptions): Promise<RestoreResult> {
  const from = path.resolve(options.from);
  const manifest = readManifest(from);
  const backupKind = manifest.database.kind ?? "sqlite";
  const targetKind = databaseKind(options.database);
  if (backupKind !== targetKind) {
    const names = { sqlite: "a SQLite file", postgres: "a PostgreSQL database" };
    throw new RestoreRefused(`${from} holds ${names[backupKind]} and DATABASE_URL names ${names[targetKind]}; nothing was changed.`);
  }
  const copy = path.join(from, manifest.database.file);
  if (!fs.existsSync(copy)) throw new RestoreRefused(`${copy} is missing.`);
  const actual = await sha256File(copy);
  if (actual !== manifest.database.sha256) {
    throw new RestoreRefused(`${copy} does not match its manifest (sha256 ${actual}, expected ${manifest.database.sha256}); nothing was changed.`);
  }

  let previousDatabase: string | null;
  if (targetKind === "postgres") {
    try {
      previousDatabase = (await restorePostgres(options.database, copy)).previous;
    } catch (error) {
      throw error instanceof DatabaseInUse ? new RestoreRefused(error.message) : error;
    }
  } else {
    previousDatabase = await restoreFile(copy, path.resolve(options.database));
  }

  const store = options.uploads;
  let previousUploads: string | null = null;
  if (manifest.uploads && store.kind === "s3") {
    await uploadTree(path.join(from, manifest.uploads.dir), store);
  } else if (manifest.uploads && store.kind === "disk") {
    const uploadsDir = path.resolve(store.dir);
    if (fs.existsSync(uploadsDir)) {
      previousUploads = `${uploadsDir}.before-restore`;
      fs.rmSync(previousUploads, { recursive: true, force: true });
      fs.renameSync(uploadsDir, previousUploads);
    }
    copyTree(path.join(from, manifest.uploads.dir), uploadsDir);
  }
  const database = targetKind === "postgres" ? withoutPassword(options.database) : path.resolve(options.database);
  return { manifest, database, previousDatabase, uploads: store.location, previousUploads };
}

/** Puts the SQLite copy in place of `databaseFile`; returns where the file it replaced is kept. */
async function restoreFile(copy: string, databaseFile: string): Promise<string | null> {
  fs.mkdirSync(path.dirname(databaseFile), { recursive: true });
  let previousDatabase: string | null = null;
  let wasWal = true;
  if (fs.existsSync(databaseFile)) {
    const live = lockExclusively(databaseFile);
    try {
      wasWal = String(live.pragma("journal_mode", { simple: true })).toLowerCase() === "wal";
      previousDatabase = `${databaseFile}.before-restore`;
      fs.rmSync(previousDatabase, { force: true });
      // Through SQLite, so rows still only in the -wal file are kept too.
      await live.backup(previousDatabase, { progress: () => 0x7fffffff });
    } finally {
      live.close();
    }
  }

  // Copy beside the target, then rename: the database file is never half-written.
  const incoming = `${databaseFile}.restoring`;
  fs.copyFileSync(copy, incoming);
  const fd = fs.openSync(incoming, "r+");
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  removeSidecars(databaseFile);
  fs.renameSync(incoming, databaseFile);
  const restored = new Database(databaseFile, { fileMustExist: true });
  try {
    const check = String(restored.pragma("quick_check", { simple: true }));
    if (check !== "ok") throw new Error(`The restored database failed SQLite's integrity check: ${check}`);
    if (wasWal) restored.pragma("journal_mode = WAL");
  } finally {
    restored.close();
  }
  return previousDatabase;
}

async function main() {
  const from = argValue(process.argv.slice(2), "--from");
  if (!from) throw new RestoreRefused("Usage: npm run restore -- --from data/backups/<stamp>   (stop the server first)");
  const config = loadEnv(process.env);
  const database = databaseKind(config.DATABASE_URL) === "postgres" ? config.DATABASE_URL : databaseFilePath(config.DATABASE_URL);
  const result = await restore({ from, database, uploads: storeFromEnv(config) });
  const { manifest } = result;
  console.log(`Restored the backup of ${manifest.createdAt} from ${path.resolve(from)}`);
  console.log(`  database  ${result.database}  ${formatBytes(manifest.database.bytes)}  sha256 verified`);
  if (result.previousDatabase) console.log(`            the database it replaced is kept as ${result.previousDatabase}`);
  if (manifest.uploads) {
    console.log(`  uploads   ${result.uploads}  ${manifest.uploads.files} files, ${formatBytes(manifest.uploads.bytes)}`);
    if (result.previousUploads) console.log(`            the uploads it replaced are kept in ${result.previousUploads}`);
  }
  const { counts } = manifest;
  console.log(`  contents  ${counts.orders} orders in ${counts.checkoutGroups} checkouts, ${counts.products} products, ${counts.users} users`);
}

if (isMain(import.meta.url)) {
  main().catch((error: Error) => {
    console.error(error instanceof RestoreRefused ? `Restore refused: ${error.message}` : `Restore failed: ${error.message}`);
    process.exit(1);
  });
}
