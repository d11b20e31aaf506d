/** A listing's life: producers draft and submit, mentors publish or reject, producers archive. */
import { ProductStatus } from "~/generated/prisma/enums";

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

/** Edits to these fields need a mentor's review again; price and stock apply at once. */
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
] as const;
