import { ProductKind } from "~/generated/prisma/enums";

/** The three kinds of listing: goods, experiences (dated sessions, people) and stays (nights). */
export const LISTING_KINDS = Object.values(ProductKind);
export type ListingKind = ProductKind;

/** A stored kind as one of the three (anything unknown reads as a good). */
export function listingKind(value: string): ListingKind {
  return (LISTING_KINDS as readonly string[]).includes(value) ? (value as ListingKind) : "GOOD";
}

/** Experiences and stays are booked (people, nights), not bought by the unit. */
export const isBookable = (kind: string) => kind === "EXPERIENCE" || kind === "STAY";
