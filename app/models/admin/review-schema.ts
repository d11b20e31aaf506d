import { z } from "zod";

/** Record ids are cuids; anything else is a forged or broken form. */
export const idField = z.string({ error: "form.required" }).trim().min(1, "form.required").max(64, "form.invalid");

export const reasonField = z
  .string({ error: "admin.review.reasonRequired" })
  .trim()
  .min(1, "admin.review.reasonRequired")
  .max(1000, "form.tooLong");

/** The approve and reject buttons of the review queues (one form per item, told apart by `intent`). */
export const reviewSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("approve-listing"), id: idField }),
  z.object({ intent: z.literal("reject-listing"), id: idField, reason: reasonField }),
  z.object({ intent: z.literal("approve-producer"), id: idField }),
  z.object({ intent: z.literal("reject-producer"), id: idField, reason: reasonField }),
  z.object({ intent: z.literal("approve-revision"), id: idField }),
  z.object({ intent: z.literal("reject-revision"), id: idField, reason: reasonField }),
]);
export type ReviewIntent = z.output<typeof reviewSchema>["intent"];
