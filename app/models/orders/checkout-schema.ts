import { z } from "zod";
import { emailField, nameField } from "~/models/accounts/schemas";

export const phoneField = z
  .string({ error: "form.required" })
  .trim()
  .min(1, "form.required")
  .regex(/^\+?[0-9][0-9 ()-]{6,19}$/, "form.phone");

/**
 * The checkout form. `fulfilment.<producerId>` holds each producer's choice of delivery or
 * pickup; the address is needed once if any producer delivers.
 */
export const checkoutSchema = z
  .object({
    idempotencyKey: z.string().regex(/^[A-Za-z0-9-]{16,64}\.[A-Za-z0-9_-]{32}$/, "checkout.expired"),
    name: nameField,
    email: emailField,
    phone: phoneField,
    paymentMethod: z.enum(["CASH", "CARD"], { error: "checkout.choosePayment" }),
    fulfilment: z.record(z.string().max(40), z.enum(["DELIVERY", "PICKUP"])).default({}),
    /** each producer's delivery fee as the page showed it, in qəpik */
    shownFee: z.record(z.string().max(40), z.coerce.number().int().min(0).max(100_000_000)).default({}),
    address: z.string().trim().max(300, "form.tooLong").optional(),
    region: z.string().trim().max(60).optional(),
  })
  .superRefine((value, ctx) => {
    if (!Object.values(value.fulfilment).includes("DELIVERY")) return;
    if (!value.address || value.address.length < 5) {
      ctx.addIssue({ code: "custom", path: ["address"], message: "checkout.addressRequired" });
    }
    if (!value.region) ctx.addIssue({ code: "custom", path: ["region"], message: "checkout.regionRequired" });
  });

export type CheckoutInput = z.output<typeof checkoutSchema>;
