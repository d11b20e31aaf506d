import crypto from "node:crypto";
import { action as cartAction } from "~/routes/cart";
import { action as checkoutAction } from "~/routes/checkout._index";
import { cookieFrom, loadContext, postRequest, settle } from "./http";

/** A guest cart cookie holding the given lines (added through the real cart action). */
export async function guestCartWith(lines: { productId: string; quantity: number; slotId?: string; variantId?: string }[], cookie = "") {
  let current = cookie;
  for (const line of lines) {
    const form: Record<string, string> = { intent: "add", productId: line.productId, quantity: String(line.quantity), inPlace: "1" };
    if (line.slotId) form.slotId = line.slotId;
    if (line.variantId) form.variantId = line.variantId;
    const result = await settle(() => cartAction({ request: postRequest("/cart", form, { cookie: current }), params: {}, context: loadContext }));
    const setCookie = result instanceof Response ? result.headers.get("Set-Cookie") : (result as { init?: ResponseInit | null }).init?.headers
      ? new Headers((result as { init: ResponseInit }).init.headers).get("Set-Cookie")
      : null;
    if (setCookie) current = cookieFrom(setCookie);
  }
  return current;
}

export function checkoutForm(overrides: Record<string, string> = {}) {
  return {
    idempotencyKey: crypto.randomUUID(),
    name: "Orxan Səfərov",
    email: "orxan@example.az",
    phone: "+994 50 123 45 67",
    paymentMethod: "CASH",
    address: "Bakı, Nizami küç. 10",
    region: "seki-zaqatala",
    ...overrides,
  };
}

export function submitCheckout(form: Record<string, string>, cookie: string) {
  return settle(() => checkoutAction({ request: postRequest("/checkout", form, { cookie }), params: {}, context: loadContext }));
}
