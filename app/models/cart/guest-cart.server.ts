import { z } from "zod";
import { guestCartCookie } from "~/utils/cookies.server";
import { MAX_LINE_QUANTITY } from "~/models/cart/cart-schema";

export const MAX_CART_LINES = 50;

const guestLineSchema = z.object({
  productId: z.string().min(1).max(40),
  variantId: z.string().min(1).max(40).nullable(),
  slotId: z.string().min(1).max(40).nullable(),
  // Stays: a cookie written before stays existed has neither.
  checkIn: z.string().max(10).nullable().default(null),
  nights: z.number().int().min(1).max(366).nullable().default(null),
  quantity: z.number().int().min(1).max(MAX_LINE_QUANTITY),
  priceQ: z.number().int().min(0),
});
export type GuestCartLine = z.output<typeof guestLineSchema>;
const guestCartSchema = z.array(guestLineSchema).max(MAX_CART_LINES);

/** The guest's lines; an unsigned, tampered or malformed cookie reads as an empty cart. */
export async function readGuestCart(request: Request): Promise<GuestCartLine[]> {
  let raw: unknown;
  try {
    raw = await guestCartCookie().parse(request.headers.get("Cookie"));
  } catch {
    return [];
  }
  const parsed = guestCartSchema.safeParse(raw);
  return parsed.success ? parsed.data : [];
}

export function serializeGuestCart(lines: GuestCartLine[]) {
  return guestCartCookie().serialize(lines);
}

export function clearGuestCart() {
  return guestCartCookie().serialize([], { maxAge: 0 });
}
