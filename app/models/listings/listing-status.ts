/** A listing's life: producers draft and submit, mentors publish or reject, producers archive. */
import { ProductStatus } from "~/generated/prisma/enums";
import { FACT_FIELDS } from "~/models/catalog/product-facts";

export type ListingStatus = ProductStatus;
export const LISTING_STATUSES = Object.values(ProductStatus);

const TRANSITIONS: Record<ListingStatus, readonly ListingStatus[]> = {
  DRAFT: ["PENDING_REVIEW", "ARCHIVED"],
  PENDING_REVIEW: ["PUBLISHED", "REJECTED", "DRAFT", "ARCHIVED"],
  // Changing a published listing's text or photos sends it back to review.
  PUBLISHED: ["PENDING_REVIEW", "ARCHIVED"],
  REJECTED: ["PENDING_REVIEW", "DRAFT", "ARCHIVED"],
  ARCHIVED: ["DRAFT"],
};

export function canMoveListing(from: ListingStatus, to: ListingStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/**
 * Edits to these fields need a mentor's review again; price and stock apply at once. A good's
 * facts (size, weight, allergens) are claims a shopper relies on, so they are reviewed like its text.
 */
export const REVIEWED_FIELDS = [
  "titleAz",
  "titleEn",
  "titleRu",
  "descriptionAz",
  "descriptionEn",
  "descriptionRu",
  "categoryId",
  "unit",
  "kind",
  "meetingPoint",
  "included",
  "bring",
  ...FACT_FIELDS,
] as const;
