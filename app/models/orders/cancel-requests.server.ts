import { scheduleMailDelivery } from "~/models/mail/outbox.server";
import { applyOrderTransition, loadOrderForTransition, type ShopperAccess } from "~/models/orders/lifecycle.server";
import { mailProducerOrder, mailShopperOrder } from "~/models/orders/order-mails.server";
import { shopperCancelMode } from "~/models/orders/order-status";
import { db } from "~/utils/db.server";

export type CancelRequestResult = { ok: true } | { ok: false; error: "order.notFound" | "order.notAllowed" | "after.cancel.error.already" };

/**
 * The shopper asks to cancel an order its producer already took on (confirmed or ready for
 * pickup; a shipped one is returned instead). One request per order; the producer's members
 * and the shopper are mailed, and the request shows on the order's history.
 */
export async function requestCancellation(args: { orderId: string; access: ShopperAccess; reason: string; now?: Date }): Promise<CancelRequestResult> {
  const now = args.now ?? new Date();
  const order = await loadOrderForTransition(db, { id: args.orderId });
  if (!order) return { ok: false, error: "order.notFound" };
  const owns = args.access.userId !== null && order.userId === args.access.userId;
  if (!owns && !args.access.tokenValid) return { ok: false, error: "order.notFound" };
  const mode = shopperCancelMode({
    status: order.status,
    fulfilment: order.fulfilment,
    paymentMethod: order.group.paymentMethod,
    paymentStatus: order.group.paymentStatus,
    accepted: order.acceptedAt !== null,
  });
  if (mode !== "request") return { ok: false, error: "order.notAllowed" };
  const created = await db.$transaction(async (tx) => {
    if (await tx.cancelRequest.findUnique({ where: { orderId: order.id }, select: { id: true } })) return false;
    await tx.cancelRequest.create({ data: { orderId: order.id, reason: args.reason, createdAt: now } });
    await tx.orderEvent.create({ data: { orderId: order.id, status: "CANCEL_REQUESTED", note: args.reason, actorId: args.access.userId, createdAt: now } });
    await mailProducerOrder(tx, order.id, "after.mail.cancelRequested.producer", { reason: args.reason });
    await mailShopperOrder(tx, order.id, "after.mail.cancelRequested.shopper", { reason: args.reason });
    return true;
  });
  if (!created) return { ok: false, error: "after.cancel.error.already" };
  scheduleMailDelivery();
  return { ok: true };
}

/** Thrown inside the decision's transaction to undo it when the order moved on meanwhile. */
class OrderMovedOn extends Error {}

/**
 * A producer member decides a cancellation request of one of their orders. Accepting cancels the
 * order as any cancellation does (stock released, sale reversed, card payment refunded through the
 * outbox); the request is claimed with a conditional update and the order moved only if it is
 * still as read, in one transaction, so a shipment at the same moment leaves the request open and
 * the order shipped, never both a refund and a shipment. Declining needs a reason. Both sides are mailed.
 */
export async function decideCancellation(args: {
  orderId: string;
  producerId: string;
  actorId: string;
  accept: boolean;
  answer: string;
  now?: Date;
}): Promise<{ ok: true } | { ok: false; error: "order.notFound" | "order.notAllowed" }> {
  const now = args.now ?? new Date();
  const order = await loadOrderForTransition(db, { id: args.orderId, producerId: args.producerId });
  if (!order) return { ok: false, error: "order.notFound" };
  const request = await db.cancelRequest.findUnique({ where: { orderId: order.id }, select: { reason: true, status: true } });
  if (!request || request.status !== "REQUESTED") return { ok: false, error: "order.notAllowed" };
  if (args.accept && order.status !== "CONFIRMED" && order.status !== "READY_FOR_PICKUP") return { ok: false, error: "order.notAllowed" };
  try {
    const decided = await db.$transaction(async (tx) => {
      const claimed = await tx.cancelRequest.updateMany({
        where: { orderId: order.id, status: "REQUESTED" },
        data: { status: args.accept ? "ACCEPTED" : "DECLINED", answer: args.accept ? "" : args.answer, decidedAt: now, decidedById: args.actorId },
      });
      if (claimed.count !== 1) return false;
      if (args.accept) {
        const moved = await applyOrderTransition(tx, order, "CANCELLED", { actorId: args.actorId, note: request.reason, now });
        if (!moved) throw new OrderMovedOn();
        await mailProducerOrder(tx, order.id, "after.mail.cancelAccepted.producer", { reason: request.reason });
      } else {
        await tx.orderEvent.create({ data: { orderId: order.id, status: "CANCEL_DECLINED", note: args.answer, actorId: args.actorId, createdAt: now } });
        await mailShopperOrder(tx, order.id, "after.mail.cancelDeclined.shopper", { reason: args.answer });
        await mailProducerOrder(tx, order.id, "after.mail.cancelDeclined.producer", { reason: args.answer });
      }
      return true;
    });
    if (!decided) return { ok: false, error: "order.notAllowed" };
  } catch (error) {
    if (error instanceof OrderMovedOn) return { ok: false, error: "order.notAllowed" };
    throw error;
  }
  scheduleMailDelivery();
  return { ok: true };
}
