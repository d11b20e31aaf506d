import { z } from "zod";
import { districtField, NEW_ADDRESS, streetField } from "~/models/accounts/address-schema";
import { emailField, nameField } from "~/utils/form-fields";

export const phoneField = z
  .string({ error: "form.required" })
  .trim()
  .min(1, "form.required")
  .regex(/^\+?[0-9][0-9 ()-]{6,19}$/, "form.phone");

/** Pickup at an ABAD centre, as a checkout choice: `CENTRE:<centreId>`. */
export const CENTRE_CHOICE = /^CENTRE:([A-Za-z0-9]{1,40})$/;

/**
 * The checkout form. `fulfilment.<producerId>` holds each producer's choice of delivery,
 * pickup or pickup at an ABAD centre; the address is needed once if any producer delivers: a saved one (`addressId`, signed-in
 * shoppers) or a district or city from the regions file plus street, house and flat.
 */
export const checkoutSchema = z
  .object({
    idempotencyKey: z.string().regex(/^[A-Za-z0-9-]{16,64}\.[A-Za-z0-9_-]{32}$/, "checkout.expired"),
    name: nameField,
    email: emailField,
    phone: phoneField,
    paymentMethod: z.enum(["CASH", "CARD"], { error: "checkout.choosePayment" }),
    fulfilment: z.record(z.string().max(40), z.union([z.enum(["DELIVERY", "PICKUP"]), z.string().regex(CENTRE_CHOICE)])).default({}),
    /** each producer's delivery fee as the page showed it, in qəpik */
    shownFee: z.record(z.string().max(40), z.coerce.number().int().min(0).max(100_000_000)).default({}),
    addressId: z.string().trim().max(40).optional(),
    district: z.string().trim().max(60).optional(),
    street: z.string().trim().max(300).optional(),
  })
  .superRefine((value, ctx) => {
    if (!Object.values(value.fulfilment).includes("DELIVERY")) return;
    if (value.addressId && value.addressId !== NEW_ADDRESS) return; // a saved address: the server checks it is theirs
    for (const [field, schema] of [
      ["district", districtField],
      ["street", streetField],
    ] as const) {
      const result = schema.safeParse(value[field] ?? "");
      if (!result.success) ctx.addIssue({ code: "custom", path: [field], message: result.error.issues[0].message });
    }
  });

export type CheckoutInput = z.output<typeof checkoutSchema>;
