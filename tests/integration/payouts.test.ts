import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action as payoutsAction, loader as payoutsLoader } from "~/routes/admin.payouts";
import { loader as csvLoader } from "~/routes/admin.payouts.$batchId[.]csv";
import { db } from "~/utils/db.server";
import { resetEnvCache } from "~/utils/env.server";
import { createProducer, createUser } from "../support/factories";
import { getRequest, loadContext, postRequest, sessionCookieFor, settle, statusOf } from "../support/http";
import { startStripeTestServer, type StripeTestServer } from "../support/stripe-server";

let stripe: StripeTestServer;
beforeAll(async () => {
  stripe = await startStripeTestServer({ webhookSecret: "whsec_x" });
  Object.assign(process.env, { STRIPE_SECRET_KEY: "sk_test_payouts", STRIPE_API_BASE: stripe.url });
  resetEnvCache();
});
afterAll(async () => {
  await stripe.close();
  delete process.env.STRIPE_SECRET_KEY;
  delete process.env.STRIPE_API_BASE;
  resetEnvCache();
});

const post = (form: Record<string, string>, cookie: string) =>
  settle(() => payoutsAction({ request: postRequest("/admin/payouts", form, { cookie }), params: {}, context: loadContext }));

describe("payout batches", () => {
  it("pays every positive balance once: CSV for the bank, Stripe transfer for connected accounts", async () => {
    const bank = await createProducer({ name: "Bank Ailəsi" });
    await db.producer.update({ where: { id: bank.id }, data: { bankHolder: "Rəşad Həsənov", bankIban: "AZ21NABZ00000000137010001944" } });
    const connected = await createProducer({ name: "Stripe Ailəsi" });
    await db.producer.update({ where: { id: connected.id }, data: { stripeAccountId: "acct_123" } });
    const nothing = await createProducer();
    await db.ledgerEntry.createMany({
      data: [
        { producerId: bank.id, kind: "SALE", amountQ: 12345 },
        { producerId: connected.id, kind: "SALE", amountQ: 5000 },
        { producerId: nothing.id, kind: "SALE", amountQ: 100 },
        { producerId: nothing.id, kind: "REFUND", amountQ: -100 },
      ],
    });
    const admin = await createUser({ role: "ADMIN" });
    const cookie = await sessionCookieFor(admin.id);
    expect(statusOf(await post({ intent: "create" }, cookie))).toBe(200);
    const batch = await db.payoutBatch.findFirstOrThrow({ include: { items: true } });
    expect(batch.totalQ).toBe(17345);
    expect(batch.items).toHaveLength(2);
    for (const p of [bank, connected, nothing]) {
      expect((await db.ledgerEntry.aggregate({ where: { producerId: p.id }, _sum: { amountQ: true } }))._sum.amountQ).toBe(0);
    }
    expect(statusOf(await post({ intent: "create" }, cookie))).toBe(409);

    const csv = await (await csvLoader({ request: getRequest(`/admin/payouts/${batch.id}.csv`, { cookie }), params: { batchId: batch.id }, context: loadContext })).text();
    expect(csv.split("\r\n")[0]).toBe("batch,producer,producer_slug,account_holder,iban,amount_azn,currency");
    expect(csv).toContain("AZ21NABZ00000000137010001944,123.45,AZN");

    expect(statusOf(await post({ intent: "markPaid", batchId: batch.id }, cookie))).toBe(200);
    const transfer = stripe.requests.find((r) => r.path === "/v1/transfers")!;
    expect(transfer.body).toMatchObject({ amount: "5000", currency: "azn", destination: "acct_123" });
    expect((await db.payoutBatch.findUniqueOrThrow({ where: { id: batch.id } })).status).toBe("PAID");
    expect(statusOf(await post({ intent: "markPaid", batchId: batch.id }, cookie))).toBe(409);
    expect(await db.auditLog.count({ where: { entityId: batch.id } })).toBe(2);
  });

  it("is for admins only: a mentor gets 403 and nothing changes", async () => {
    const mentor = await createUser({ role: "MENTOR" });
    const cookie = await sessionCookieFor(mentor.id);
    const before = await db.payoutBatch.count();
    expect(statusOf(await settle(() => payoutsLoader({ request: getRequest("/admin/payouts", { cookie }), params: {}, context: loadContext })))).toBe(403);
    expect(statusOf(await post({ intent: "create" }, cookie))).toBe(403);
    expect(await db.payoutBatch.count()).toBe(before);
  });
});
