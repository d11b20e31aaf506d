/**
 * Expected failures are results, not errors: a model returns `{ ok: false, error }` (the error a
 * message key) and, for a record that is not there or not the caller's, NOT_FOUND (every model
 * read is scoped by its owner, so the two look the same). A route turns NOT_FOUND into its 404
 * (`found` in http.server.ts). Thrown errors are for rolling a transaction back.
 */
export const NOT_FOUND = { ok: false, error: "notFound" } as const;
export type NotFound = typeof NOT_FOUND;

export function isNotFound(value: unknown): value is NotFound {
  return typeof value === "object" && value !== null && "error" in value && value.error === NOT_FOUND.error;
}

class MissingRecord extends Error {}

/** Inside a transaction: its record is missing, so roll it back; `orNotFound` around it returns NOT_FOUND. */
export function rollBackMissing(): never {
  throw new MissingRecord("record not found: rolled back");
}

/** Runs a transaction that may roll back with rollBackMissing(); the caller gets NOT_FOUND instead. */
export async function orNotFound<T>(transaction: () => Promise<T>): Promise<T | NotFound> {
  try {
    return await transaction();
  } catch (error) {
    if (error instanceof MissingRecord) return NOT_FOUND;
    throw error;
  }
}
