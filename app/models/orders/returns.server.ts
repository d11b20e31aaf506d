import crypto from "node:crypto";
import { decidesOwnProducer, OWN_PRODUCER } from "~/models/accounts/separation.server";
import { deleteImageFiles, processImage, type ImageError } from "~/models/images/pipeline.server";
import { readUpload } from "~/models/images/upload-store.server";
import { scheduleMailDelivery } from "~/models/mail/outbox.server";
import type { ShopperAccess } from "~/models/orders/lifecycle.server";
import { mailProducerOrder, mailShopperOrder } from "~/models/orders/order-mails.server";
import { MAX_RETURN_PHOTOS, returnEligibility, type ReturnEligibility } from "~/models/orders/return-policy";
import { enqueueRefund } from "~/models/payments/card-payments.server";
import { returnSale } from "~/models/payments/ledger.server";
import { db, type Client } from "~/utils/db.server";

export type ReturnPhoto = { fileKey: string; widths: string; width: number; height: number; placeholder: string };
/** A return photo as a page shows it: served by /orders/:id/return-photos/… to those who may see the order, never by /uploads. */
export type ReturnPhotoView = { src: string; width: number; height: number };

/** Return photos are kept among the uploads under this prefix; app/server/uploads.ts refuses it on the public /uploads path. */
const RETURN_PHOTO_PREFIX = "r-";

const returnOrderSelect = {
  id: true,
  userId: true,
  producerId: true,
  status: true,
  fulfilment: true,
  shippedAt: true,
  completedAt: true,
  totalQ: true,
  commissionQ: true,
  producer: { select: { returnDays: true } },
  group: { select: { id: true, paymentMethod: true, stripePaymentIntentId: true } },
  lines: {
    select: { unit: true, product: { select: { kind: true, acceptsReturns: true, category: { select: { sector: { select: { slug: true } } } } } } },
  },
} as const;

async function loadReturnOrder(client: Client, where: { id: string; producerId?: string; producer?: { mentorId: string } }) {
  return client.order.findFirst({ where, select: returnOrderSelect });
}

type ReturnOrder = NonNullable<Awaited<ReturnType<typeof loadReturnOrder>>>;

function eligibility(order: ReturnOrder, now: Date): ReturnEligibility {
  return returnEligibility(
    {
      status: order.status,
      fulfilment: order.fulfilment,
      shippedAt: order.shippedAt,
      completedAt: order.completedAt,
      returnDays: order.producer.returnDays,
      lines: order.lines.map((l) => ({
        kind: l.product.kind,
        unit: l.unit,
        sectorSlug: l.product.category.sector.slug,
        acceptsReturns: l.product.acceptsReturns,
      })),
    },
    now,
  );
}

/** Whether the shopper may open a return on this order now, and until when (for the order page). */
export async function returnWindow(orderId: string, now = new Date()): Promise<ReturnEligibility | null> {
  const order = await loadReturnOrder(db, { id: orderId });
  return order ? eligibility(order, now) : null;
}

export type OpenReturnResult =
  | { ok: true }
  | {
      ok: false;
      error: "order.notFound" | ImageError | "after.return.tooManyPhotos" | "after.return.already" | Exclude<ReturnEligibility, { ok: true }>["reason"];
    };

/**
 * The shopper (the owner, or a guest holding the order's signed link) asks to return a delivered
 * order within its window, with a reason and up to three photos. Each photo goes through the one
 * image pipeline (real images only, limits checked before decoding, no metadata kept); nothing is
 * kept when one is refused. One return per order. Both sides are mailed; the history shows it.
 */
export async function openReturn(args: { orderId: string; access: ShopperAccess; reason: string; photos: Buffer[]; now?: Date }): Promise<OpenReturnResult> {
  const now = args.now ?? new Date();
  const order = await loadReturnOrder(db, { id: args.orderId });
  if (!order) return { ok: false, error: "order.notFound" };
  const owns = args.access.userId !== null && order.userId === args.access.userId;
  if (!owns && !args.access.tokenValid) return { ok: false, error: "order.notFound" };
  const allowed = eligibility(order, now);
  if (!allowed.ok) return { ok: false, error: allowed.reason };
  if (args.photos.length > MAX_RETURN_PHOTOS) return { ok: false, error: "after.return.tooManyPhotos" };
  if (await db.returnRequest.findUnique({ where: { orderId: order.id }, select: { id: true } })) return { ok: false, error: "after.return.already" };
  const photos: ReturnPhoto[] = [];
  const discard = () => Promise.all(photos.map((p) => deleteImageFiles(p.fileKey)));
  for (const input of args.photos) {
    const fileKey = `${RETURN_PHOTO_PREFIX}${crypto.randomBytes(10).toString("hex")}`;
    const processed = await processImage(input, { fileKey }).catch(async (error: unknown) => {
      await discard();
      throw error;
    });
    if (!processed.ok) {
      await discard();
      return processed;
    }
    photos.push({ fileKey, widths: processed.widths.join(","), width: processed.width, height: processed.height, placeholder: processed.placeholder });
  }
  try {
    const created = await db.$transaction(async (tx) => {
      if (await tx.returnRequest.findUnique({ where: { orderId: order.id }, select: { id: true } })) return false;
      await tx.returnRequest.create({ data: { orderId: order.id, reason: args.reason, photos: JSON.stringify(photos), createdAt: now } });
      await tx.orderEvent.create({ data: { orderId: order.id, status: "RETURN_REQUESTED", note: args.reason, actorId: args.access.userId, createdAt: now } });
      await mailProducerOrder(tx, order.id, "after.mail.returnRequested.producer", { reason: args.reason });
      await mailShopperOrder(tx, order.id, "after.mail.returnRequested.shopper", { reason: args.reason });
      return true;
    });
    if (!created) {
      await discard();
      return { ok: false, error: "after.return.already" };
    }
  } catch (error) {
    await discard();
    throw error;
  }
  scheduleMailDelivery();
  return { ok: true };
}

/** Who decides: a member of the order's producer, or staff stepping in (who may also overturn a decline). */
export type ReturnDecider = { kind: "producer"; producerId: string; actorId: string } | { kind: "staff"; actorId: string; role: string };

/** Staff whose returns these are: a mentor the producers assigned to them (as in their task list), an admin every producer. */
export type StaffViewer = { id: string; role: string };

function staffScope(viewer: StaffViewer) {
  return viewer.role === "ADMIN" ? {} : { producer: { mentorId: viewer.id } };
}

/**
 * Accepts a return (the answer says how to send the goods back) or declines it (the answer says
 * why). The producer decides an open request; staff may decide an open or a declined one. The
 * request is claimed with a conditional update, so two deciders at once never both apply.
 */
export async function decideReturn(args: {
  orderId: string;
  decider: ReturnDecider;
  accept: boolean;
  answer: string;
  now?: Date;
}): Promise<{ ok: true } | { ok: false; error: "order.notFound" | "order.notAllowed" | typeof OWN_PRODUCER }> {
  const now = args.now ?? new Date();
  const scope = args.decider.kind === "producer" ? { producerId: args.decider.producerId } : staffScope({ id: args.decider.actorId, role: args.decider.role });
  const order = await loadReturnOrder(db, { id: args.orderId, ...scope });
  if (!order) return { ok: false, error: "order.notFound" };
  const from = args.decider.kind === "staff" ? (["REQUESTED", "DECLINED"] as const) : (["REQUESTED"] as const);
  const byStaff = args.decider.kind === "staff";
  const decided = await db.$transaction(async (tx) => {
    if (byStaff && (await decidesOwnProducer(tx, args.decider.actorId, order.producerId))) return OWN_PRODUCER;
    const claimed = await tx.returnRequest.updateMany({
      where: { orderId: order.id, status: { in: [...from] } },
      data: { status: args.accept ? "ACCEPTED" : "DECLINED", answer: args.answer, decidedAt: now, decidedById: args.decider.actorId, decidedByStaff: byStaff },
    });
    if (claimed.count !== 1) return false;
    await tx.orderEvent.create({
      data: {
        orderId: order.id,
        status: args.accept ? "RETURN_ACCEPTED" : "RETURN_DECLINED",
        note: args.answer,
        actorId: args.decider.actorId,
        createdAt: now,
      },
    });
    const extra = args.accept ? { instructions: args.answer } : { reason: args.answer };
    await mailShopperOrder(tx, order.id, args.accept ? "after.mail.returnAccepted.shopper" : "after.mail.returnDeclined.shopper", extra);
    await mailProducerOrder(tx, order.id, args.accept ? "after.mail.returnAccepted.producer" : "after.mail.returnDeclined.producer", extra);
    return true;
  });
  if (decided === OWN_PRODUCER) return { ok: false, error: OWN_PRODUCER };
  if (!decided) return { ok: false, error: "order.notAllowed" };
  scheduleMailDelivery();
  return { ok: true };
}

/**
 * The producer has the goods back: the return is settled in one transaction. Who collected the
 * money decides the ledger: a card sale is reversed exactly as posted, the money owed back to the
 * shopper (REFUNDS_DUE) and refunded through the outbox; a cash sale's commission is taken back
 * (the programme never held that money) and the producer pays the shopper back in cash, which
 * the return records. The order is no longer a sale from then on (Order.returnedAt).
 */
export async function markReturnReceived(args: { orderId: string; producerId: string; actorId: string; now?: Date }) {
  const now = args.now ?? new Date();
  const order = await loadReturnOrder(db, { id: args.orderId, producerId: args.producerId });
  if (!order) return { ok: false as const, error: "order.notFound" as const };
  const done = await db.$transaction(async (tx) => {
    const claimed = await tx.returnRequest.updateMany({
      where: { orderId: order.id, status: "ACCEPTED" },
      data: { status: "REFUNDED", receivedAt: now, amountQ: order.totalQ },
    });
    if (claimed.count !== 1) return false;
    await tx.order.update({ where: { id: order.id }, data: { returnedAt: now } });
    const sale = { id: order.id, producerId: order.producerId, totalQ: order.totalQ, commissionQ: order.commissionQ, group: order.group };
    const reversed = await returnSale(tx, sale, now);
    const card = order.group.paymentMethod === "CARD";
    await tx.orderEvent.create({ data: { orderId: order.id, status: card ? "RETURN_RECEIVED" : "RETURN_CASH_BACK", actorId: args.actorId, createdAt: now } });
    if (card && reversed && order.group.stripePaymentIntentId) {
      await enqueueRefund(tx, `refund:return:${order.id}`, {
        groupId: order.group.id,
        orderId: order.id,
        paymentIntentId: order.group.stripePaymentIntentId,
        amountQ: order.totalQ,
      });
    }
    await mailShopperOrder(tx, order.id, "after.mail.returnRefunded.shopper", { amountQ: order.totalQ });
    await mailProducerOrder(tx, order.id, "after.mail.returnRefunded.producer", { amountQ: order.totalQ });
    return true;
  });
  if (!done) return { ok: false as const, error: "order.notAllowed" as const };
  scheduleMailDelivery();
  return { ok: true as const };
}

function photoViews(orderId: string, stored: string, token: string | null = null): ReturnPhotoView[] {
  const query = token ? `?token=${encodeURIComponent(token)}` : "";
  return (JSON.parse(stored) as ReturnPhoto[]).map((photo) => {
    const widths = photo.widths.split(",").map(Number);
    const shown = widths.find((w) => w >= 640) ?? widths[widths.length - 1];
    return { src: `/orders/${orderId}/return-photos/${photo.fileKey}/${shown}.jpg${query}`, width: photo.width, height: photo.height };
  });
}

/** A return's state for the order pages, dates as ISO text; a guest's photo links carry their order link's token. */
export async function returnOf(orderId: string, options: { token?: string | null } = {}) {
  const request = await db.returnRequest.findUnique({
    where: { orderId },
    select: { reason: true, photos: true, status: true, answer: true, amountQ: true, createdAt: true, decidedByStaff: true },
  });
  if (!request) return null;
  return { ...request, photos: photoViews(orderId, request.photos, options.token), createdAt: request.createdAt.toISOString() };
}

const PHOTO_TYPES = { jpg: "image/jpeg", webp: "image/webp", avif: "image/avif" } as const;

/**
 * One file of a return's photo, for whoever may see that order: its shopper (or the holder of
 * the order's signed link), a member of its producer, its producer's mentor or an admin. Null
 * (not found) for anyone else and for any name that is not one of this return's files.
 */
export async function readReturnPhoto(args: {
  orderId: string;
  fileKey: string;
  file: string;
  viewer: { user: { id: string; role: string; producerId: string | null } | null; tokenValid: boolean };
}): Promise<{ body: Buffer; type: string } | null> {
  const name = /^(\d{1,5})\.(jpg|webp|avif)$/.exec(args.file);
  if (!name) return null;
  const request = await db.returnRequest.findUnique({
    where: { orderId: args.orderId },
    select: { photos: true, order: { select: { userId: true, producerId: true, producer: { select: { mentorId: true } } } } },
  });
  if (!request) return null;
  const { user, tokenValid } = args.viewer;
  const order = request.order;
  const allowed =
    tokenValid ||
    (!!user &&
      (order.userId === user.id ||
        order.producerId === user.producerId ||
        user.role === "ADMIN" ||
        (user.role === "MENTOR" && order.producer.mentorId === user.id)));
  if (!allowed) return null;
  const photo = (JSON.parse(request.photos) as ReturnPhoto[]).find((p) => p.fileKey === args.fileKey);
  if (!photo || !photo.widths.split(",").includes(name[1])) return null;
  try {
    const body = await readUpload(`${photo.fileKey}/${name[1]}.${name[2]}`);
    return body ? { body, type: PHOTO_TYPES[name[2] as keyof typeof PHOTO_TYPES] } : null;
  } catch {
    return null;
  }
}

/** Returns this staff member may step in on: waiting for the producer, or declined (newest first). */
export async function listReturnsForStaff(viewer: StaffViewer, take = 100) {
  const rows = await db.returnRequest.findMany({
    where: { status: { in: ["REQUESTED", "DECLINED"] }, order: staffScope(viewer) },
    orderBy: { createdAt: "desc" },
    take,
    select: {
      orderId: true,
      reason: true,
      status: true,
      answer: true,
      photos: true,
      createdAt: true,
      order: { select: { number: true, totalQ: true, producer: { select: { name: true } }, group: { select: { name: true } } } },
    },
  });
  return rows.map((r) => ({ ...r, photos: photoViews(r.orderId, r.photos), createdAt: r.createdAt.toISOString() }));
}
