/** The three kinds of listing: goods, experiences (dated sessions, people) and stays (nights). */
export const LISTING_KINDS = ["GOOD", "EXPERIENCE", "STAY"] as const;
export type ListingKind = (typeof LISTING_KINDS)[number];

/** A stored kind as one of the three (anything unknown reads as a good). */
export function listingKind(value: string): ListingKind {
  return (LISTING_KINDS as readonly string[]).includes(value) ? (value as ListingKind) : "GOOD";
}

/** Experiences and stays are booked (people, nights), not bought by the unit. */
export const isBookable = (kind: string) => kind === "EXPERIENCE" || kind === "STAY";
