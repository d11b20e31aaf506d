import { z } from "zod";

export const reviewSchema = z.object({
  productId: z.string().min(1).max(40),
  rating: z.coerce.number({ error: "review.ratingRequired" }).int("review.ratingRequired").min(1, "review.ratingRequired").max(5, "review.ratingRequired"),
  body: z.string().trim().max(2000, "form.tooLong").default(""),
});
