import { z } from "zod";
import { isDay, nightsBetween } from "~/models/bookings/stay-dates";

const id = z.string().trim().min(1).max(40);
const optionalId = z
  .string()
  .trim()
  .max(40)
  .optional()
  .transform((v) => (v ? v : null));

/** The most of one thing a cart line may hold. */
export const MAX_LINE_QUANTITY = 999;

export const quantityField = z.coerce
  .number({ error: "cart.quantityInvalid" })
  .int("cart.quantityInvalid")
  .min(1, "cart.quantityMin")
  .max(MAX_LINE_QUANTITY, "cart.quantityMax");

/** A stay's check-in or check-out date (`YYYY-MM-DD`, what an HTML date input sends). */
const optionalDay = z
  .string()
  .trim()
  .max(10)
  .optional()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || isDay(v), "stay.datesInvalid");

const lineKey = { productId: id, variantId: optionalId, slotId: optionalId, checkIn: optionalDay };

/** POST /cart: one schema for the three intents the cart form sends. A stay adds with check-in and check-out. */
export const cartActionSchema = z
  .discriminatedUnion("intent", [
    z.object({ intent: z.literal("add"), ...lineKey, checkOut: optionalDay, quantity: quantityField.default(1) }),
    z.object({ intent: z.literal("update"), ...lineKey, quantity: quantityField }),
    z.object({ intent: z.literal("remove"), ...lineKey }),
  ])
  .transform((action) => {
    const nights = action.intent === "add" && action.checkIn && action.checkOut ? nightsBetween(action.checkIn, action.checkOut) : null;
    return { ...action, nights };
  });

export type CartAction = z.output<typeof cartActionSchema>;
