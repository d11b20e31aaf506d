import { z } from "zod";
import { idField } from "~/utils/form-fields";

export const reviewSchema = z.object({
  productId: z.string().min(1).max(40),
  rating: z.coerce.number({ error: "review.ratingRequired" }).int("review.ratingRequired").min(1, "review.ratingRequired").max(5, "review.ratingRequired"),
  body: z.string().trim().max(2000, "form.tooLong").default(""),
});

const reviewId = idField;

/** A producer's public answer to a review (empty removes it). */
export const reviewReplySchema = z.object({
  reviewId,
  reply: z.string().trim().max(1000, "form.tooLong").default(""),
});

/** Staff hiding a review: the reason is required, it goes to the audit log. */
export const hideReviewSchema = z.object({
  intent: z.literal("hide"),
  reviewId,
  reason: z.string({ error: "admin.review.reasonRequired" }).trim().min(1, "admin.review.reasonRequired").max(500, "form.tooLong"),
});
