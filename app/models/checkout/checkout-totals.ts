import { isBookable } from "~/models/bookings/listing-kind";
import type { CartProducerGroup, CartView } from "~/models/cart/cart.server";
import { CENTRE_CHOICE } from "~/models/checkout/checkout-schema";
import { quoteDelivery, type DeliveryQuote } from "~/models/delivery/delivery-zones";
import type { Fulfilment } from "~/models/orders/order-status";

/**
 * Whether a producer delivers to the address: "none" (no zones, pickup only), "unknown" (no
 * district chosen yet), "covered" (with the quote) or "uncovered".
 */
export type Coverage = "none" | "unknown" | "covered" | "uncovered";

/** The goods' worth: bookings travel nowhere, so they neither pay nor count towards free delivery. */
function goodsOf(group: CartProducerGroup) {
  return group.lines.filter((line) => !isBookable(line.kind)).reduce((sum, line) => sum + line.lineTotalQ, 0);
}

/**
 * Delivery to the district; before one is chosen, the quote only when every zone would charge the
 * same (a producer delivering everywhere at one fee), so the page can show it up front.
 */
export function deliveryFor(group: CartProducerGroup, district: string | null): { coverage: Coverage; quote: DeliveryQuote | null } {
  if (group.zones.length === 0) return { coverage: "none", quote: null };
  const goodsQ = goodsOf(group);
  if (!district) {
    const quotes = group.zones.map((zone) => quoteDelivery([zone], zone.districts[0] ?? "", goodsQ)!);
    const same = quotes.every((q) => q.feeQ === quotes[0].feeQ);
    const quote = same
      ? { zoneId: "", feeQ: quotes[0].feeQ, minDays: Math.min(...quotes.map((q) => q.minDays)), maxDays: Math.max(...quotes.map((q) => q.maxDays)) }
      : null;
    return { coverage: "unknown", quote };
  }
  const quote = quoteDelivery(group.zones, district, goodsQ);
  return { coverage: quote ? "covered" : "uncovered", quote };
}

/**
 * Each producer's fulfilment of goods: what the shopper chose if offered at this address, else
 * what the producer offers there. Bookings (experiences, stays) always take place on site, in
 * orders of their own.
 */
export function resolveFulfilment(group: CartProducerGroup, chosen: string | undefined, district: string | null): Fulfilment | null {
  if (group.lines.every((line) => isBookable(line.kind))) return "ON_SITE";
  const { coverage } = deliveryFor(group, district);
  const delivers = coverage === "covered" || coverage === "unknown";
  if (chosen === "PICKUP") return group.offersPickup ? "PICKUP" : null;
  if (chosen?.startsWith("CENTRE:")) return chosenCentre(group, chosen) ? "CENTRE" : null;
  if (chosen === "DELIVERY") return delivers ? "DELIVERY" : null;
  return delivers ? "DELIVERY" : group.offersPickup ? "PICKUP" : null;
}

/** The ABAD centre a `CENTRE:<id>` choice names, if the producer sends goods there. */
export function chosenCentre(group: CartProducerGroup, chosen: string | undefined) {
  const id = CENTRE_CHOICE.exec(chosen ?? "")?.[1];
  return id ? (group.centres.find((centre) => centre.id === id) ?? null) : null;
}

/**
 * Delivery fees per producer and the grand total the shopper will pay, for the district the
 * goods go to (null while none is chosen: delivery then shows a fee only where it cannot differ). The same function
 * runs on the checkout page and in the server's placing, so both show the same integer qəpik.
 */
export function checkoutTotals(cart: CartView, fulfilment: Record<string, string | undefined>, district: string | null) {
  const groups = cart.groups.map((group) => {
    const choice = resolveFulfilment(group, fulfilment[group.producerId], district);
    const { coverage, quote } = deliveryFor(group, district);
    // Fees and totals are the producer's whole share; the orders split it (goods and fee, each booking).
    // Pickup at a centre costs the programme's fee for that centre.
    const centre = choice === "CENTRE" ? chosenCentre(group, fulfilment[group.producerId]) : null;
    const deliveryQ = choice === "DELIVERY" && quote ? quote.feeQ : centre ? centre.feeQ : 0;
    return {
      producerId: group.producerId,
      fulfilment: choice,
      centre,
      coverage,
      quote,
      subtotalQ: group.subtotalQ,
      deliveryQ,
      totalQ: group.subtotalQ + deliveryQ,
    };
  });
  return { groups, totalQ: groups.reduce((sum, g) => sum + g.totalQ, 0) };
}
