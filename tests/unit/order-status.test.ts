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

  it("sends a centre pickup to the centre, whose staff take it in and hand it over", () => {
    expect(producerActions(card("CONFIRMED", "CENTRE"))).toEqual(["SHIPPED", "CANCELLED"]);
    expect(producerActions(card("SHIPPED", "CENTRE"))).toEqual([]);
    expect(canMoveOrder(card("SHIPPED", "CENTRE"), "READY_FOR_PICKUP", "centre")).toBe(true);
    expect(canMoveOrder(card("CONFIRMED", "CENTRE"), "READY_FOR_PICKUP", "centre")).toBe(true);
    expect(canMoveOrder(card("PLACED", "CENTRE"), "READY_FOR_PICKUP", "centre")).toBe(false);
    expect(canMoveOrder(card("SHIPPED", "CENTRE"), "COMPLETED", "centre")).toBe(false);
    expect(canMoveOrder(card("READY_FOR_PICKUP", "CENTRE"), "COMPLETED", "centre")).toBe(true);
    expect(canMoveOrder(card("READY_FOR_PICKUP", "CENTRE"), "COMPLETED", "producer")).toBe(false);
    expect(canMoveOrder(card("SHIPPED", "DELIVERY"), "READY_FOR_PICKUP", "centre")).toBe(false);
    expect(canMoveOrder(card("SHIPPED", "DELIVERY"), "READY_FOR_PICKUP", "producer")).toBe(false);
    expect(canMoveOrder(card("CONFIRMED", "DELIVERY"), "CANCELLED", "centre")).toBe(false);
  });

  it("lets the payment flow only confirm or cancel", () => {
    expect(canMoveOrder(card("CONFIRMED"), "SHIPPED", "payment")).toBe(false);
    expect(canMoveOrder(card("PLACED"), "CANCELLED", "payment")).toBe(true);
  });
});
