import { db, NAMES_SELECT } from "~/utils/db.server";
import { pickLocalized, type Locale } from "~/utils/i18n";
import { signLink } from "~/utils/signed-links.server";
import { cancellationDeadline, withinPolicy } from "~/models/bookings/booking-policy";
import { bookingStart } from "~/models/bookings/booking-times";
import { canMoveOrder, displayStatus, isAwaitingPayment, shopperCancelMode } from "~/models/orders/order-status";

const orderDetailSelect = {
  id: true,
  number: true,
  status: true,
  fulfilment: true,
  address: true,
  district: true,
  subtotalQ: true,
  deliveryQ: true,
  totalQ: true,
  cancelReason: true,
  trackingNote: true,
  placedAt: true,
  userId: true,
  refundedQ: true,
  acceptedAt: true,
  returnedAt: true,
  cancelRequest: { select: { reason: true, status: true, answer: true, createdAt: true } },
  producer: { select: { name: true, slug: true, phone: true, pickupAddress: true } },
  region: { select: NAMES_SELECT },
  group: { select: { id: true, name: true, email: true, phone: true, paymentMethod: true, paymentStatus: true } },
  lines: {
    select: {
      id: true,
      productId: true,
      variantId: true,
      slotId: true,
      title: true,
      unit: true,
      unitPriceQ: true,
      quantity: true,
      totalQ: true,
      checkIn: true,
      checkOut: true,
      guests: true,
      product: { select: { slug: true, kind: true, meetingPoint: true, durationMin: true, cancellationPolicy: true } },
      slot: { select: { startsAt: true } },
    },
  },
  events: { orderBy: { createdAt: "asc" as const }, select: { id: true, status: true, note: true, createdAt: true } },
} as const;

/**
 * A booking's planning facts for its shopper: when it starts, the policy and its free-cancel
 * deadline, whether cancelling is still possible, and the host's phone once the booking is
 * confirmed (or paid); before that the phone stays with the host.
 */
function bookingDetail(order: NonNullable<Awaited<ReturnType<typeof findOrder>>>, now: Date) {
  if (order.fulfilment !== "ON_SITE") return null;
  const line = order.lines[0];
  const startsAt = bookingStart(line ?? null);
  if (!line || !startsAt) return null;
  const policy = line.product.cancellationPolicy;
  const deadline = cancellationDeadline(policy, startsAt);
  const inPolicy = withinPolicy(policy, startsAt, now);
  const confirmed = order.status === "CONFIRMED" || order.status === "COMPLETED" || order.group.paymentStatus === "PAID";
  return {
    startsAt: startsAt.toISOString(),
    policy,
    deadline: deadline.toISOString(),
    withinPolicy: inPolicy,
    canCancel: canMoveOrder(
      {
        status: order.status,
        fulfilment: order.fulfilment,
        paymentMethod: order.group.paymentMethod,
        paymentStatus: order.group.paymentStatus,
        withinPolicy: inPolicy,
        accepted: order.acceptedAt !== null,
      },
      "CANCELLED",
      "shopper",
    ),
    hostPhone: confirmed && order.status !== "CANCELLED" ? order.producer.phone : null,
    place: order.address,
  };
}

/**
 * What the shopper can do to give the order up: cancel at once while it is new, ask the producer
 * once it is taken on (one request per order), or nothing. Bookings and orders awaiting payment
 * have their own buttons (the booking panel, the checkout's page).
 */
function cancelDetail(order: NonNullable<Awaited<ReturnType<typeof findOrder>>>) {
  const facts = {
    status: order.status,
    fulfilment: order.fulfilment,
    paymentMethod: order.group.paymentMethod,
    paymentStatus: order.group.paymentStatus,
    accepted: order.acceptedAt !== null,
  };
  const own = order.fulfilment !== "ON_SITE" && !isAwaitingPayment({ status: order.status, ...order.group });
  const mode = shopperCancelMode(facts);
  const request = order.cancelRequest ? { ...order.cancelRequest, createdAt: order.cancelRequest.createdAt.toISOString() } : null;
  return {
    mode: mode === "now" && !own ? null : mode === "request" && request ? null : mode,
    request,
    refundsCard: order.group.paymentMethod === "CARD" && order.group.paymentStatus === "PAID",
  };
}

function toOrderDetail(order: NonNullable<Awaited<ReturnType<typeof findOrder>>>, locale: Locale, now = new Date()) {
  return {
    ...order,
    acceptedAt: order.acceptedAt?.toISOString() ?? null,
    returnedAt: order.returnedAt?.toISOString() ?? null,
    cancelRequest: null,
    cancel: cancelDetail(order),
    // The host's phone reaches the shopper only through the booking, once confirmed.
    producer: { ...order.producer, phone: "" },
    booking: bookingDetail(order, now),
    placedAt: order.placedAt.toISOString(),
    displayStatus: displayStatus(order),
    region: order.region ? pickLocalized(order.region, "name", locale) : null,
    lines: order.lines.map((line) => ({
      ...line,
      slotStartsAt: line.slot?.startsAt.toISOString() ?? null,
      kind: line.product.kind,
      slug: line.product.slug,
      meetingPoint: line.product.meetingPoint,
      durationMin: line.product.durationMin,
    })),
    events: order.events.map((e) => ({ ...e, createdAt: e.createdAt.toISOString() })),
  };
}

function findOrder(id: string) {
  return db.order.findUnique({ where: { id }, select: orderDetailSelect });
}

export type ShopperOrder = ReturnType<typeof toOrderDetail>;

/** An order for its shopper: the signed-in owner, or anyone holding the signed link. Else null (a 404). */
export async function getShopperOrder(id: string, access: { userId: string | null; tokenValid: boolean }, locale: Locale) {
  const order = await findOrder(id);
  if (!order) return null;
  const owns = access.userId !== null && order.userId === access.userId;
  if (!owns && !access.tokenValid) return null;
  return toOrderDetail(order, locale);
}

/** A checkout group's orders for its confirmation page, each with its own signed link. */
export async function getCheckoutGroup(groupId: string, access: { userId: string | null; tokenValid: boolean }, locale: Locale) {
  const group = await db.checkoutGroup.findUnique({
    where: { id: groupId },
    select: {
      id: true,
      userId: true,
      paymentMethod: true,
      paymentStatus: true,
      totalQ: true,
      email: true,
      reservedUntil: true,
      orders: { select: { id: true } },
    },
  });
  if (!group) return null;
  const owns = access.userId !== null && group.userId === access.userId;
  if (!owns && !access.tokenValid) return null;
  const orders = [];
  for (const { id } of group.orders) {
    const order = await findOrder(id);
    if (order) orders.push({ ...toOrderDetail(order, locale), token: signLink("order", id) });
  }
  return {
    id: group.id,
    paymentMethod: group.paymentMethod,
    paymentStatus: group.paymentStatus,
    totalQ: group.totalQ,
    email: group.email,
    reservedUntil: group.reservedUntil?.toISOString() ?? null,
    orders,
  };
}

export async function listShopperOrders(userId: string) {
  const orders = await db.order.findMany({
    where: { userId },
    orderBy: { placedAt: "desc" },
    take: 100,
    select: {
      id: true,
      number: true,
      status: true,
      totalQ: true,
      placedAt: true,
      refundedQ: true,
      returnedAt: true,
      group: { select: { paymentMethod: true, paymentStatus: true } },
      producer: { select: { name: true } },
      _count: { select: { lines: true } },
    },
  });
  return orders.map((o) => ({ ...o, placedAt: o.placedAt.toISOString(), displayStatus: displayStatus(o) }));
}
