import { describe, expect, it } from "vitest";
import { action as orderAction, loader as orderLoader } from "~/routes/orders.$id";
import { addDays } from "~/models/bookings/stay-dates";
import { bakuToday } from "~/utils/baku-time";
import { producerMoveOrder } from "~/models/orders/lifecycle.server";
import { runOutbox } from "~/models/outbox-worker.server";
import { db } from "~/utils/db.server";
import { signLink } from "~/utils/signed-links.server";
import { checkoutForm, guestCartWith, submitCheckout } from "../support/checkout";
import { createProducerWithMember, createProduct, createStay } from "../support/factories";
import { getRequest, loadContext, postRequest, settle, statusOf } from "../support/http";
import { expectMoneyInvariants, paySession, useStripeTestServer } from "../support/stripe-env";

const stripeServer = useStripeTestServer();

const pay = (sessionId: string) => paySession(stripeServer(), sessionId);

/** The guest's cancel button on the order page opened from the signed link. */
function cancelAsGuest(orderId: string, token = signLink("order", orderId)) {
  return settle(() =>
    orderAction({ request: postRequest(`/orders/${orderId}?token=${token}`, { intent: "cancelBooking" }), params: { id: orderId }, context: loadContext }),
  );
}

describe("cancelling a booking within the host's policy", () => {
  it("card stay, moderate policy, three weeks ahead: cancelled, nights free again, the whole payment refunded through the outbox, the host told", async () => {
    const { producer, member } = await createProducerWithMember();
    await db.producer.update({ where: { id: producer.id }, data: { phone: "+994 50 555 12 34" } });
    const room = await createStay(producer.id, { priceQ: 7000, cancellationPolicy: "MODERATE" });
    const checkIn = addDays(bakuToday(), 21);
    const cookie = await guestCartWith([{ productId: room.id, quantity: 2, checkIn, checkOut: addDays(checkIn, 2) }]);
    expect(statusOf(await submitCheckout(checkoutForm({ email: "cardstay@example.az", paymentMethod: "CARD" }), cookie))).toBe(302);
    const group = await db.checkoutGroup.findFirstOrThrow({ where: { email: "cardstay@example.az" }, include: { orders: true } });
    const order = group.orders[0];
    // Before payment the host's phone stays with the host.
    const before = await orderLoader({
      request: getRequest(`/orders/${order.id}?token=${signLink("order", order.id)}`),
      params: { id: order.id },
      context: loadContext,
    });
    expect(before.order.booking).toMatchObject({ hostPhone: null, policy: "MODERATE" });
    await pay(group.stripeSessionId!);
    const paid = await orderLoader({
      request: getRequest(`/orders/${order.id}?token=${signLink("order", order.id)}`),
      params: { id: order.id },
      context: loadContext,
    });
    expect(paid.order.status).toBe("CONFIRMED");
    expect(paid.order.booking).toMatchObject({ hostPhone: "+994 50 555 12 34", canCancel: true, place: "Lahıc kəndi, Hüseyn Cavid küçəsi 12" });

    expect(statusOf(await cancelAsGuest(order.id))).toBe(200);
    const cancelled = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(cancelled.status).toBe("CANCELLED");
    expect(await db.stayNight.count({ where: { productId: room.id } })).toBe(0);
    const refundJob = await db.outboxJob.findUniqueOrThrow({ where: { key: `refund:order:${order.id}` } });
    expect(JSON.parse(refundJob.payload)).toMatchObject({ amountQ: 14000, paymentIntentId: `pi_${group.stripeSessionId}` });
    const host = await db.user.findUniqueOrThrow({ where: { id: member.id } });
    const hostMail = await db.mailOutbox.findFirstOrThrow({ where: { to: host.email, kind: "booking.mail.hostCancelled" } });
    expect(hostMail.html).toContain("<table");
    expect(hostMail.text).toContain("/dashboard/bookings");
    expect(await db.mailOutbox.count({ where: { to: host.email, kind: "booking.mail.hostCancelled" } })).toBe(1);

    await runOutbox();
    const refunds = stripeServer().requests.filter((r) => r.path === "/v1/refunds" && r.body.payment_intent === `pi_${group.stripeSessionId}`);
    expect(refunds.map((r) => r.body.amount)).toEqual(["14000"]);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).refundedQ).toBe(14000);
    // Cancelling twice changes nothing more.
    expect(statusOf(await cancelAsGuest(order.id))).toBe(409);
    await expectMoneyInvariants();
  });

  it("strict policy ten days ahead: refused, nothing changes; flexible: a confirmed cash booking is released and its sale reversed, no refund", async () => {
    const { producer } = await createProducerWithMember();
    const strict = await createProduct(producer.id, { kind: "EXPERIENCE", unit: "person", stock: 0, priceQ: 3000 });
    const flexible = await createProduct(producer.id, { kind: "EXPERIENCE", unit: "person", stock: 0, priceQ: 3000 });
    await db.product.update({ where: { id: strict.id }, data: { cancellationPolicy: "STRICT", meetingPoint: "Şəki, Xan sarayı" } });
    await db.product.update({ where: { id: flexible.id }, data: { cancellationPolicy: "FLEXIBLE", meetingPoint: "Şəki, Xan sarayı" } });
    const startsAt = new Date(Date.now() + 10 * 86400000);
    const strictSlot = await db.slot.create({ data: { productId: strict.id, startsAt, capacity: 6 } });
    const flexibleSlot = await db.slot.create({ data: { productId: flexible.id, startsAt, capacity: 6 } });
    const cookie = await guestCartWith([
      { productId: strict.id, slotId: strictSlot.id, quantity: 2 },
      { productId: flexible.id, slotId: flexibleSlot.id, quantity: 3 },
    ]);
    expect(statusOf(await submitCheckout(checkoutForm({ email: "cashtour@example.az" }), cookie))).toBe(302);
    const orders = await db.order.findMany({ where: { group: { email: "cashtour@example.az" } }, include: { lines: true } });
    expect(orders).toHaveLength(2);
    const strictOrder = orders.find((o) => o.lines[0].productId === strict.id)!;
    const flexibleOrder = orders.find((o) => o.lines[0].productId === flexible.id)!;
    for (const o of orders) {
      expect(await producerMoveOrder({ orderId: o.id, producerId: producer.id, to: "CONFIRMED", actorId: "host" })).toEqual({ ok: true });
    }

    const refused = await cancelAsGuest(strictOrder.id);
    expect(statusOf(refused)).toBe(409);
    expect((refused as { data: { bookingError: string } }).data.bookingError).toBe("booking.error.tooLate");
    expect((await db.order.findUniqueOrThrow({ where: { id: strictOrder.id } })).status).toBe("CONFIRMED");
    expect((await db.slot.findUniqueOrThrow({ where: { id: strictSlot.id } })).seatsTaken).toBe(2);

    // Someone else's link is not found, and changes nothing.
    expect(statusOf(await cancelAsGuest(flexibleOrder.id, signLink("order", strictOrder.id)))).toBe(404);
    expect(statusOf(await cancelAsGuest(flexibleOrder.id))).toBe(200);
    expect((await db.order.findUniqueOrThrow({ where: { id: flexibleOrder.id } })).status).toBe("CANCELLED");
    expect((await db.slot.findUniqueOrThrow({ where: { id: flexibleSlot.id } })).seatsTaken).toBe(0);
    expect(await db.outboxJob.count({ where: { kind: "REFUND", key: { contains: flexibleOrder.id } } })).toBe(0);
    expect(await db.ledgerJournal.count({ where: { orderId: flexibleOrder.id, kind: "SALE_REVERSAL" } })).toBe(1);
    await expectMoneyInvariants();
  });

  it("reminds the shopper the day before with the meeting point, the host's phone and the order link, and not for a cancelled booking", async () => {
    const { producer } = await createProducerWithMember();
    await db.producer.update({ where: { id: producer.id }, data: { phone: "+994 55 111 22 33" } });
    const tour = await createProduct(producer.id, { kind: "EXPERIENCE", unit: "person", stock: 0, priceQ: 2000, titleAz: "Piti dərsi" });
    await db.product.update({ where: { id: tour.id }, data: { meetingPoint: "Şəki, Yuxarı Baş", cancellationPolicy: "FLEXIBLE" } });
    const startsAt = new Date(Date.now() + 3 * 86400000);
    const slot = await db.slot.create({ data: { productId: tour.id, startsAt, capacity: 6 } });
    const keep = await guestCartWith([{ productId: tour.id, slotId: slot.id, quantity: 2 }]);
    const drop = await guestCartWith([{ productId: tour.id, slotId: slot.id, quantity: 1 }]);
    await submitCheckout(checkoutForm({ email: "remind@example.az" }), keep);
    await submitCheckout(checkoutForm({ email: "dropped@example.az" }), drop);
    const kept = await db.order.findFirstOrThrow({ where: { group: { email: "remind@example.az" } } });
    const dropped = await db.order.findFirstOrThrow({ where: { group: { email: "dropped@example.az" } } });
    expect(statusOf(await cancelAsGuest(dropped.id))).toBe(200);

    await runOutbox({ now: new Date(startsAt.getTime() - 25 * 3600000) });
    expect(await db.mailOutbox.count({ where: { kind: "booking.mail.reminder" } })).toBe(0);
    await runOutbox({ now: new Date(startsAt.getTime() - 23 * 3600000) });
    const reminders = await db.mailOutbox.findMany({ where: { kind: "booking.mail.reminder" } });
    expect(reminders.map((m) => m.to)).toEqual(["remind@example.az"]);
    expect(reminders[0].subject).toContain("Piti dərsi");
    expect(reminders[0].text).toContain("Şəki, Yuxarı Baş");
    expect(reminders[0].text).toContain("+994 55 111 22 33");
    expect(reminders[0].text).toContain(`/checkout/${kept.groupId}?token=`);
    expect(reminders[0].text).toContain("2 nəfər");
    // The common layout, like the order mails: the booking as a facts table and one link, in HTML too.
    expect(reminders[0].text).toContain("https://www.openstreetmap.org/");
    expect(reminders[0].html).toContain('<html lang="az">');
    expect(reminders[0].html).toMatch(/<caption[^>]*>[^<]*Piti|<table role="presentation"/);
    expect(reminders[0].html).toContain("Şəki, Yuxarı Baş");
    expect(reminders[0].html).toContain(`/checkout/${kept.groupId}?token=`);
  });
});
