import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/abad.db";

export type DatabaseKind = "sqlite" | "postgres";

/** `postgres://` or `postgresql://` is PostgreSQL; anything else (`file:…`, nothing) is the SQLite file. */
export function databaseKind(url: string | undefined): DatabaseKind {
  return /^postgres(ql)?:\/\//i.test((url ?? "").trim()) ? "postgres" : "sqlite";
}

/** Turns `file:./x.db` into an absolute `file:/…/x.db`, so every tool opens the same file; a PostgreSQL URL stays as it is. */
export function resolveDatabaseUrl(url: string | undefined): string {
  const value = url && url.trim() ? url.trim() : DEFAULT_DATABASE_URL;
  if (databaseKind(value) === "postgres") return value;
  const file = value.replace(/^file:/, "");
  if (file === ":memory:") return value;
  return `file:${path.resolve(file)}`;
}

export function databaseFilePath(url: string): string {
  return url.replace(/^file:/, "");
}
