import { ProductKind } from "~/generated/prisma/enums";
import { isOneOf } from "~/utils/one-of";

/** The three kinds of listing: goods, experiences (dated sessions, people) and stays (nights). */
export const LISTING_KINDS = Object.values(ProductKind);
export type ListingKind = ProductKind;

/** A stored kind as one of the three (anything unknown reads as a good). */
export function listingKind(value: string): ListingKind {
  return isOneOf(LISTING_KINDS, value) ? value : "GOOD";
}

/** Experiences and stays are booked (people, nights), not bought by the unit. */
export const isBookable = (kind: string) => kind === "EXPERIENCE" || kind === "STAY";
