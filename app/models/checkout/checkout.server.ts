import { rememberAddress, type DeliveryAddress } from "~/models/accounts/addresses.server";
import { reserveStock, recordSale } from "~/models/catalog/inventory.server";
import { buildCartView, type CartLineRef, type CartViewLine } from "~/models/cart/cart.server";
import { checkoutTotals } from "~/models/checkout/checkout-totals";
import { notifyHost, scheduleBookingReminder } from "~/models/bookings/booking-mail.server";
import { reserveStayNights } from "~/models/bookings/stays.server";
import { isBookable } from "~/models/bookings/listing-kind";
import { recordDemandEvent } from "~/models/insights/demand.server";
import { scheduleMailDelivery } from "~/models/mail/outbox.server";
import { RESERVATION_GRACE_MINUTES } from "~/models/payments/card-payments.server";
import { commissionFor } from "~/models/payments/ledger.server";
import { db, type Prisma } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n";
import type { CheckoutInput } from "~/models/checkout/checkout-schema";
import { newOrderNumber } from "~/models/orders/order-number";
import { mailCheckout, mailProducerNewOrder } from "~/models/orders/order-mails.server";

export type CheckoutError =
  | "checkout.emptyCart"
  | "checkout.priceChanged"
  | "checkout.unavailable"
  | "checkout.soldOut"
  | "checkout.fulfilmentUnavailable"
  | "checkout.feeChanged"
  | "checkout.notDelivered"
  | "checkout.checkFee"
  | "checkout.cardUnavailable"
  | "checkout.centreNeedsCard"
  | "address.districtRequired";

export type CheckoutResult =
  | { ok: true; groupId: string; paymentMethod: "CASH" | "CARD"; replay: boolean }
  | { ok: false; error: CheckoutError; item?: string; changedFees?: string[]; field?: "district" };

class SoldOutError extends Error {
  constructor(readonly item: string) {
    super("sold out");
  }
}

async function existingGroup(idempotencyKey: string) {
  return db.checkoutGroup.findUnique({ where: { idempotencyKey }, select: { id: true, paymentMethod: true } });
}

/**
 * Places the cart as one checkout group with one order per producer. Stock and seats are
 * taken with conditional updates inside one transaction: either every line is reserved and
 * every order written, or nothing is. The same idempotency key never makes a second group.
 */
export async function placeCheckout(args: {
  lines: CartLineRef[];
  input: CheckoutInput;
  userId: string | null;
  locale: Locale;
  /** where delivering producers send their orders (null when nothing is delivered) */
  address: DeliveryAddress | null;
  regionId: number | null;
  now?: Date;
}): Promise<CheckoutResult> {
  const { input, userId, locale, address, regionId } = args;
  const now = args.now ?? new Date();
  const replay = await existingGroup(input.idempotencyKey);
  if (replay) return { ok: true, groupId: replay.id, paymentMethod: replay.paymentMethod, replay: true };

  const cart = await buildCartView(args.lines, locale, now);
  if (cart.groups.length === 0) return { ok: false, error: "checkout.emptyCart" };
  for (const group of cart.groups) {
    for (const line of group.lines) {
      if (line.previousPriceQ !== null) return { ok: false, error: "checkout.priceChanged", item: line.title };
      if (!line.purchasable) {
        return { ok: false, error: line.available > 0 ? "checkout.unavailable" : "checkout.soldOut", item: line.title };
      }
    }
  }
  // A line whose product was deleted is missing from the view altogether.
  if (cart.groups.reduce((n, g) => n + g.lines.length, 0) !== args.lines.length) {
    return { ok: false, error: "checkout.unavailable" };
  }
  const totals = checkoutTotals(cart, input.fulfilment, address?.district ?? null);
  // Delivery asked for (or the only way) where the producer does not deliver: name them.
  const refused = cart.groups.filter((g, i) => totals.groups[i].fulfilment === null && totals.groups[i].coverage === "uncovered");
  if (refused.length > 0) return { ok: false, error: "checkout.notDelivered", item: refused.map((g) => g.producerName).join(", ") };
  if (totals.groups.some((g) => g.fulfilment === null)) return { ok: false, error: "checkout.fulfilmentUnavailable" };
  // Delivery is also what a producer gets when the form did not say: it always needs an address.
  const delivers = totals.groups.some((g) => g.fulfilment === "DELIVERY");
  if (delivers && !address) return { ok: false, error: "address.districtRequired", field: "district" };
  // The shopper agreed to the fees the page showed for this address: another fee places nothing.
  const changedFees = cart.groups.filter((g, i) => totals.groups[i].fulfilment === "DELIVERY" && input.shownFee[g.producerId] !== totals.groups[i].deliveryQ);
  if (changedFees.length > 0) {
    return {
      ok: false,
      // No fee shown at all: the page could not know it before the address was chosen.
      error: changedFees.every((g) => input.shownFee[g.producerId] === undefined) ? "checkout.checkFee" : "checkout.feeChanged",
      item: changedFees.map((g) => g.producerName).join(", "),
      changedFees: changedFees.map((g) => g.producerId),
    };
  }
  const card = input.paymentMethod === "CARD";
  // At a centre the programme hands the goods over, so it must hold the money too: card only.
  if (!card && totals.groups.some((g) => g.fulfilment === "CENTRE")) return { ok: false, error: "checkout.centreNeedsCard" };

  try {
    const groupId = await db.$transaction(async (tx) => {
      for (const group of cart.groups) {
        for (const line of group.lines) {
          // A stay's nights are taken once its order line exists (they point at it), below.
          if (line.kind !== "STAY" && !(await reserveStock(tx, line, now))) throw new SoldOutError(line.title);
        }
      }
      const checkoutGroup = await tx.checkoutGroup.create({
        data: {
          idempotencyKey: input.idempotencyKey,
          userId,
          name: input.name,
          email: input.email,
          phone: input.phone,
          locale,
          paymentMethod: input.paymentMethod,
          paymentStatus: card ? "PENDING" : "NOT_REQUIRED",
          totalQ: totals.totalQ,
          reservedUntil: card ? new Date(now.getTime() + RESERVATION_GRACE_MINUTES * 60_000) : null,
        },
        select: { id: true },
      });
      for (const group of cart.groups) {
        const figures = totals.groups.find((g) => g.producerId === group.producerId)!;
        // Goods travel together in one order with the fee; every booking is an on-site order of its own.
        const goods = group.lines.filter((line) => !isBookable(line.kind));
        const parts = [
          ...(goods.length > 0
            ? [
                {
                  lines: goods,
                  fulfilment: figures.fulfilment!,
                  deliveryQ: figures.deliveryQ,
                  address: figures.fulfilment === "DELIVERY" ? address!.street : (figures.centre?.address ?? ""),
                  centre: figures.centre,
                },
              ]
            : []),
          ...group.lines
            .filter((line) => isBookable(line.kind))
            .map((line) => ({ lines: [line], fulfilment: "ON_SITE" as const, deliveryQ: 0, address: line.meetingPoint, centre: null })),
        ];
        for (const part of parts) {
          const subtotalQ = part.lines.reduce((sum, line) => sum + line.lineTotalQ, 0);
          const totalQ = subtotalQ + part.deliveryQ;
          const order = await tx.order.create({
            data: {
              number: newOrderNumber(now),
              groupId: checkoutGroup.id,
              producerId: group.producerId,
              userId,
              fulfilment: part.fulfilment,
              address: part.address,
              district: part.fulfilment === "DELIVERY" ? address!.district : (part.centre?.district ?? ""),
              centreId: part.centre?.id ?? null,
              regionId: part.fulfilment === "DELIVERY" ? regionId : null,
              subtotalQ,
              deliveryQ: part.deliveryQ,
              totalQ,
              commissionQ: commissionFor(totalQ),
              placedAt: now,
              lines: { create: part.lines.map(orderLineData) },
              events: { create: { status: "PLACED", createdAt: now, actorId: userId } },
            },
            select: { id: true, number: true, lines: { select: { id: true, productId: true, checkIn: true, quantity: true } } },
          });
          for (const line of order.lines) {
            if (line.checkIn && !(await reserveStayNights(tx, line.productId, line.id, line.checkIn, line.quantity, now))) {
              throw new SoldOutError(part.lines[0].title);
            }
          }
          for (const line of part.lines) await recordSale(tx, line.productId, line.kind === "STAY" ? 1 : line.quantity);
          if (part.fulfilment === "ON_SITE") await scheduleBookingReminder(tx, order.id, now);
          if (!card) await notifyProducerOfOrder(tx, group.producerId, order.id);
        }
      }
      if (userId) {
        // Filled in next time: the phone, and the address among the saved ones (last used first).
        await tx.user.update({ where: { id: userId }, data: { phone: input.phone } });
        if (delivers) await rememberAddress(tx, userId, address!, now);
      }
      // A card checkout is mailed once it is paid (see the webhook), never before.
      if (!card) {
        await mailCheckout(tx, checkoutGroup.id, "checkout.mail.placed");
      }
      return checkoutGroup.id;
    });
    for (const group of cart.groups) {
      for (const line of group.lines) {
        await recordDemandEvent({ type: "PURCHASE", productId: line.productId, producerId: group.producerId, quantity: line.quantity });
      }
    }
    scheduleMailDelivery();
    return { ok: true, groupId, paymentMethod: input.paymentMethod, replay: false };
  } catch (error) {
    if (error instanceof SoldOutError) return { ok: false, error: "checkout.soldOut", item: error.item };
    // The same form submitted twice at once: the first one won, show its result.
    if ((error as { code?: string }).code === "P2002") {
      const winner = await existingGroup(input.idempotencyKey);
      if (winner) return { ok: true, groupId: winner.id, paymentMethod: winner.paymentMethod, replay: true };
    }
    throw error;
  }
}

/** An order line as written: a stay is its nights (quantity) for its guests, at the price of all the nights. */
function orderLineData(line: CartViewLine) {
  const title = line.variantName ? `${line.title} — ${line.variantName}` : line.title;
  if (line.kind === "STAY") {
    const nights = line.nights ?? 1;
    return {
      productId: line.productId,
      title,
      unit: "night" as const,
      // The nightly prices may differ (weekends, season): the unit price is the first night's share, the total is exact.
      unitPriceQ: Math.round(line.lineTotalQ / nights),
      quantity: nights,
      totalQ: line.lineTotalQ,
      checkIn: line.checkIn,
      checkOut: line.checkOut,
      guests: line.quantity,
    };
  }
  return {
    productId: line.productId,
    variantId: line.variantId,
    slotId: line.slotId,
    title,
    unit: line.unit,
    unitPriceQ: line.unitPriceQ,
    quantity: line.quantity,
    totalQ: line.lineTotalQ,
    guests: line.kind === "EXPERIENCE" ? line.quantity : 0,
  };
}

/**
 * The producer's members hear of an order once there is one to act on (a card order once paid);
 * a booking's mail says what, when and for how many.
 */
export async function notifyProducerOfOrder(tx: Prisma.TransactionClient, producerId: string, orderId: string) {
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { fulfilment: true } });
  // A booking: what, when, for how many and the guest (bookings/booking-mail); goods: the order's
  // items, where it goes and the dashboard link (orders/order-mails). Each member in their language.
  if (order.fulfilment === "ON_SITE") await notifyHost(tx, producerId, orderId, "booking.mail.hostNew");
  else await mailProducerNewOrder(tx, orderId);
}
