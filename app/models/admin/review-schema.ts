import { z } from "zod";
import { idField, reasonField } from "~/utils/form-fields";

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
