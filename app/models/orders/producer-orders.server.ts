import { db, NAMES_SELECT, TITLES_SELECT } from "~/utils/db.server";
import { pickLocalized, type Locale } from "~/utils/i18n";
import { canAcceptPaid, displayStatus, ORDER_STATUSES, producerActions, type OrderStatus } from "~/models/orders/order-status";
import { isOneOf } from "~/utils/one-of";

export function parseStatusFilter(value: string | null): OrderStatus | null {
  return value && isOneOf(ORDER_STATUSES, value) ? value : null;
}

/** The producer's orders, newest first, optionally of one status. */
export async function listProducerOrders(producerId: string, status: OrderStatus | null) {
  const orders = await db.order.findMany({
    where: { producerId, ...(status ? { status } : {}) },
    orderBy: { placedAt: "desc" },
    take: 200,
    select: {
      id: true,
      number: true,
      status: true,
      fulfilment: true,
      totalQ: true,
      placedAt: true,
      refundedQ: true,
      returnedAt: true,
      group: { select: { name: true, paymentMethod: true, paymentStatus: true } },
      _count: { select: { lines: true } },
    },
  });
  return orders.map((o) => ({ ...o, placedAt: o.placedAt.toISOString(), displayStatus: displayStatus(o) }));
}

/** One order of this producer (never another's: the id and the producer are both in the WHERE). */
export async function getProducerOrder(producerId: string, orderId: string, locale: Locale) {
  const order = await db.order.findFirst({
    where: { id: orderId, producerId },
    select: {
      id: true,
      number: true,
      status: true,
      fulfilment: true,
      address: true,
      district: true,
      subtotalQ: true,
      deliveryQ: true,
      totalQ: true,
      commissionQ: true,
      cancelReason: true,
      trackingNote: true,
      placedAt: true,
      refundedQ: true,
      acceptedAt: true,
      returnedAt: true,
      cancelRequest: { select: { reason: true, status: true, answer: true, createdAt: true } },
      region: { select: NAMES_SELECT },
      producer: { select: { name: true, pickupAddress: true, phone: true } },
      group: { select: { name: true, email: true, phone: true, paymentMethod: true, paymentStatus: true } },
      lines: {
        select: {
          id: true,
          title: true,
          unit: true,
          unitPriceQ: true,
          quantity: true,
          totalQ: true,
          slot: { select: { startsAt: true } },
          product: { select: { meetingPoint: true } },
        },
      },
      events: { orderBy: { createdAt: "asc" }, select: { id: true, status: true, note: true, createdAt: true } },
    },
  });
  if (!order) return null;
  const facts = {
    status: order.status,
    fulfilment: order.fulfilment,
    paymentMethod: order.group.paymentMethod,
    paymentStatus: order.group.paymentStatus,
    accepted: order.acceptedAt !== null,
  };
  const request = order.cancelRequest;
  return {
    ...order,
    acceptedAt: order.acceptedAt?.toISOString() ?? null,
    returnedAt: order.returnedAt?.toISOString() ?? null,
    cancelRequest: request ? { ...request, createdAt: request.createdAt.toISOString() } : null,
    /** a paid card order still new: the shopper may cancel it until the producer accepts it */
    canAccept: canAcceptPaid(facts),
    placedAt: order.placedAt.toISOString(),
    region: order.region ? pickLocalized(order.region, "name", locale) : null,
    lines: order.lines.map((line) => ({
      ...line,
      slotStartsAt: line.slot?.startsAt.toISOString() ?? null,
      meetingPoint: line.product.meetingPoint,
    })),
    events: order.events.map((e) => ({ ...e, createdAt: e.createdAt.toISOString() })),
    displayStatus: displayStatus(order),
    actions: producerActions(facts),
  };
}

/** Upcoming tour and stay slots of this producer with who booked them (not cancelled). */
export async function upcomingBookings(producerId: string, locale: Locale, now = new Date()) {
  const slots = await db.slot.findMany({
    where: { product: { producerId }, startsAt: { gt: now }, seatsTaken: { gt: 0 } },
    orderBy: { startsAt: "asc" },
    take: 50,
    select: {
      id: true,
      startsAt: true,
      capacity: true,
      seatsTaken: true,
      product: { select: TITLES_SELECT },
      orderLines: {
        where: { order: { status: { not: "CANCELLED" } } },
        select: { quantity: true, order: { select: { id: true, number: true, status: true, group: { select: { name: true, phone: true } } } } },
      },
    },
  });
  return slots.map((slot) => ({
    id: slot.id,
    startsAt: slot.startsAt.toISOString(),
    capacity: slot.capacity,
    seatsTaken: slot.seatsTaken,
    title: pickLocalized(slot.product, "title", locale),
    guests: slot.orderLines.map((line) => ({
      orderId: line.order.id,
      number: line.order.number,
      status: line.order.status,
      name: line.order.group.name,
      phone: line.order.group.phone,
      seats: line.quantity,
    })),
  }));
}
