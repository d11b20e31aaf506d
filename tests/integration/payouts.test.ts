import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action as payoutsAction, loader as payoutsLoader } from "~/routes/admin/admin.payouts";
import { action as moneyAction, loader as moneyLoader } from "~/routes/admin/admin.money";
import { loader as csvLoader } from "~/routes/admin/admin.payouts.$batchId[.]csv";
import { runOutbox } from "~/models/outbox-worker.server";
import { postJournal, producerBalance } from "~/models/payments/ledger.server";
import { db } from "~/utils/db.server";
import { resetEnvCache } from "~/utils/env.server";
import { createProducer, createUser } from "../support/factories";
import { dataOf, getRequest, loadContext, postRequest, sessionCookieFor, settle, statusOf } from "../support/http";
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

let n = 0;
/** What card and cash sales leave in a producer's accounts, posted as the app posts them. */
async function owe(producerId: string, payableQ: number, receivableQ = 0) {
  n++;
  await postJournal(db, {
    kind: "CARD_SALE",
    key: `test-card-${n}`,
    postings: [
      { account: "STRIPE_CLEARING", amountQ: payableQ },
      { account: "PAYABLE", producerId, amountQ: -payableQ },
    ],
  });
  await postJournal(db, {
    kind: "CASH_SALE",
    key: `test-cash-${n}`,
    postings: [
      { account: "COMMISSION_RECEIVABLE", producerId, amountQ: receivableQ },
      { account: "COMMISSION_INCOME", amountQ: -receivableQ },
    ],
  });
}

const BANK = { bankHolder: "Rəşad Həsənov", bankIban: "AZ21NABZ00000000137010001944", bankConfirmedAt: new Date() };

describe("payout batches", () => {
  it("shows who is paid and who is left out and why, and creates the batch only as confirmed", async () => {
    const bank = await createProducer({ name: "Bank Ailəsi" });
    await db.producer.update({ where: { id: bank.id }, data: BANK });
    await owe(bank.id, 12345, 345);
    const connected = await createProducer({ name: "Stripe Ailəsi" });
    await db.producer.update({ where: { id: connected.id }, data: { stripeAccountId: "acct_123" } });
    await owe(connected.id, 5000);
    const cashOnly = await createProducer({ name: "Nağd Ailəsi" });
    await db.producer.update({ where: { id: cashOnly.id }, data: BANK });
    await owe(cashOnly.id, 0, 700);
    const noBank = await createProducer({ name: "Rekvizitsiz" });
    await owe(noBank.id, 900);
    const unconfirmed = await createProducer({ name: "Təsdiqsiz" });
    await db.producer.update({ where: { id: unconfirmed.id }, data: { ...BANK, bankConfirmedAt: null } });
    await owe(unconfirmed.id, 800);
    const suspended = await createProducer({ name: "Dayandırılmış" });
    await db.producer.update({ where: { id: suspended.id }, data: { ...BANK, status: "SUSPENDED" } });
    await owe(suspended.id, 600);

    const admin = await createUser({ role: "ADMIN" });
    const cookie = await sessionCookieFor(admin.id);
    const page = await payoutsLoader({ request: getRequest("/admin/payouts", { cookie }), params: {}, context: loadContext });
    const included = page.preview.included.map((c) => [c.producer.name, c.payableQ, c.receivableQ, c.amountQ, c.method]);
    expect(included).toEqual([
      ["Bank Ailəsi", 12345, 345, 12000, "BANK"],
      ["Stripe Ailəsi", 5000, 0, 5000, "STRIPE"],
    ]);
    const excluded = Object.fromEntries(page.preview.excluded.map((e) => [e.producer.name, e.reason]));
    expect(excluded).toMatchObject({ "Nağd Ailəsi": "nothingOwed", Rekvizitsiz: "noBankDetails", Təsdiqsiz: "bankUnconfirmed", Dayandırılmış: "suspended" });
    expect(page.preview.totalQ).toBe(17000);

    // Not what the admin was shown: nothing is created.
    expect(statusOf(await post({ intent: "create", totalQ: "16999", producers: "2" }, cookie))).toBe(409);
    expect(await db.payoutBatch.count()).toBe(0);
    expect(statusOf(await post({ intent: "create", totalQ: "17000", producers: "2" }, cookie))).toBe(200);
    const batch = await db.payoutBatch.findFirstOrThrow({ include: { items: { orderBy: { amountQ: "desc" } } } });
    expect(batch.totalQ).toBe(17000);
    expect(batch.method).toBe("MIXED");
    expect(batch.items.map((i) => [i.amountQ, i.method])).toEqual([
      [12000, "BANK"],
      [5000, "STRIPE"],
    ]);
    for (const p of [bank, connected]) expect(await producerBalance(p.id)).toEqual({ payableQ: 0, receivableQ: 0, netQ: 0 });
    expect(await producerBalance(cashOnly.id)).toEqual({ payableQ: 0, receivableQ: 700, netQ: -700 });
    // The same balances are never paid twice.
    expect(statusOf(await post({ intent: "create", totalQ: "17000", producers: "2" }, cookie))).toBe(409);

    const csv = await (
      await csvLoader({ request: getRequest(`/admin/payouts/${batch.id}.csv`, { cookie }), params: { batchId: batch.id }, context: loadContext })
    ).text();
    expect(csv.split("\r\n")[0]).toBe("batch,producer,producer_slug,account_holder,iban,amount_azn,currency,reference");
    expect(csv).toContain("AZ21NABZ00000000137010001944,120.00,AZN");
    expect(csv).not.toContain("Stripe Ailəsi");

    // The Stripe item goes out through the outbox; the bank items when the admin says the bank paid.
    await runOutbox();
    const transfer = stripe.requests.find((r) => r.path === "/v1/transfers")!;
    expect(transfer.body).toMatchObject({ amount: "5000", currency: "azn", destination: "acct_123" });
    expect(transfer.idempotencyKey).toBe(`transfer:${batch.items[1].id}`);
    expect((await db.payoutBatch.findUniqueOrThrow({ where: { id: batch.id } })).status).toBe("OPEN");
    expect(statusOf(await post({ intent: "markPaid", batchId: batch.id }, cookie))).toBe(200);
    expect((await db.payoutBatch.findUniqueOrThrow({ where: { id: batch.id } })).status).toBe("PAID");
    expect(statusOf(await post({ intent: "markPaid", batchId: batch.id }, cookie))).toBe(409);
    expect(await db.auditLog.count({ where: { entityId: batch.id } })).toBe(2);
  });

  it("is for admins only: a mentor gets 403 and nothing changes", async () => {
    const mentor = await createUser({ role: "MENTOR" });
    const cookie = await sessionCookieFor(mentor.id);
    const before = await db.payoutBatch.count();
    expect(statusOf(await settle(() => payoutsLoader({ request: getRequest("/admin/payouts", { cookie }), params: {}, context: loadContext })))).toBe(403);
    expect(statusOf(await post({ intent: "create", totalQ: "0", producers: "0" }, cookie))).toBe(403);
    expect(statusOf(await settle(() => moneyLoader({ request: getRequest("/admin/money", { cookie }), params: {}, context: loadContext })))).toBe(403);
    expect(await db.payoutBatch.count()).toBe(before);
  });

  it("lets an admin see failed jobs with their reason and retry them", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const cookie = await sessionCookieFor(admin.id);
    const job = await db.outboxJob.create({ data: { kind: "TRANSFER", key: "transfer:gone", payload: JSON.stringify({ itemId: "gone" }) } });
    await runOutbox();
    const failed = await db.outboxJob.findUniqueOrThrow({ where: { id: job.id } });
    expect(failed.status).toBe("FAILED");
    expect(failed.lastError).toContain("payout item is gone");
    const page = await moneyLoader({ request: getRequest("/admin/money", { cookie }), params: {}, context: loadContext });
    expect(page.jobs.map((j) => [j.key, j.status])).toContainEqual(["transfer:gone", "FAILED"]);
    const retried = await settle(() =>
      moneyAction({ request: postRequest("/admin/money", { intent: "retry", jobId: job.id }, { cookie }), params: {}, context: loadContext }),
    );
    expect(statusOf(retried)).toBe(200);
    expect((await db.outboxJob.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("PENDING");
    const bad = await settle(() => moneyAction({ request: postRequest("/admin/money", { intent: "retry" }, { cookie }), params: {}, context: loadContext }));
    expect(statusOf(bad)).toBe(400);
    expect(dataOf<{ message: string }>(bad).message).toBe("form.invalid");
  });
});
