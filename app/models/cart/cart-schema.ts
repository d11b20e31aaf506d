import { z } from "zod";

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

/** POST /cart: one schema for the three intents the cart form sends. */
export const cartActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("add"), productId: id, variantId: optionalId, slotId: optionalId, quantity: quantityField.default(1) }),
  z.object({ intent: z.literal("update"), productId: id, variantId: optionalId, slotId: optionalId, quantity: quantityField }),
  z.object({ intent: z.literal("remove"), productId: id, variantId: optionalId, slotId: optionalId }),
]);

export type CartAction = z.output<typeof cartActionSchema>;
