import { releaseStock } from "~/models/catalog/inventory.server";
import { enqueueMail, scheduleMailDelivery } from "~/models/mail/outbox.server";
import { creditSale, debitRefund } from "~/models/payments/ledger.server";
import { refundOrderPayment } from "~/models/payments/card-payments.server";
import { db, type Prisma } from "~/utils/db.server";
import { canMoveOrder, type OrderActor, type OrderStatus } from "./order-status";

type Tx = Prisma.TransactionClient;

const TIMESTAMP: Partial<Record<OrderStatus, "confirmedAt" | "shippedAt" | "readyAt" | "completedAt" | "cancelledAt">> = {
  CONFIRMED: "confirmedAt",
  SHIPPED: "shippedAt",
  READY_FOR_PICKUP: "readyAt",
  COMPLETED: "completedAt",
  CANCELLED: "cancelledAt",
};

const MAIL: Partial<Record<OrderStatus, string>> = {
  CONFIRMED: "checkout.mail.confirmed",
  SHIPPED: "checkout.mail.shipped",
  READY_FOR_PICKUP: "checkout.mail.ready",
  CANCELLED: "checkout.mail.cancelled",
};

const orderForTransition = {
  id: true,
  number: true,
  status: true,
  fulfilment: true,
  producerId: true,
  totalQ: true,
  commissionQ: true,
  group: { select: { id: true, paymentMethod: true, paymentStatus: true, email: true, locale: true, stripePaymentIntentId: true } },
  lines: { select: { productId: true, variantId: true, slotId: true, quantity: true } },
} satisfies Prisma.OrderSelect;

export type OrderForTransition = Prisma.OrderGetPayload<{ select: typeof orderForTransition }>;

export function loadOrderForTransition(client: Tx | typeof db, where: Prisma.OrderWhereInput) {
  return client.order.findFirst({ where, select: orderForTransition });
}

/**
 * Moves one order inside the caller's transaction: the status changes only if it is still
 * what was read (so two clicks cannot both apply), with its timestamp, a timeline event,
 * stock and seats returned on cancel, the ledger credited on confirm and debited on cancel,
 * and the shopper's mail. Returns false when the order had already moved on.
 */
export async function applyOrderTransition(
  tx: Tx,
  order: OrderForTransition,
  to: OrderStatus,
  options: { actorId?: string | null; note?: string; trackingNote?: string; now?: Date } = {},
): Promise<boolean> {
  const now = options.now ?? new Date();
  const stamp = TIMESTAMP[to];
  const updated = await tx.order.updateMany({
    where: { id: order.id, status: order.status },
    data: {
      status: to,
      ...(stamp ? { [stamp]: now } : {}),
      ...(to === "CANCELLED" ? { cancelReason: options.note ?? "" } : {}),
      ...(options.trackingNote ? { trackingNote: options.trackingNote } : {}),
    },
  });
  if (updated.count !== 1) return false;
  await tx.orderEvent.create({
    data: { orderId: order.id, status: to, note: options.note ?? options.trackingNote ?? "", actorId: options.actorId ?? null, createdAt: now },
  });
  if (to === "CONFIRMED") await creditSale(tx, order);
  if (to === "CANCELLED") {
    for (const line of order.lines) await releaseStock(tx, line);
    await debitRefund(tx, order);
  }
  const template = MAIL[to];
  if (template) {
    await enqueueMail(
      { to: order.group.email, locale: order.group.locale, template, vars: { number: order.number, reason: options.note ?? "", tracking: options.trackingNote ?? "" } },
      tx,
    );
  }
  return true;
}

export type OrderActionResult = { ok: true } | { ok: false; error: "order.notFound" | "order.notAllowed" | "order.refundFailed" };

/**
 * A producer member's action on one of their orders. Cancelling a paid card order refunds
 * it through Stripe first; the order is cancelled only once the refund is accepted.
 */
export async function producerMoveOrder(args: {
  orderId: string;
  producerId: string;
  to: OrderStatus;
  actorId: string;
  reason?: string;
  trackingNote?: string;
}): Promise<OrderActionResult> {
  return moveOrder({ id: args.orderId, producerId: args.producerId }, args.to, "producer", args);
}

async function moveOrder(
  where: Prisma.OrderWhereInput,
  to: OrderStatus,
  actor: OrderActor,
  options: { actorId?: string | null; reason?: string; trackingNote?: string },
): Promise<OrderActionResult> {
  const order = await loadOrderForTransition(db, where);
  if (!order) return { ok: false, error: "order.notFound" };
  if (!canMoveOrder({ ...order, paymentMethod: order.group.paymentMethod }, to, actor)) return { ok: false, error: "order.notAllowed" };
  if (to === "CANCELLED" && order.group.paymentStatus === "PAID") {
    const refunded = await refundOrderPayment(order);
    if (!refunded) return { ok: false, error: "order.refundFailed" };
  }
  const moved = await db.$transaction((tx) =>
    applyOrderTransition(tx, order, to, { actorId: options.actorId, note: options.reason, trackingNote: options.trackingNote }),
  );
  if (!moved) return { ok: false, error: "order.notAllowed" };
  scheduleMailDelivery();
  return { ok: true };
}
