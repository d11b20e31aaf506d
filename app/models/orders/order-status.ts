/** An order's life, and who may move it where. */
import { OrderStatus, type Fulfilment, type PaymentMethod, type PaymentStatus } from "~/generated/prisma/enums";

export type { Fulfilment, OrderStatus };
/** In the order of an order's life (the schema's order). */
export const ORDER_STATUSES = Object.values(OrderStatus);

/**
 * producer: a member of the order's producer; payment: the card payment flow (webhooks, expiry);
 * shopper: the person who placed it (only an order still waiting for its card payment);
 * centre: staff of the ABAD centre a CENTRE order is picked up at.
 */
export type OrderActor = "producer" | "payment" | "shopper" | "centre";

type OrderFacts = {
  status: OrderStatus;
  fulfilment: Fulfilment;
  paymentMethod: PaymentMethod;
  paymentStatus?: PaymentStatus;
  /** a booking (on-site order) still inside its cancellation policy's free period */
  withinPolicy?: boolean;
  /** the producer took the order on (unknown counts as taken on) */
  accepted?: boolean;
};

/** A card order nobody has paid for yet: shown as "Awaiting payment", not as new. */
export function isAwaitingPayment(order: { status: string; paymentMethod: string; paymentStatus: string }): boolean {
  return order.status === "PLACED" && order.paymentMethod === "CARD" && order.paymentStatus === "PENDING";
}

/** The word shopper and producer see for an order (GLOSSARY.md): its status, or awaiting payment, refunded, or returned. */
export type DisplayStatus = OrderStatus | "AWAITING_PAYMENT" | "REFUNDED" | "RETURNED";
export function displayStatus(order: {
  status: OrderStatus;
  refundedQ?: number;
  returnedAt?: Date | string | null;
  group: { paymentMethod: string; paymentStatus: string };
}): DisplayStatus {
  if (isAwaitingPayment({ status: order.status, ...order.group })) return "AWAITING_PAYMENT";
  if (order.returnedAt) return "RETURNED";
  if (order.status === "CANCELLED" && (order.refundedQ ?? 0) > 0) return "REFUNDED";
  return order.status;
}

const NEXT: Record<OrderStatus, readonly OrderStatus[]> = {
  PLACED: ["CONFIRMED", "CANCELLED"],
  CONFIRMED: ["SHIPPED", "READY_FOR_PICKUP", "COMPLETED", "CANCELLED"],
  SHIPPED: ["READY_FOR_PICKUP", "COMPLETED"],
  READY_FOR_PICKUP: ["COMPLETED"],
  COMPLETED: [],
  CANCELLED: [],
};

/** Every transition rule in one place (tested in tests/unit/order-status.test.ts). */
export function canMoveOrder(order: OrderFacts, to: OrderStatus, actor: OrderActor): boolean {
  const from = order.status;
  if (!(NEXT[from] ?? []).includes(to)) return false;
  if (actor === "payment") return (from === "PLACED" && to === "CONFIRMED") || to === "CANCELLED";
  // The centre takes the parcel in (sent, or brought straight after confirming) and hands it over; nothing else.
  if (actor === "centre")
    return order.fulfilment === "CENTRE" && (to === "READY_FOR_PICKUP" ? from !== "PLACED" : to === "COMPLETED" && from === "READY_FOR_PICKUP");
  if (from === "SHIPPED" && to === "READY_FOR_PICKUP") return false;
  if (actor === "shopper") {
    if (to !== "CANCELLED") return false;
    if (isAwaitingPayment({ ...order, paymentStatus: order.paymentStatus ?? "" })) return true;
    if (isNewOrder(order)) return true;
    // A booking the shopper may give up while the host's policy still promises the money back.
    return order.fulfilment === "ON_SITE" && order.withinPolicy === true;
  }
  switch (to) {
    // A card order is confirmed by its payment, never by hand.
    case "CONFIRMED":
      return order.paymentMethod === "CASH";
    // A centre pickup is shipped to the centre, which then takes it from there.
    case "SHIPPED":
      return order.fulfilment === "DELIVERY" || order.fulfilment === "CENTRE";
    case "READY_FOR_PICKUP":
      return order.fulfilment === "PICKUP";
    // A delivery is completed once shipped, a pickup once ready; tours and stays once they took place.
    case "COMPLETED":
      return order.fulfilment !== "CENTRE" && (from !== "CONFIRMED" || order.fulfilment === "ON_SITE");
    case "CANCELLED":
      return true;
    default:
      return false;
  }
}

/**
 * Placed and not yet taken on by its producer: a cash order not accepted, or a card order its
 * payment confirmed that the producer has not accepted or fulfilled. The shopper may cancel it at once.
 */
export function isNewOrder(order: Pick<OrderFacts, "status" | "accepted">): boolean {
  return order.status === "PLACED" || (order.status === "CONFIRMED" && order.accepted === false);
}

/** How the shopper can give an order up: at once while it is new, by asking the producer once it is taken on. */
export function shopperCancelMode(order: OrderFacts): "now" | "request" | null {
  if (canMoveOrder(order, "CANCELLED", "shopper")) return "now";
  if (order.status === "CONFIRMED" || order.status === "READY_FOR_PICKUP") return "request";
  return null;
}

/** A paid card order waits for its producer to accept it, as a cash order does (it may still be cancelled by the shopper until then). */
export function canAcceptPaid(order: OrderFacts): boolean {
  return order.status === "CONFIRMED" && order.paymentMethod === "CARD" && order.accepted === false;
}

/** A status an order can be moved to (no order goes back to PLACED). */
type OrderMove = Exclude<OrderStatus, "PLACED">;

/** The actions a producer can take on an order right now, for the buttons. */
export function producerActions(order: OrderFacts): OrderMove[] {
  return ORDER_STATUSES.filter((to): to is OrderMove => to !== "PLACED" && canMoveOrder(order, to, "producer"));
}
