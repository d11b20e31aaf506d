/** An order's life, and who may move it where. */
export const ORDER_STATUSES = ["PLACED", "CONFIRMED", "SHIPPED", "READY_FOR_PICKUP", "COMPLETED", "CANCELLED"] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
export type Fulfilment = "DELIVERY" | "PICKUP" | "ON_SITE";
export type PaymentMethod = "CASH" | "CARD";

/** producer: a member of the order's producer; payment: the card payment flow (webhooks, expiry). */
export type OrderActor = "producer" | "payment";

type OrderFacts = { status: string; fulfilment: string; paymentMethod: string };

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
  const from = order.status as OrderStatus;
  if (!(NEXT[from] ?? []).includes(to)) return false;
  if (actor === "payment") return (from === "PLACED" && to === "CONFIRMED") || to === "CANCELLED";
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

export const ACTIVE_ORDER_STATUSES: readonly OrderStatus[] = ["PLACED", "CONFIRMED", "SHIPPED", "READY_FOR_PICKUP"];
