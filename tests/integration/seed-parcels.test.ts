import { expect, it } from "vitest";
import { listCentreParcels } from "~/models/centres/parcels.server";
import { ORDER_STATUSES } from "~/models/orders/order-status";
import { db } from "~/utils/db.server";
import { seedCentreParcels } from "../../prisma/seed/parcels";
import { createProducerWithMember, createProduct, createUser } from "../support/factories";
import { expectMoneyInvariants } from "../support/stripe-env";

it("the demo data has a pickup at the centre in every state, written as the app writes it, its mails marked sent", async () => {
  const centre = await db.centre.create({
    data: {
      nameAz: "Köhnə şəhər",
      nameEn: "Old City",
      nameRu: "Старый город",
      address: "Kiçik Qala küç. 5",
      district: "Səbail",
      hoursAz: "10:00–20:00",
      phone: "+994 12 505 00 10",
      pickupFeeQ: 200,
      pickupDays: 3,
    },
  });
  const { producer, member } = await createProducerWithMember();
  await db.producerCentre.create({ data: { producerId: producer.id, centreId: centre.id } });
  const goods = [await createProduct(producer.id, { stock: 20, priceQ: 1200 }), await createProduct(producer.id, { stock: 20, priceQ: 800 })];
  const staff = await createUser({ role: "CENTRE_STAFF" });
  await db.user.update({ where: { id: staff.id }, data: { centreId: centre.id } });
  const [a, b] = [await createUser(), await createUser()];

  await seedCentreParcels(centre.id, {
    producerId: producer.id,
    memberId: member.id,
    staffId: staff.id,
    productIds: goods.map((g) => g.id),
    shoppers: [
      { id: a.id, name: a.name, email: a.email },
      { id: b.id, name: b.name, email: b.email },
      { id: null, name: "Orxan Səfərov", email: "orxan@example.az" },
    ],
  });

  const orders = await db.order.findMany({
    where: { centreId: centre.id, fulfilment: "CENTRE" },
    select: { status: true, acceptedAt: true, group: { select: { paymentStatus: true } } },
  });
  expect(new Set(orders.map((o) => o.status))).toEqual(new Set(ORDER_STATUSES));
  // Paid and new for the family, and paid and taken on: both wait for the parcel.
  expect(orders.filter((o) => o.status === "CONFIRMED").map((o) => o.acceptedAt !== null)).toEqual(expect.arrayContaining([true, false]));
  expect(orders.find((o) => o.status === "PLACED")?.group.paymentStatus).toBe("PENDING");
  const parcels = await listCentreParcels(centre.id);
  expect(parcels.incoming.map((p) => p.status).sort()).toEqual(["CONFIRMED", "CONFIRMED", "SHIPPED"]);
  expect([parcels.waiting.length, parcels.handed.length]).toEqual([1, 1]);

  const mails = await db.mailOutbox.findMany({ select: { kind: true, sentAt: true } });
  expect(mails.map((m) => m.kind)).toEqual(
    expect.arrayContaining(["checkout.mail.paid", "centre.mail.ready", "centre.mail.received", "centre.mail.handed", "after.mail.shopperCancelled"]),
  );
  expect(mails.filter((m) => m.sentAt === null)).toEqual([]);
  expect(await db.outboxJob.count({ where: { status: { not: "DONE" } } })).toBe(0);
  await expectMoneyInvariants();
});
