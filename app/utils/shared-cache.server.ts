/**
 * What the storefront shows every visitor alike (a page's cards, a product's or a family's page,
 * the category tree), kept in this process between requests, so a page rendered for one shopper
 * (signed in, with a cart) queries only what is theirs. Each entry remembers the catalogue's
 * version (the CatalogVersion row, set anew by triggers whenever a row the storefront shows
 * changes, whoever writes it), and is used only while that is still the version: one primary-key
 * read per cached call, and the first read after any change loads again, on every node.
 *
 * Time changes some of it without a write (a session starting, a collection's dates, the month
 * for "in season"), so an entry also lasts at most SHARED_CACHE_SECONDS.
 */
import { Prisma } from "~/utils/db.server";
import { queryRows } from "~/utils/sql.server";

export const SHARED_CACHE_SECONDS = 60;
const MAX_ENTRIES = 1000;

type Entry = { version: number; loadedAt: number; value: Promise<unknown> };

const entries = new Map<string, Entry>();

/** The clock, replaceable by tests. */
let now = () => Date.now();

/** The catalogue's version now: a new value after any change to what the storefront shows. */
export async function catalogVersion(): Promise<number> {
  const [row] = await queryRows<{ version: number }>(Prisma.sql`SELECT "version" FROM "CatalogVersion" WHERE "id" = 1`);
  return Number(row?.version ?? 0);
}

/**
 * `load()` once per catalogue version and `key` (which must name everything the result depends on
 * besides the catalogue and the minute). The result is shared between requests: never mutate it.
 */
export async function sharedCached<T>(key: string, load: () => Promise<T>): Promise<T> {
  const version = await catalogVersion();
  const at = now();
  const cached = entries.get(key);
  if (cached && cached.version === version && cached.loadedAt <= at && at - cached.loadedAt < SHARED_CACHE_SECONDS * 1000) {
    return cached.value as Promise<T>;
  }
  // Requests arriving while it loads share the one load; a failed load is not kept.
  const value = load();
  entries.delete(key);
  entries.set(key, { version, loadedAt: at, value });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  return value;
}

/** For tests: a clock of their own, and an empty cache. */
export function resetSharedCache(clock: () => number = () => Date.now()) {
  entries.clear();
  now = clock;
}
