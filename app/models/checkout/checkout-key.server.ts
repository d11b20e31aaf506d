import crypto from "node:crypto";
import { signLink, verifyLink } from "~/utils/signed-links.server";

/**
 * The checkout form's idempotency key, bound to whoever loaded the form (the account, or the
 * guest's checkout cookie): a double submit finds the first result, while the same key sent by
 * anyone else is refused and reveals nothing.
 */
export function issueCheckoutKey(owner: string): string {
  const nonce = crypto.randomUUID();
  return `${nonce}.${signLink("checkout-key", `${nonce}|${owner}`)}`;
}

export function checkoutKeyBelongsTo(key: string, owner: string): boolean {
  const [nonce, signature] = key.split(".");
  return !!nonce && verifyLink("checkout-key", `${nonce}|${owner}`, signature);
}

export function checkoutOwner(userId: string | null, guestId: string | null): string | null {
  if (userId) return `user:${userId}`;
  return guestId ? `guest:${guestId}` : null;
}
