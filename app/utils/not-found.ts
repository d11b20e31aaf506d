/**
 * A record that is not there, or not the caller's: every model read is scoped by its owner, so the
 * two look the same. Models throw it where a missing record must also roll back a transaction or end
 * a deep call; a route turns it into its 404 with `orNotFound` (http.server.ts), and expected failures
 * that a page shows are typed results, not errors.
 */
export class NotFoundError extends Error {
  constructor(readonly what: "listing" | "photo" | "slot" | "team member" | "invitation") {
    super(`${what} not found`);
  }
}
