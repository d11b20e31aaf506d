import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/abad.db";

/** Turns `file:./x.db` into an absolute `file:/…/x.db`, so every tool opens the same file. */
export function resolveDatabaseUrl(url: string | undefined): string {
  const value = url && url.trim() ? url.trim() : DEFAULT_DATABASE_URL;
  const file = value.replace(/^file:/, "");
  if (file === ":memory:") return value;
  return `file:${path.resolve(file)}`;
}

export function databaseFilePath(url: string): string {
  return url.replace(/^file:/, "");
}
