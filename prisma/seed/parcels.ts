import { moveParcel } from "~/models/centres/parcels.server";
import { placeCheckout } from "~/models/checkout/checkout.server";
import { handleStripeEvent } from "~/models/checkout/payment-events.server";
import { producerAcceptPaid, producerMoveOrder, shopperCancelOrder } from "~/models/orders/lifecycle.server";
import { db } from "~/utils/db.server";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

type Shopper = { id: string | null; name: string; email: string };
/** Who takes part, and the goods (without variants) the shoppers order. */
export type ParcelDemo = { producerId: string; memberId: string; staffId: string; shoppers: [Shopper, Shopper, Shopper]; productIds: string[] };

/**
 * Pickups at a centre in every state an order picked up there goes through, made by the functions
 * the pages and the Stripe webhook call (so stock, ledger, timeline and mails are what the app
 * writes): a card checkout still waiting for its payment, one the shopper gave up before paying,
 * paid and not yet taken on by the family, taken on, sent to the centre, received there, and
 * handed over five days ago. The checkouts that get paid are paid by a checkout.session.completed
 * event as Stripe would send it; the one waiting holds no Stripe session (its reservation lapses
 * 35 minutes after seeding, as any unpaid checkout's does).
 */
export async function seedCentreParcels(centreId: string, people: ParcelDemo) {
  const started = new Date();
  const now = started.getTime();
  const goods = await db.product.findMany({
    where: { id: { in: people.productIds }, producerId: people.producerId },
    orderBy: { slug: "asc" },
    select: { id: true, priceQ: true },
  });
  if (goods.length === 0) throw new Error("seed: no goods to pick up at a centre");
  const [aygun, nigar, guest] = people.shoppers;
  const plans = [
    { state: "COMPLETED", shopper: aygun, placed: 9 * DAY },
    { state: "READY_FOR_PICKUP", shopper: nigar, placed: 4 * DAY },
    { state: "SHIPPED", shopper: aygun, placed: 3 * DAY },
    { state: "ACCEPTED", shopper: guest, placed: 2 * DAY },
    { state: "PAID", shopper: nigar, placed: 3 * HOUR },
    { state: "PLACED", shopper: guest, placed: 5 * 60_000 },
    { state: "CANCELLED", shopper: guest, placed: 6 * DAY },
  ] as const;

  for (const [i, plan] of plans.entries()) {
    const product = goods[i % goods.length];
    const placedAt = now - plan.placed;
    const at = (offset: number) => new Date(placedAt + offset);
    const placed = await placeCheckout({
      lines: [{ productId: product.id, variantId: null, slotId: null, checkIn: null, nights: null, quantity: 1 + (i % 2), priceQ: product.priceQ }],
      input: {
        idempotencyKey: `seed-centre-pickup-${i}`,
        name: plan.shopper.name,
        email: plan.shopper.email,
        phone: "+994501234567",
        paymentMethod: "CARD",
        fulfilment: { [people.producerId]: `CENTRE:${centreId}` },
        shownFee: {},
      },
      userId: plan.shopper.id,
      locale: "az",
      address: null,
      regionId: null,
      now: at(0),
    });
    if (!placed.ok) throw new Error(`seed: centre pickup ${placed.error}`);
    const order = await db.order.findFirstOrThrow({ where: { groupId: placed.groupId }, select: { id: true, number: true, totalQ: true } });
    const step = async (result: Promise<{ ok: boolean; error?: string }>) => {
      const done = await result;
      if (!done.ok) throw new Error(`seed: centre pickup ${plan.state} ${done.error}`);
    };

    if (plan.state === "PLACED") continue;
    if (plan.state === "CANCELLED") {
      await step(shopperCancelOrder({ orderId: order.id, access: { userId: plan.shopper.id, tokenValid: true }, now: at(10 * 60_000) }));
      continue;
    }
    await pay(placed.groupId, order.totalQ, i, at(HOUR));
    if (plan.state === "PAID") continue;
    const producer = { orderId: order.id, producerId: people.producerId, actorId: people.memberId };
    if (plan.state === "ACCEPTED") {
      await step(producerAcceptPaid({ ...producer, now: at(5 * HOUR) }));
      continue;
    }
    await step(producerMoveOrder({ ...producer, to: "SHIPPED", now: at(DAY) }));
    if (plan.state === "SHIPPED") continue;
    await step(moveParcel(people.staffId, centreId, order.id, { to: "READY_FOR_PICKUP" }, at(2 * DAY)));
    if (plan.state === "READY_FOR_PICKUP") continue;
    await step(moveParcel(people.staffId, centreId, order.id, { to: "COMPLETED", code: order.number }, at(4 * DAY)));
  }
  await settleDemoMail(started);
}

/** The card payment as Stripe reports it: the session the checkout opened, completed and paid. */
async function pay(groupId: string, amountQ: number, i: number, paidAt: Date) {
  const sessionId = `cs_seed_pickup_${i}`;
  await db.checkoutGroup.update({ where: { id: groupId }, data: { stripeSessionId: sessionId, sessionAmountQ: amountQ } });
  const session = {
    id: sessionId,
    object: "checkout.session",
    client_reference_id: groupId,
    currency: "azn",
    amount_total: amountQ,
    payment_status: "paid",
    status: "complete",
    payment_intent: `pi_seed_pickup_${i}`,
  };
  const outcome = await handleStripeEvent({ id: `evt_seed_pickup_${i}`, type: "checkout.session.completed", data: { object: session } }, paidAt);
  if (outcome !== "processed") throw new Error(`seed: payment ${outcome}`);
}

/**
 * The demo's mails stay in the outbox as the app wrote them, marked sent when written: the worker
 * would otherwise send them when the app starts, and over SMTP_URL example.az (not a reserved
 * domain, unlike example.com) is someone's real address.
 */
async function settleDemoMail(since: Date) {
  const mails = await db.mailOutbox.findMany({ where: { sentAt: null, createdAt: { gte: since } }, select: { id: true, createdAt: true } });
  for (const mail of mails) {
    await db.mailOutbox.update({ where: { id: mail.id }, data: { sentAt: mail.createdAt } });
    await db.outboxJob.updateMany({ where: { key: `mail:${mail.id}`, status: "PENDING" }, data: { status: "DONE", doneAt: mail.createdAt } });
  }
}
