import { z } from "zod";

/** A producer's order action form: the button's `intent` is the target status. */
export const orderActionSchema = z
  .object({
    intent: z.enum(["CONFIRMED", "SHIPPED", "READY_FOR_PICKUP", "COMPLETED", "CANCELLED"], { error: "orders.notAllowed" }),
    reason: z.string().trim().max(500, "form.tooLong").optional(),
    trackingNote: z.string().trim().max(200, "form.tooLong").optional(),
  })
  .superRefine((value, ctx) => {
    if (value.intent === "CANCELLED" && (!value.reason || value.reason.length < 3)) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "orders.reasonRequired" });
    }
  });
