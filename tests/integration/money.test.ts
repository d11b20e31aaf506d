import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action as bankAction, loader as bankLoader } from "~/routes/dashboard/dashboard.payouts";
import { action as moneyAction, loader as moneyLoader } from "~/routes/admin/admin.money";
import { action as profileAction } from "~/routes/dashboard/dashboard.profile";
import { hashPassword } from "~/models/accounts/passwords.server";
import { mergeGuestCartIntoAccount, loadCartLines } from "~/models/cart/cart.server";
import { producerInsights } from "~/models/insights/producer-insights.server";
import { programmeReport } from "~/models/insights/programme-reports.server";
import { parseReportFilters } from "~/models/insights/report-filters";
import { producerMoveOrder } from "~/models/orders/lifecycle.server";
import { producerOrderSummary } from "~/models/orders/producer-summary.server";
import { bakuMonthStart } from "~/utils/baku-time";
import { salesFigures } from "~/models/insights/sales.server";
import { postJournal, producerBalance } from "~/models/payments/ledger.server";
import { checkMoney } from "~/models/payments/money-check.server";
import { previewPayoutBatch } from "~/models/payments/payouts.server";
import { isAzerbaijaniIban } from "~/models/producers/bank-details-schema";
import { db } from "~/utils/db.server";
import { resetEnvCache } from "~/utils/env.server";
import { checkoutForm, guestCartWith, submitCheckout } from "../support/checkout";
import { createProducerWithMember, createProduct, createUser } from "../support/factories";
import { dataOf, getRequest, loadContext, postRequest, sessionCookieFor, settle, statusOf } from "../support/http";

beforeAll(() => {
  process.env.COMMISSION_BPS = "1000";
  resetEnvCache();
});
afterAll(() => {
  delete process.env.COMMISSION_BPS;
  resetEnvCache();
});

const PASSWORD = "owner-password-1";
const IBAN = "AZ21NABZ00000000137010001944";

async function ownerWithPassword() {
  const { producer, member } = await createProducerWithMember();
  await db.user.update({ where: { id: member.id }, data: { passwordHash: await hashPassword(PASSWORD) } });
  return { producer, member, cookie: await sessionCookieFor(member.id) };
}

const saveBank = (form: Record<string, string>, cookie: string) =>
  settle(() => bankAction({ request: postRequest("/dashboard/payouts", form, { cookie }), params: {}, context: loadContext }));

async function cashOrder(producerId: string, email: string, priceQ = 1000) {
  const product = await createProduct(producerId, { stock: 50, priceQ });
  const cart = await guestCartWith([{ productId: product.id, quantity: 1 }]);
  expect(statusOf(await submitCheckout(checkoutForm({ email }), cart))).toBe(302);
  return db.order.findFirstOrThrow({ where: { producerId, group: { email } } });
}

describe("bank details for payouts", () => {
  it("checks Azerbaijani IBANs with mod-97", () => {
    expect(isAzerbaijaniIban(IBAN)).toBe(true);
    expect(isAzerbaijaniIban("az21 nabz 0000 0000 1370 1000 1944")).toBe(true);
    expect(isAzerbaijaniIban("AZ22NABZ00000000137010001944")).toBe(false);
    expect(isAzerbaijaniIban("AZ21NABZ0000000013701000194")).toBe(false);
    expect(isAzerbaijaniIban("DE89370400440532013000")).toBe(false);
    expect(isAzerbaijaniIban("AZ21NAB100000000137010001944")).toBe(false);
  });

  it("takes a change from an owner with the password, audits it, mails every owner and holds payouts until staff confirm", async () => {
    const { producer, member, cookie } = await ownerWithPassword();
    const bad = await saveBank({ bankHolder: "Rəşad", bankIban: "AZ00NABZ00000000137010001944", password: PASSWORD }, cookie);
    expect(statusOf(bad)).toBe(400);
    expect(dataOf<{ error: Record<string, string[]> }>(bad).error.bankIban).toEqual(["bank.ibanInvalid"]);
    const wrongPassword = await saveBank({ bankHolder: "Rəşad", bankIban: IBAN, password: "nope" }, cookie);
    expect(dataOf<{ error: Record<string, string[]> }>(wrongPassword).error.password).toEqual(["bank.passwordWrong"]);
    const control = await saveBank({ bankHolder: "Rəşad\r\nBcc: x", bankIban: IBAN, password: PASSWORD }, cookie);
    expect(statusOf(control)).toBe(400);
    expect((await db.producer.findUniqueOrThrow({ where: { id: producer.id } })).bankIban).toBe("");

    expect(statusOf(await saveBank({ bankHolder: "Rəşad Həsənov", bankIban: "az21 nabz 0000 0000 1370 1000 1944", password: PASSWORD }, cookie))).toBe(200);
    const saved = await db.producer.findUniqueOrThrow({ where: { id: producer.id } });
    expect(saved.bankIban).toBe(IBAN);
    expect(saved.bankConfirmedAt).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: producer.id, action: "producer.bankDetails" } });
    expect(audit.actorId).toBe(member.id);
    expect(audit.after).not.toContain(IBAN);
    expect(await db.mailOutbox.count({ where: { to: member.email, kind: "bank.mail.changed" } })).toBe(1);

    // Owed money, but the new details are not confirmed: held.
    await postJournal(db, {
      kind: "CARD_SALE",
      key: "bank-test",
      postings: [
        { account: "STRIPE_CLEARING", amountQ: 5000 },
        { account: "PAYABLE", producerId: producer.id, amountQ: -5000 },
      ],
    });
    let preview = await previewPayoutBatch();
    expect(preview.excluded.find((e) => e.producer.id === producer.id)?.reason).toBe("bankUnconfirmed");

    // A staff member who belongs to the business cannot confirm; another can.
    const insider = await createUser({ role: "ADMIN" });
    await db.producerMember.create({ data: { producerId: producer.id, userId: insider.id, role: "MEMBER" } });
    const confirm = (cookieOf: string) =>
      settle(() =>
        moneyAction({
          request: postRequest("/admin/money", { intent: "confirmBank", producerId: producer.id, iban: IBAN }, { cookie: cookieOf }),
          params: {},
          context: loadContext,
        }),
      );
    expect(statusOf(await confirm(await sessionCookieFor(insider.id)))).toBe(403);
    const admin = await createUser({ role: "ADMIN" });
    const adminCookie = await sessionCookieFor(admin.id);
    const page = await moneyLoader({ request: getRequest("/admin/money", { cookie: adminCookie }), params: {}, context: loadContext });
    expect(page.bankQueue.map((p) => p.id)).toContain(producer.id);
    expect(statusOf(await confirm(adminCookie))).toBe(200);
    preview = await previewPayoutBatch();
    expect(preview.included.find((c) => c.producer.id === producer.id)?.amountQ).toBe(5000);
  });

  it("lets only owners change bank details", async () => {
    const { producer } = await ownerWithPassword();
    const helper = await createUser();
    await db.user.update({ where: { id: helper.id }, data: { passwordHash: await hashPassword(PASSWORD) } });
    await db.producerMember.create({ data: { producerId: producer.id, userId: helper.id, role: "MEMBER" } });
    const cookie = await sessionCookieFor(helper.id);
    const page = await bankLoader({ request: getRequest("/dashboard/payouts", { cookie }), params: {}, context: loadContext });
    expect(page.bank.canEdit).toBe(false);
    const result = await saveBank({ bankHolder: "Başqası", bankIban: IBAN, password: PASSWORD }, cookie);
    expect(statusOf(result)).toBe(403);
    expect((await db.producer.findUniqueOrThrow({ where: { id: producer.id } })).bankIban).toBe("");
  });
});

describe("suspended producers", () => {
  it("keep their open orders but nothing else: no new sales, no profile or fee changes, payouts held", async () => {
    const { producer, member, cookie } = await ownerWithPassword();
    const order = await cashOrder(producer.id, "open-order@example.az");
    await db.producer.update({ where: { id: producer.id }, data: { status: "SUSPENDED" } });
    // Open orders can still be fulfilled or cancelled.
    expect(await producerMoveOrder({ orderId: order.id, producerId: producer.id, to: "CONFIRMED", actorId: member.id })).toEqual({ ok: true });
    // No new orders: the product is off sale.
    const product = await db.product.findFirstOrThrow({ where: { producerId: producer.id } });
    expect(product.listed).toBe(false);
    // No profile or fee changes.
    const form = new FormData();
    form.set("intent", "details");
    form.set("deliveryFeeQ", "0");
    const profile = await settle(() =>
      profileAction({
        request: new Request("http://localhost/dashboard/profile", { method: "POST", body: form, headers: { Cookie: cookie } }),
        params: {},
        context: loadContext,
      }),
    );
    expect(statusOf(profile)).toBe(403);
    const bank = await saveBank({ bankHolder: "Rəşad", bankIban: IBAN, password: PASSWORD }, cookie);
    expect(statusOf(bank)).toBe(403);
  });
});

describe("one definition of sales", () => {
  it("gives the same figures to the overview, insights, payouts and programme reports", async () => {
    const { producer, member } = await ownerWithPassword();
    const placed = await cashOrder(producer.id, "s1@example.az", 1000);
    const accepted = await cashOrder(producer.id, "s2@example.az", 2000);
    const completed = await cashOrder(producer.id, "s3@example.az", 4000);
    const cancelled = await cashOrder(producer.id, "s4@example.az", 8000);
    for (const o of [accepted, completed, cancelled]) await producerMoveOrder({ orderId: o.id, producerId: producer.id, to: "CONFIRMED", actorId: member.id });
    await producerMoveOrder({ orderId: completed.id, producerId: producer.id, to: "SHIPPED", actorId: member.id, trackingNote: "AZ-9" });
    await producerMoveOrder({ orderId: completed.id, producerId: producer.id, to: "COMPLETED", actorId: member.id });
    await producerMoveOrder({ orderId: cancelled.id, producerId: producer.id, to: "CANCELLED", actorId: member.id, reason: "Bitdi" });
    void placed;

    const expected = { orders: 2, salesQ: 6000, familiesQ: 6000 - 600 };
    expect(await salesFigures({ producerId: producer.id, from: bakuMonthStart() })).toEqual(expected);
    const overview = await producerOrderSummary(producer.id);
    expect([overview.monthOrders, overview.monthSalesQ]).toEqual([2, 6000]);
    const insights = await producerInsights(producer.id, 7, "en");
    expect([insights.totals.orders, insights.totals.revenueQ]).toEqual([2, 6000]);
    // The ledger agrees: cash sales leave the producer owing exactly the commission on them.
    expect(await producerBalance(producer.id)).toEqual({ payableQ: 0, receivableQ: 600, netQ: -600 });
    const everyone = await salesFigures({ from: bakuMonthStart() });
    const report = await programmeReport(parseReportFilters(new URLSearchParams()), "en");
    const thisMonth = report.monthly.rows.at(-1) as { salesQ: number; orders: number; familiesQ: number };
    expect([thisMonth.orders, thisMonth.salesQ, thisMonth.familiesQ]).toEqual([everyone.orders, everyone.salesQ, everyone.familiesQ]);
  });
});

describe("cart merge on login", () => {
  it("keeps each line within the per-line limit and the stock", async () => {
    const { producer } = await createProducerWithMember();
    const product = await createProduct(producer.id, { stock: 7 });
    const user = await createUser();
    const userCookie = await sessionCookieFor(user.id);
    await guestCartWith([{ productId: product.id, quantity: 5 }], userCookie);
    const guest = await guestCartWith([{ productId: product.id, quantity: 6 }]);
    await mergeGuestCartIntoAccount(getRequest("/", { cookie: guest }), user.id);
    const lines = await loadCartLines(getRequest("/"), user.id);
    expect(lines.map((l) => l.quantity)).toEqual([7]);
  });
});

describe("the money checks", () => {
  it("catch what the old ledger did: a cash sale credited as money owed to the producer", async () => {
    const { producer, member } = await ownerWithPassword();
    const order = await cashOrder(producer.id, "old-ledger@example.az", 3000);
    await producerMoveOrder({ orderId: order.id, producerId: producer.id, to: "CONFIRMED", actorId: member.id });
    const counts = async () => Object.fromEntries((await checkMoney()).map((c) => [c.key, c.problems.length]));
    const before = await counts();
    await postJournal(db, {
      kind: "CARD_SALE",
      key: `old-sale:${order.id}`,
      orderId: order.id,
      postings: [
        { account: "STRIPE_CLEARING", amountQ: 3000 },
        { account: "PAYABLE", producerId: producer.id, amountQ: -3000 },
      ],
    });
    const journal = await db.ledgerJournal.findUniqueOrThrow({ where: { key: `old-sale:${order.id}` } });
    await db.ledgerPosting.create({ data: { journalId: journal.id, account: "COMMISSION_INCOME", amountQ: -1 } });
    const after = await counts();
    expect(after.balanced).toBe(before.balanced + 1);
    expect(after.producerBalances).toBe(before.producerBalances + 1);
    expect(after.cardMoney).toBeGreaterThan(0);
    await expect(
      postJournal(db, { kind: "PAYOUT", key: "unbalanced", postings: [{ account: "PAYABLE", producerId: producer.id, amountQ: 5 }] }),
    ).rejects.toThrow("sum to 5");
    await db.ledgerPosting.deleteMany({ where: { journalId: journal.id } });
    await db.ledgerJournal.delete({ where: { id: journal.id } });
  });
});
