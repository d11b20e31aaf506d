import { moveParcel, type ParcelResult } from "~/models/centres/parcels.server";
import { orderLinkPath } from "~/models/orders/order-mails.server";
import { db } from "~/utils/db.server";
import { publicOrigin } from "~/utils/public-url.server";
import { qrCode } from "~/utils/qr.server";

type Viewer = { id: string; role: string; centreId: string | null } | null;

const OPEN = ["PLACED", "CONFIRMED", "SHIPPED", "READY_FOR_PICKUP"] as const;

/**
 * What the order page adds for a pickup at an ABAD centre: for the shopper (or a guest with the link),
 * the QR code of the order's signed link to show at the counter; for the staff of that centre who
 * opened the link (by scanning that code), whether they can hand the parcel over here. Null for
 * any other order.
 */
export async function centrePickupPanel(orderId: string, viewer: Viewer) {
  const order = await db.order.findUnique({ where: { id: orderId }, select: { id: true, number: true, fulfilment: true, status: true, centreId: true } });
  if (!order || order.fulfilment !== "CENTRE" || !order.centreId) return null;
  if (viewer?.role === "CENTRE_STAFF") {
    if (viewer.centreId !== order.centreId) return null;
    return { kind: "staff" as const, ready: order.status === "READY_FOR_PICKUP", handedOver: order.status === "COMPLETED" };
  }
  if (!(OPEN as readonly string[]).includes(order.status)) return null;
  return { kind: "shopper" as const, number: order.number, qr: qrCode(`${publicOrigin()}${orderLinkPath(order.id)}`) };
}

/**
 * Centre staff hand a parcel over from the shopper's signed link: the link stands for the order's
 * code (the caller has checked its token), so the same step as typing the number runs, at the
 * staff member's own centre only.
 */
export async function handOverByLink(actor: { id: string; centreId: string }, orderId: string): Promise<ParcelResult> {
  const order = await db.order.findUnique({ where: { id: orderId }, select: { number: true } });
  if (!order) return { ok: false, error: "notFound" };
  return moveParcel(actor.id, actor.centreId, orderId, { to: "COMPLETED", code: order.number });
}
