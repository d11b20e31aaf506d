/** An order's life, and who may move it where. */
import { OrderStatus, type Fulfilment, type PaymentMethod, type PaymentStatus } from "~/generated/prisma/enums";

export type { Fulfilment, OrderStatus };
/** In the order of an order's life (the schema's order). */
export const ORDER_STATUSES = Object.values(OrderStatus);

/**
 * producer: a member of the order's producer; payment: the card payment flow (webhooks, expiry);
 * shopper: the person who placed it (only an order still waiting for its card payment).
 */
export type OrderActor = "producer" | "payment" | "shopper";

type OrderFacts = {
  status: OrderStatus;
  fulfilment: Fulfilment;
  paymentMethod: PaymentMethod;
  paymentStatus?: PaymentStatus;
  /** a booking (on-site order) still inside its cancellation policy's free period */
  withinPolicy?: boolean;
};

/** A card order nobody has paid for yet: shown as "Awaiting payment", not as new. */
export function isAwaitingPayment(order: { status: string; paymentMethod: string; paymentStatus: string }): boolean {
  return order.status === "PLACED" && order.paymentMethod === "CARD" && order.paymentStatus === "PENDING";
}

/** The word shopper and producer see for an order (GLOSSARY.md): its status, or awaiting payment, or refunded. */
export type DisplayStatus = OrderStatus | "AWAITING_PAYMENT" | "REFUNDED";
export function displayStatus(order: { status: OrderStatus; refundedQ?: number; group: { paymentMethod: string; paymentStatus: string } }): DisplayStatus {
  if (isAwaitingPayment({ status: order.status, ...order.group })) return "AWAITING_PAYMENT";
  if (order.status === "CANCELLED" && (order.refundedQ ?? 0) > 0) return "REFUNDED";
  return order.status;
}

const NEXT: Record<OrderStatus, readonly OrderStatus[]> = {
  PLACED: ["CONFIRMED", "CANCELLED"],
  CONFIRMED: ["SHIPPED", "READY_FOR_PICKUP", "COMPLETED", "CANCELLED"],
  SHIPPED: ["COMPLETED"],
  READY_FOR_PICKUP: ["COMPLETED"],
  COMPLETED: [],
  CANCELLED: [],
};

/** Every transition rule in one place (tested in tests/unit/order-status.test.ts). */
export function canMoveOrder(order: OrderFacts, to: OrderStatus, actor: OrderActor): boolean {
  const from = order.status;
  if (!(NEXT[from] ?? []).includes(to)) return false;
  if (actor === "payment") return (from === "PLACED" && to === "CONFIRMED") || to === "CANCELLED";
  if (actor === "shopper") {
    if (to !== "CANCELLED") return false;
    if (isAwaitingPayment({ ...order, paymentStatus: order.paymentStatus ?? "" })) return true;
    // A booking the shopper may give up while the host's policy still promises the money back.
    return order.fulfilment === "ON_SITE" && order.withinPolicy === true;
  }
  switch (to) {
    // A card order is confirmed by its payment, never by hand.
    case "CONFIRMED":
      return order.paymentMethod === "CASH";
    case "SHIPPED":
      return order.fulfilment === "DELIVERY";
    case "READY_FOR_PICKUP":
      return order.fulfilment === "PICKUP";
    // A delivery is completed once shipped, a pickup once ready; tours and stays once they took place.
    case "COMPLETED":
      return from !== "CONFIRMED" || order.fulfilment === "ON_SITE";
    case "CANCELLED":
      return true;
    default:
      return false;
  }
}

/** The actions a producer can take on an order right now, for the buttons. */
export function producerActions(order: OrderFacts): OrderStatus[] {
  return ORDER_STATUSES.filter((to) => canMoveOrder(order, to, "producer"));
}
