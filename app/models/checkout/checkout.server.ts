import { rememberAddress, type DeliveryAddress } from "~/models/accounts/addresses.server";
import { reserveStock, recordSale } from "~/models/catalog/inventory.server";
import { buildCartView, type CartProducerGroup, type CartView, type CartLineRef } from "~/models/cart/cart.server";
import { recordDemandEvent } from "~/models/insights/demand.server";
import { enqueueMail, scheduleMailDelivery } from "~/models/mail/outbox.server";
import { RESERVATION_GRACE_MINUTES } from "~/models/payments/card-payments.server";
import { commissionFor } from "~/models/payments/ledger.server";
import { orderLinkVars } from "~/models/payments/order-links.server";
import { db, type Prisma } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n";
import type { CheckoutInput } from "~/models/checkout/checkout-schema";
import { newOrderNumber } from "~/models/orders/order-number";
import type { Fulfilment } from "~/models/orders/order-status";

export type CheckoutError =
  | "checkout.emptyCart"
  | "checkout.priceChanged"
  | "checkout.unavailable"
  | "checkout.soldOut"
  | "checkout.fulfilmentUnavailable"
  | "checkout.feeChanged"
  | "checkout.cardUnavailable"
  | "address.districtRequired";

export type CheckoutResult =
  | { ok: true; groupId: string; paymentMethod: "CASH" | "CARD"; replay: boolean }
  | { ok: false; error: CheckoutError; item?: string; changedFees?: string[]; field?: "district" };

class SoldOutError extends Error {
  constructor(readonly item: string) {
    super("sold out");
  }
}

/** Each producer's fulfilment: what the shopper chose if offered, else what the producer offers. */
export function resolveFulfilment(group: CartProducerGroup, chosen: string | undefined): Fulfilment | null {
  if (group.lines.every((line) => line.kind === "EXPERIENCE")) return "ON_SITE";
  if (chosen === "PICKUP") return group.offersPickup ? "PICKUP" : null;
  if (chosen === "DELIVERY") return group.offersDelivery ? "DELIVERY" : null;
  return group.offersDelivery ? "DELIVERY" : group.offersPickup ? "PICKUP" : null;
}

/** Delivery fees per producer and the grand total the shopper will pay. */
export function checkoutTotals(cart: CartView, fulfilment: Record<string, string | undefined>) {
  const groups = cart.groups.map((group) => {
    const choice = resolveFulfilment(group, fulfilment[group.producerId]);
    const deliveryQ = choice === "DELIVERY" ? group.deliveryFeeQ : 0;
    return { producerId: group.producerId, fulfilment: choice, subtotalQ: group.subtotalQ, deliveryQ, totalQ: group.subtotalQ + deliveryQ };
  });
  return { groups, totalQ: groups.reduce((sum, g) => sum + g.totalQ, 0) };
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
  if (replay) return { ok: true, groupId: replay.id, paymentMethod: replay.paymentMethod as "CASH" | "CARD", replay: true };

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
  // The shopper agreed to the fees the page showed: a fee changed since places nothing.
  const changedFees = cart.groups.filter((g) => input.shownFee[g.producerId] !== g.deliveryFeeQ);
  if (changedFees.length > 0) {
    return { ok: false, error: "checkout.feeChanged", item: changedFees.map((g) => g.producerName).join(", "), changedFees: changedFees.map((g) => g.producerId) };
  }
  const totals = checkoutTotals(cart, input.fulfilment);
  if (totals.groups.some((g) => g.fulfilment === null)) return { ok: false, error: "checkout.fulfilmentUnavailable" };
  // Delivery is also what a producer gets when the form did not say: it always needs an address.
  const delivers = totals.groups.some((g) => g.fulfilment === "DELIVERY");
  if (delivers && !address) return { ok: false, error: "address.districtRequired", field: "district" };
  const card = input.paymentMethod === "CARD";

  try {
    const groupId = await db.$transaction(async (tx) => {
      for (const group of cart.groups) {
        for (const line of group.lines) {
          if (!(await reserveStock(tx, line, now))) throw new SoldOutError(line.title);
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
        const order = await tx.order.create({
          data: {
            number: newOrderNumber(now),
            groupId: checkoutGroup.id,
            producerId: group.producerId,
            userId,
            fulfilment: figures.fulfilment!,
            address: figures.fulfilment === "DELIVERY" ? address!.street : "",
            district: figures.fulfilment === "DELIVERY" ? address!.district : "",
            regionId: figures.fulfilment === "DELIVERY" ? regionId : null,
            subtotalQ: figures.subtotalQ,
            deliveryQ: figures.deliveryQ,
            totalQ: figures.totalQ,
            commissionQ: commissionFor(figures.totalQ),
            placedAt: now,
            lines: {
              create: group.lines.map((line) => ({
                productId: line.productId,
                variantId: line.variantId,
                slotId: line.slotId,
                title: line.variantName ? `${line.title} — ${line.variantName}` : line.title,
                unit: line.unit,
                unitPriceQ: line.unitPriceQ,
                quantity: line.quantity,
                totalQ: line.lineTotalQ,
              })),
            },
            events: { create: { status: "PLACED", createdAt: now, actorId: userId } },
          },
          select: { id: true, number: true },
        });
        for (const line of group.lines) await recordSale(tx, line.productId, line.quantity);
        if (!card) await notifyProducerOfOrder(tx, group.producerId, order.number);
      }
      if (userId) {
        // Filled in next time: the phone, and the address among the saved ones (last used first).
        await tx.user.update({ where: { id: userId }, data: { phone: input.phone } });
        if (delivers) await rememberAddress(tx, userId, address!, now);
      }
      // A card checkout is mailed once it is paid (see the webhook), never before.
      if (!card) {
        await enqueueMail({ to: input.email, locale, template: "checkout.mail.placed", vars: await orderLinkVars(tx, checkoutGroup.id, locale) }, tx);
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
      if (winner) return { ok: true, groupId: winner.id, paymentMethod: winner.paymentMethod as "CASH" | "CARD", replay: true };
    }
    throw error;
  }
}

/** The producer's members hear of an order once there is one to act on (a card order once paid). */
export async function notifyProducerOfOrder(tx: Prisma.TransactionClient, producerId: string, number: string) {
  const members = await tx.producerMember.findMany({ where: { producerId }, select: { user: { select: { email: true, locale: true } } } });
  for (const { user } of members) {
    await enqueueMail({ to: user.email, locale: user.locale, template: "checkout.mail.newOrder", vars: { number } }, tx);
  }
}
