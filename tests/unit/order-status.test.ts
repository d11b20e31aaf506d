import { describe, expect, it } from "vitest";
import { canMoveOrder, producerActions, type Fulfilment, type OrderStatus } from "~/models/orders/order-status";

const cash = (status: OrderStatus, fulfilment: Fulfilment = "DELIVERY") => ({ status, fulfilment, paymentMethod: "CASH" as const });
const card = (status: OrderStatus, fulfilment: Fulfilment = "DELIVERY") => ({ status, fulfilment, paymentMethod: "CARD" as const });

describe("order transitions", () => {
  it("lets a producer accept cash orders but never confirm a card order by hand", () => {
    expect(canMoveOrder(cash("PLACED"), "CONFIRMED", "producer")).toBe(true);
    expect(canMoveOrder(card("PLACED"), "CONFIRMED", "producer")).toBe(false);
    expect(canMoveOrder(card("PLACED"), "CONFIRMED", "payment")).toBe(true);
  });

  it("ships deliveries, readies pickups, completes on-site bookings", () => {
    expect(producerActions(cash("CONFIRMED", "DELIVERY"))).toEqual(["SHIPPED", "CANCELLED"]);
    expect(producerActions(cash("CONFIRMED", "PICKUP"))).toEqual(["READY_FOR_PICKUP", "CANCELLED"]);
    expect(producerActions(cash("CONFIRMED", "ON_SITE"))).toEqual(["COMPLETED", "CANCELLED"]);
    expect(producerActions(cash("SHIPPED"))).toEqual(["COMPLETED"]);
    expect(producerActions(cash("READY_FOR_PICKUP", "PICKUP"))).toEqual(["COMPLETED"]);
  });

  it("has no way out of COMPLETED or CANCELLED, and none backwards", () => {
    expect(producerActions(cash("COMPLETED"))).toEqual([]);
    expect(producerActions(cash("CANCELLED"))).toEqual([]);
    expect(canMoveOrder(cash("SHIPPED"), "CANCELLED", "producer")).toBe(false);
    expect(canMoveOrder(cash("SHIPPED"), "PLACED", "producer")).toBe(false);
    expect(canMoveOrder(cash("PLACED"), "SHIPPED", "producer")).toBe(false);
  });

  it("lets the payment flow only confirm or cancel", () => {
    expect(canMoveOrder(card("CONFIRMED"), "SHIPPED", "payment")).toBe(false);
    expect(canMoveOrder(card("PLACED"), "CANCELLED", "payment")).toBe(true);
  });
});
