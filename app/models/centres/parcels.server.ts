import { recipientLocale } from "~/models/mail/recipient-locale";
import { scheduleMailDelivery } from "~/models/mail/outbox.server";
import { applyOrderTransition, loadOrderForTransition } from "~/models/orders/lifecycle.server";
import { mailOrderStatus, mailProducerOrder, mailShopperOrder } from "~/models/orders/order-mails.server";
import { canMoveOrder } from "~/models/orders/order-status";
import { db } from "~/utils/db.server";
import { centreHours, centreName } from "./centre-names";

/** Parcels coming to the centre (paid and accepted, maybe sent), waiting for their shopper, and handed over this fortnight. */
export async function listCentreParcels(centreId: string, now = new Date()) {
  const orders = await db.order.findMany({
    where: {
      centreId,
      fulfilment: "CENTRE",
      OR: [
        { status: { in: ["CONFIRMED", "SHIPPED", "READY_FOR_PICKUP"] } },
        { status: "COMPLETED", completedAt: { gte: new Date(now.getTime() - 14 * 86_400_000) } },
      ],
    },
    orderBy: { placedAt: "asc" },
    select: {
      id: true,
      number: true,
      status: true,
      placedAt: true,
      shippedAt: true,
      readyAt: true,
      completedAt: true,
      producer: { select: { name: true, phone: true } },
      group: { select: { name: true, phone: true } },
      _count: { select: { lines: true } },
    },
  });
  const parcel = (o: (typeof orders)[number]) => ({
    id: o.id,
    number: o.number,
    status: o.status,
    producer: o.producer.name,
    producerPhone: o.producer.phone,
    shopper: o.group.name,
    shopperPhone: o.group.phone,
    items: o._count.lines,
    placedAt: o.placedAt.toISOString(),
    shippedAt: o.shippedAt?.toISOString() ?? null,
    readyAt: o.readyAt?.toISOString() ?? null,
    completedAt: o.completedAt?.toISOString() ?? null,
  });
  return {
    incoming: orders.filter((o) => o.status === "CONFIRMED" || o.status === "SHIPPED").map(parcel),
    waiting: orders.filter((o) => o.status === "READY_FOR_PICKUP").map(parcel),
    handed: orders.filter((o) => o.status === "COMPLETED").map(parcel),
  };
}

export type ParcelResult = { ok: true } | { ok: false; error: "notFound" | "centre.parcels.notAllowed" | "centre.parcels.wrongCode" };

/** The order's number as people type it: any case, spaces and dashes optional. */
function sameCode(typed: string, number: string) {
  const plain = (value: string) => value.toUpperCase().replace(/[\s-]/g, "");
  return plain(typed) !== "" && plain(typed) === plain(number);
}

/**
 * Moves a parcel at the staff member's own centre (an order of another centre is not found) and
 * mails both sides in the same transaction: taken in from the producer (the shopper may come, with
 * the centre's address and hours), or handed over once the shopper said the order's number.
 */
export async function moveParcel(
  actorId: string,
  centreId: string,
  orderId: string,
  step: { to: "READY_FOR_PICKUP" } | { to: "COMPLETED"; code: string },
  now = new Date(),
): Promise<ParcelResult> {
  const result = await db.$transaction(async (tx): Promise<ParcelResult> => {
    const order = await loadOrderForTransition(tx, { id: orderId, centreId, fulfilment: "CENTRE" });
    if (!order) return { ok: false, error: "notFound" };
    const facts = { status: order.status, fulfilment: order.fulfilment, paymentMethod: order.group.paymentMethod, paymentStatus: order.group.paymentStatus };
    if (!canMoveOrder(facts, step.to, "centre")) return { ok: false, error: "centre.parcels.notAllowed" };
    if (step.to === "COMPLETED" && !sameCode(step.code, order.number)) return { ok: false, error: "centre.parcels.wrongCode" };
    if (!(await applyOrderTransition(tx, order, step.to, { actorId, now, silent: true }))) return { ok: false, error: "centre.parcels.notAllowed" };
    if (step.to === "READY_FOR_PICKUP") {
      const centre = await tx.centre.findUniqueOrThrow({ where: { id: centreId } });
      const shopper = await tx.checkoutGroup.findUniqueOrThrow({ where: { id: order.group.id }, select: { locale: true, user: { select: { locale: true } } } });
      const locale = recipientLocale(shopper.user?.locale, shopper.locale);
      const instructions = `${centreName(centre, locale)}: ${centre.address}, ${centre.district} · ${centreHours(centre, locale)} · ${centre.phone}`;
      await mailShopperOrder(tx, order.id, "centre.mail.ready", { instructions });
      await mailProducerOrder(tx, order.id, "centre.mail.received");
    } else {
      await mailOrderStatus(tx, order.id, "checkout.mail.completed");
      await mailProducerOrder(tx, order.id, "centre.mail.handed");
    }
    return { ok: true };
  });
  if (result.ok) scheduleMailDelivery();
  return result;
}
