import { notifyHost } from "~/models/bookings/booking-mail.server";
import { withinPolicy } from "~/models/bookings/booking-policy";
import { bookingStart } from "~/models/bookings/booking-times";
import { releaseStock } from "~/models/catalog/inventory.server";
import { scheduleMailDelivery } from "~/models/mail/outbox.server";
import { postRefundSent, postSale, reverseSale } from "~/models/payments/ledger.server";
import { enqueueRefund, enqueueSessionExpiry } from "~/models/payments/card-payments.server";
import { db, type Prisma, type Tx } from "~/utils/db.server";
import { mailOrderStatus, mailProducerOrder, type OrderMailTemplate } from "~/models/orders/order-mails.server";
import { canAcceptPaid, canMoveOrder, type OrderActor, type OrderStatus } from "~/models/orders/order-status";

const TIMESTAMP: Partial<Record<OrderStatus, "confirmedAt" | "shippedAt" | "readyAt" | "completedAt" | "cancelledAt">> = {
  CONFIRMED: "confirmedAt",
  SHIPPED: "shippedAt",
  READY_FOR_PICKUP: "readyAt",
  COMPLETED: "completedAt",
  CANCELLED: "cancelledAt",
};

const MAIL: Partial<Record<OrderStatus, OrderMailTemplate>> = {
  CONFIRMED: "checkout.mail.confirmed",
  SHIPPED: "checkout.mail.shipped",
  READY_FOR_PICKUP: "checkout.mail.ready",
  COMPLETED: "checkout.mail.completed",
  CANCELLED: "checkout.mail.cancelled",
};

const orderForTransition = {
  id: true,
  number: true,
  status: true,
  fulfilment: true,
  producerId: true,
  userId: true,
  acceptedAt: true,
  totalQ: true,
  commissionQ: true,
  group: { select: { id: true, paymentMethod: true, paymentStatus: true, email: true, locale: true, stripePaymentIntentId: true, stripeSessionId: true } },
  lines: { select: { id: true, productId: true, variantId: true, slotId: true, checkIn: true, quantity: true } },
} satisfies Prisma.OrderSelect;

export type OrderForTransition = Prisma.OrderGetPayload<{ select: typeof orderForTransition }>;

export function loadOrderForTransition(client: Tx | typeof db, where: Prisma.OrderWhereInput) {
  return client.order.findFirst({ where, select: orderForTransition });
}

/**
 * Moves one order inside the caller's transaction: the status changes only if it is still
 * what was read (so of two racing actions exactly one applies), and only then come its
 * effects: timestamp, timeline event, stock and seats returned on cancel, the sale posted on
 * confirm and reversed on cancel, a card refund or session expiry queued in the outbox, and
 * the shopper's mail. Returns false when the order had already moved on: nothing is left behind.
 */
export async function applyOrderTransition(
  tx: Tx,
  order: OrderForTransition,
  to: OrderStatus,
  options: {
    actorId?: string | null;
    note?: string;
    trackingNote?: string;
    now?: Date;
    /** the refund was made outside the app (Stripe dashboard): record it, send nothing */
    refundedOutside?: boolean;
    /** the caller sends its own mail */
    silent?: boolean;
    /** only while the producer has not taken the order on (a shopper's cancel of a new order) */
    unaccepted?: boolean;
    /** the producer's own step: the order counts as taken on from now */
    byProducer?: boolean;
  } = {},
): Promise<boolean> {
  const now = options.now ?? new Date();
  const stamp = TIMESTAMP[to];
  const updated = await tx.order.updateMany({
    where: { id: order.id, status: order.status, ...(options.unaccepted ? { acceptedAt: null } : {}) },
    data: {
      status: to,
      ...(options.byProducer && to !== "CANCELLED" && !order.acceptedAt ? { acceptedAt: now } : {}),
      ...(stamp ? { [stamp]: now } : {}),
      ...(to === "CANCELLED" ? { cancelReason: options.note ?? "" } : {}),
      ...(options.trackingNote ? { trackingNote: options.trackingNote } : {}),
    },
  });
  if (updated.count !== 1) return false;
  await tx.orderEvent.create({
    data: { orderId: order.id, status: to, note: options.note ?? options.trackingNote ?? "", actorId: options.actorId ?? null, createdAt: now },
  });
  if (to === "CONFIRMED") await postSale(tx, order, now);
  if (to === "CANCELLED") await cancelEffects(tx, order, now, options.refundedOutside ?? false);
  const template = MAIL[to];
  if (template && !options.silent) {
    await mailOrderStatus(tx, order.id, template, { reason: options.note, tracking: options.trackingNote });
  }
  return true;
}

async function cancelEffects(tx: Tx, order: OrderForTransition, now: Date, refundedOutside: boolean) {
  for (const line of order.lines) await releaseStock(tx, line);
  const reversed = await reverseSale(tx, order, now);
  const group = order.group;
  if (group.paymentMethod !== "CARD") return;
  if (reversed && group.stripePaymentIntentId) {
    const refund = { groupId: group.id, orderId: order.id, paymentIntentId: group.stripePaymentIntentId, amountQ: order.totalQ };
    if (refundedOutside) {
      await postRefundSent(tx, { key: `refund-sent:outside:${order.id}`, ...refund });
      await tx.order.update({ where: { id: order.id }, data: { refundedQ: order.totalQ, refundedAt: now } });
    } else {
      await enqueueRefund(tx, `refund:order:${order.id}`, refund);
    }
    return;
  }
  if (group.paymentStatus === "PENDING") {
    // The open Checkout Session still asks for this order: it is expired, and the shopper pays
    // what is left through a fresh one ("Pay now"). Paid before the expiry lands, this order's
    // share is refunded by the webhook.
    if (group.stripeSessionId) await enqueueSessionExpiry(tx, group.stripeSessionId);
    const payable = await tx.order.count({ where: { groupId: group.id, status: "PLACED" } });
    if (payable === 0) await tx.checkoutGroup.updateMany({ where: { id: group.id, paymentStatus: "PENDING" }, data: { paymentStatus: "CANCELLED" } });
  }
}

export type OrderActionResult = { ok: true } | { ok: false; error: "order.notFound" | "order.notAllowed" };

export type BookingCancelResult = { ok: true } | { ok: false; error: "order.notFound" | "booking.error.tooLate" | "booking.error.notAllowed" };

export type ShopperCancelResult = { ok: true } | { ok: false; error: "order.notFound" | "order.notAllowed" | "order.tooLate" };

/** Who is asking for an order: the signed-in owner, or anyone holding the order's signed link. */
export type ShopperAccess = { userId: string | null; tokenValid: boolean };

/**
 * The shopper gives an order up at once: while it is new (the producer has not taken it on), or a
 * booking while its policy's free period lasts. The usual cancellation follows (stock, seats or
 * nights released, the sale reversed, a card payment refunded in full through the outbox) and the
 * producer's members are mailed. The update is conditional on the order still being exactly as
 * read (and, for a new order, still not taken on), so a producer accepting or shipping it at the
 * same moment either wins outright or loses outright. Anyone but the owner or the link's holder: not found.
 */
export async function shopperCancelOrder(args: { orderId: string; access: ShopperAccess; now?: Date }): Promise<ShopperCancelResult> {
  const now = args.now ?? new Date();
  const order = await loadOrderForTransition(db, { id: args.orderId });
  if (!order) return { ok: false, error: "order.notFound" };
  const owns = args.access.userId !== null && order.userId === args.access.userId;
  if (!owns && !args.access.tokenValid) return { ok: false, error: "order.notFound" };
  const booking = order.fulfilment === "ON_SITE" ? await bookingFacts(order.id) : null;
  const inPolicy = booking?.startsAt ? withinPolicy(booking.policy, booking.startsAt, now) : false;
  const facts = {
    status: order.status,
    fulfilment: order.fulfilment,
    paymentMethod: order.group.paymentMethod,
    paymentStatus: order.group.paymentStatus,
    withinPolicy: inPolicy,
    accepted: order.acceptedAt !== null,
  };
  if (!canMoveOrder(facts, "CANCELLED", "shopper")) {
    const late = booking !== null && !inPolicy && (order.status === "PLACED" || order.status === "CONFIRMED");
    return { ok: false, error: late ? "order.tooLate" : "order.notAllowed" };
  }
  const moved = await db.$transaction(async (tx) => {
    const done = await applyOrderTransition(tx, order, "CANCELLED", { actorId: args.access.userId, now, unaccepted: !inPolicy });
    if (!done) return false;
    if (booking) await notifyHost(tx, order.producerId, order.id, "booking.mail.hostCancelled");
    else await mailProducerOrder(tx, order.id, "after.mail.shopperCancelled");
    return true;
  });
  if (!moved) return { ok: false, error: "order.notAllowed" };
  scheduleMailDelivery();
  return { ok: true };
}

/** The booking panel's cancel button: the same cancellation, with the booking's words for a refusal. */
export async function shopperCancelBooking(args: { orderId: string; userId: string | null; tokenValid: boolean; now?: Date }): Promise<BookingCancelResult> {
  const result = await shopperCancelOrder({ orderId: args.orderId, access: { userId: args.userId, tokenValid: args.tokenValid }, now: args.now });
  if (result.ok || result.error === "order.notFound") return result.ok ? result : { ok: false, error: "order.notFound" };
  return { ok: false, error: result.error === "order.tooLate" ? "booking.error.tooLate" : "booking.error.notAllowed" };
}

/** When a booking starts, under which policy, and whose it is. */
export async function bookingFacts(orderId: string) {
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: {
      userId: true,
      producerId: true,
      fulfilment: true,
      lines: { take: 1, select: { checkIn: true, slot: { select: { startsAt: true } }, product: { select: { cancellationPolicy: true } } } },
    },
  });
  if (!order) return null;
  const line = order.lines[0] ?? null;
  const startsAt = order.fulfilment === "ON_SITE" ? bookingStart(line) : null;
  return {
    userId: order.userId,
    producerId: order.producerId,
    fulfilment: order.fulfilment,
    startsAt,
    policy: line?.product.cancellationPolicy ?? "MODERATE",
  };
}

/** A producer member's action on one of their orders. */
export async function producerMoveOrder(args: {
  orderId: string;
  producerId: string;
  to: OrderStatus;
  actorId: string;
  reason?: string;
  trackingNote?: string;
  now?: Date;
}): Promise<OrderActionResult> {
  return moveOrder({ id: args.orderId, producerId: args.producerId }, args.to, "producer", args);
}

/** The shopper gives up a card order that is still waiting for payment: the whole group is cancelled. */
export async function cancelAwaitingPayment(groupId: string, actorId: string | null): Promise<OrderActionResult> {
  const orders = await db.order.findMany({ where: { groupId, status: "PLACED" }, select: { id: true } });
  if (orders.length === 0) return { ok: false, error: "order.notAllowed" };
  let moved = 0;
  for (const { id } of orders) {
    const result = await moveOrder({ id, groupId }, "CANCELLED", "shopper", { actorId });
    if (result.ok) moved++;
  }
  return moved > 0 ? { ok: true } : { ok: false, error: "order.notAllowed" };
}

async function moveOrder(
  where: Prisma.OrderWhereInput,
  to: OrderStatus,
  actor: OrderActor,
  options: { actorId?: string | null; reason?: string; trackingNote?: string; now?: Date },
): Promise<OrderActionResult> {
  const order = await loadOrderForTransition(db, where);
  if (!order) return { ok: false, error: "order.notFound" };
  const facts = {
    status: order.status,
    fulfilment: order.fulfilment,
    paymentMethod: order.group.paymentMethod,
    paymentStatus: order.group.paymentStatus,
    accepted: order.acceptedAt !== null,
  };
  if (!canMoveOrder(facts, to, actor)) return { ok: false, error: "order.notAllowed" };
  const moved = await db.$transaction((tx) =>
    applyOrderTransition(tx, order, to, {
      actorId: options.actorId,
      note: options.reason,
      trackingNote: options.trackingNote,
      now: options.now,
      byProducer: actor === "producer",
    }),
  );
  if (!moved) return { ok: false, error: "order.notAllowed" };
  scheduleMailDelivery();
  return { ok: true };
}

/**
 * A producer member takes on a card order its payment confirmed: from then on the shopper can only
 * ask to cancel it. Conditional on it still being new, so a shopper's cancel at the same moment
 * and this accept never both apply.
 */
export async function producerAcceptPaid(args: { orderId: string; producerId: string; actorId: string; now?: Date }): Promise<OrderActionResult> {
  const now = args.now ?? new Date();
  const order = await loadOrderForTransition(db, { id: args.orderId, producerId: args.producerId });
  if (!order) return { ok: false, error: "order.notFound" };
  const facts = { status: order.status, fulfilment: order.fulfilment, paymentMethod: order.group.paymentMethod, accepted: order.acceptedAt !== null };
  if (!canAcceptPaid(facts)) return { ok: false, error: "order.notAllowed" };
  const accepted = await db.$transaction(async (tx) => {
    const updated = await tx.order.updateMany({ where: { id: order.id, status: "CONFIRMED", acceptedAt: null }, data: { acceptedAt: now } });
    if (updated.count !== 1) return false;
    await tx.orderEvent.create({ data: { orderId: order.id, status: "ACCEPTED", actorId: args.actorId, createdAt: now } });
    await mailOrderStatus(tx, order.id, "checkout.mail.confirmed");
    return true;
  });
  if (!accepted) return { ok: false, error: "order.notAllowed" };
  scheduleMailDelivery();
  return { ok: true };
}
