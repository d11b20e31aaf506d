/** Pages that say who stands behind the market and what happens when something goes wrong, at /<slug>. */
// relative: app/routes.ts loads this file before the "~" alias exists
import { isOneOf } from "../../utils/one-of";
export const TRUST_PAGES = ["contact", "delivery", "returns", "privacy", "terms", "verified"] as const;
export type TrustSlug = (typeof TRUST_PAGES)[number];

export function isTrustSlug(value: string): value is TrustSlug {
  return isOneOf(TRUST_PAGES, value);
}
