import { z } from "zod";

/** The shopper's request to cancel an order the producer already took on. */
export const cancelRequestSchema = z.object({
  reason: z.string().trim().min(3, "after.reasonRequired").max(500, "form.tooLong"),
});

/** The producer's answer to a cancellation request: accepting needs nothing more, declining a reason. */
export const cancelDecisionSchema = z
  .object({
    intent: z.enum(["cancelAccept", "cancelDecline"], { error: "orders.notAllowed" }),
    answer: z.string().trim().max(500, "form.tooLong").optional(),
  })
  .superRefine((value, ctx) => {
    if (value.intent === "cancelDecline" && (!value.answer || value.answer.length < 3)) {
      ctx.addIssue({ code: "custom", path: ["answer"], message: "after.reasonRequired" });
    }
  });

/** The shopper's return request: a reason (the photos come as files beside it). */
export const returnRequestSchema = z.object({
  reason: z.string().trim().min(3, "after.reasonRequired").max(1000, "form.tooLong"),
});

/** A return's decision, by the producer or staff: accepting says how to send the goods back, declining why not. */
export const returnDecisionSchema = z.object({
  intent: z.enum(["returnAccept", "returnDecline"], { error: "orders.notAllowed" }),
  answer: z.string().trim().min(3, "after.reasonRequired").max(1000, "form.tooLong"),
});
