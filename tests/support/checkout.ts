import type { CartView } from "~/models/cart/cart.server";
import { checkoutTotals } from "~/models/checkout/checkout-totals";
import { action as cartAction } from "~/routes/cart";
import { action as checkoutAction, loader as checkoutLoader } from "~/routes/checkout._index";
import { cookieFrom, getRequest, loadContext, postRequest, settle } from "./http";

/** A guest cart cookie holding the given lines (added through the real cart action). */
export async function guestCartWith(
  lines: { productId: string; quantity: number; slotId?: string; variantId?: string; checkIn?: string; checkOut?: string }[],
  cookie = "",
) {
  let current = cookie;
  for (const line of lines) {
    const form: Record<string, string> = { intent: "add", productId: line.productId, quantity: String(line.quantity), inPlace: "1" };
    if (line.slotId) form.slotId = line.slotId;
    if (line.variantId) form.variantId = line.variantId;
    if (line.checkIn) form.checkIn = line.checkIn;
    if (line.checkOut) form.checkOut = line.checkOut;
    const result = await settle(() => cartAction({ request: postRequest("/cart", form, { cookie: current }), params: {}, context: loadContext }));
    const setCookie =
      result instanceof Response
        ? result.headers.get("Set-Cookie")
        : (result as { init?: ResponseInit | null }).init?.headers
          ? new Headers((result as { init: ResponseInit }).init.headers).get("Set-Cookie")
          : null;
    if (setCookie) current = cookieFrom(setCookie);
  }
  return current;
}

export function checkoutForm(overrides: Record<string, string> = {}) {
  return {
    name: "Orxan Səfərov",
    email: "orxan@example.az",
    phone: "+994 50 123 45 67",
    paymentMethod: "CASH",
    district: "Şəki",
    street: "Nizami küç. 10, mənzil 5",
    ...overrides,
  };
}

type CheckoutPageData = { idempotencyKey: string; cart: CartView };

/**
 * Opens the checkout page as the visitor would: its idempotency key (bound to this visitor),
 * the delivery fees it shows, and the cookie a guest gets for their checkout.
 */
export async function openCheckout(cookie: string, district = "Şəki") {
  const result = (await checkoutLoader({ request: getRequest("/checkout", { cookie }), params: {}, context: loadContext })) as unknown as {
    data: CheckoutPageData;
    init: ResponseInit | null;
  };
  const setCookie = result.init?.headers ? new Headers(result.init.headers).get("Set-Cookie") : null;
  // The fees the page shows once the district is chosen (checkoutForm's by default).
  const totals = checkoutTotals(result.data.cart, {}, district);
  const fees = Object.fromEntries(totals.groups.filter((g) => g.quote).map((g) => [`shownFee.${g.producerId}`, String(g.quote!.feeQ)]));
  return { key: result.data.idempotencyKey, fees, cookie: setCookie ? [cookie, cookieFrom(setCookie)].filter(Boolean).join("; ") : cookie };
}

/**
 * Submits the checkout form the page would send: the key and fees the page showed, unless the
 * test gives its own (e.g. a stale fee or someone else's key).
 */
export async function submitCheckout(form: Record<string, string>, cookie: string, page?: Awaited<ReturnType<typeof openCheckout>>) {
  const shown = page ?? (await openCheckout(cookie));
  const body = { idempotencyKey: shown.key, ...shown.fees, ...form };
  return settle(() => checkoutAction({ request: postRequest("/checkout", body, { cookie: shown.cookie }), params: {}, context: loadContext }));
}
