import { describe, expect, it } from "vitest";
import { sendDailyStockDigests } from "~/models/listings/stock-alerts.server";
import { bakuDay } from "~/utils/baku-time";
import { monthsToMask } from "~/models/catalog/season";
import { loader as overviewLoader } from "~/routes/dashboard/dashboard._index";
import { action as listingAction } from "~/routes/dashboard/dashboard.products.$id";
import { db } from "~/utils/db.server";
import { listingForm, twoProducers } from "../support/dashboard-factories";
import { createProduct, createUser } from "../support/factories";
import { getRequest, loadContext, postRequest, settle, statusOf } from "../support/http";

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: loadContext });
/** 10:00 in Baku on a December day: after the digest hour. */
const morning = (day = 2) => new Date(Date.UTC(2026, 11, day, 6, 0));
const digestsTo = (email: string) => db.mailOutbox.findMany({ where: { to: email, kind: "dashboard.stock.mail" }, orderBy: { createdAt: "asc" } });

async function waitingShoppers(productId: string, kind: "STOCK" | "SEASON", count: number) {
  for (let i = 0; i < count; i++) await db.stockAlert.create({ data: { userId: (await createUser()).id, productId, kind } });
}

describe("low-stock threshold in the product form", () => {
  it("is saved with the listing, refuses nonsense with a field error and changes nothing then", async () => {
    const { a } = await twoProducers();
    const save = (threshold: string) =>
      settle(async () =>
        listingAction(
          args(postRequest(`/dashboard/products/${a.product.id}`, await listingForm({ intent: "save", lowStockThreshold: threshold }), { cookie: a.cookie }), {
            id: a.product.id,
          }),
        ),
      );
    expect(statusOf(await save("7"))).toBe(200);
    expect((await db.product.findUniqueOrThrow({ where: { id: a.product.id } })).lowStockThreshold).toBe(7);
    expect(statusOf(await save("-2"))).toBe(400);
    expect(statusOf(await save("lots"))).toBe(400);
    expect((await db.product.findUniqueOrThrow({ where: { id: a.product.id } })).lowStockThreshold).toBe(7);
  });
});

describe("the dashboard's stock list", () => {
  it("lists what is at or under its threshold or sold out, with the shoppers waiting, for the producer only", async () => {
    const { a, b } = await twoProducers();
    const low = await createProduct(a.producer.id, { stock: 2, titleAz: "Az qalan halva" });
    const soldOut = await createProduct(a.producer.id, { stock: 0, titleAz: "Bitmiş mürəbbə" });
    const fine = await createProduct(a.producer.id, { stock: 8, titleAz: "Çox olan fındıq" });
    await db.product.update({ where: { id: fine.id }, data: { lowStockThreshold: 10 } });
    await createProduct(b.producer.id, { stock: 0, titleAz: "Başqasının məhsulu" });
    await waitingShoppers(soldOut.id, "STOCK", 2);
    const overview = await overviewLoader(args(getRequest("/dashboard", { cookie: a.cookie })));
    if (!overview.active) throw new Error("producer should be active");
    const rows = overview.stock.items.map((i) => [i.title, i.stock, i.waiting]);
    expect(rows).toEqual([
      ["Bitmiş mürəbbə", 0, 2],
      ["Az qalan halva", 2, 0],
      ["Çox olan fındıq", 8, 0],
    ]);
    expect(low.id).toBeTruthy();
  });
});

describe("the daily stock and season mail", () => {
  it("goes once a day per producer, names what fell low or ran out and who waits, and not again for the same items", async () => {
    const { a, b } = await twoProducers();
    const halva = await createProduct(a.producer.id, { stock: 1, titleAz: "Şəki halvası", titleEn: "Shaki halva" });
    await waitingShoppers(halva.id, "STOCK", 3);
    await db.user.update({ where: { id: a.member.id }, data: { locale: "en" } });
    // Before 09:00 in Baku nothing goes.
    expect(await sendDailyStockDigests(new Date(Date.UTC(2026, 11, 2, 4, 0)))).toBe(0);
    // Two processes at once: one digest.
    const [first, second] = await Promise.all([sendDailyStockDigests(morning()), sendDailyStockDigests(morning())]);
    expect(first + second).toBeGreaterThanOrEqual(1);
    let mails = await digestsTo(a.member.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].locale).toBe("en");
    expect(mails[0].text).toContain("Shaki halva");
    expect(mails[0].text).toContain("3 shoppers");
    expect(await db.stockDigest.count({ where: { producerId: a.producer.id, day: bakuDay(morning()) } })).toBe(1);
    expect(await digestsTo(b.member.email)).toHaveLength(0);

    // Later that day something else runs out: it waits for tomorrow.
    const jam = await createProduct(a.producer.id, { stock: 0, titleAz: "Gilas mürəbbəsi", titleEn: "Cherry jam" });
    expect(await sendDailyStockDigests(new Date(morning().getTime() + 3 * 3_600_000))).toBe(0);
    expect(await digestsTo(a.member.email)).toHaveLength(1);
    expect(await sendDailyStockDigests(morning(3))).toBe(1);
    mails = await digestsTo(a.member.email);
    expect(mails).toHaveLength(2);
    expect(mails[1].text).toContain("Cherry jam");
    expect(mails[1].text).not.toContain("Shaki halva");
    // Nothing new the day after: no mail. Restocked and low again: mailed again.
    expect(await sendDailyStockDigests(morning(4))).toBe(0);
    await db.product.update({ where: { id: halva.id }, data: { stock: 20 } });
    expect(await sendDailyStockDigests(morning(5))).toBe(0);
    await db.product.update({ where: { id: halva.id }, data: { stock: 2 } });
    expect(await sendDailyStockDigests(morning(6))).toBe(1);
    expect((await digestsTo(a.member.email)).at(-1)?.text).toContain("Shaki halva");
    expect(jam.id).toBeTruthy();
  });

  it("tells the producer when a season starts with shoppers waiting on 'notify me', with how many", async () => {
    const { a } = await twoProducers();
    const winter = await createProduct(a.producer.id, {
      stock: 50,
      titleAz: "Nar şirəsi",
      titleEn: "Pomegranate juice",
      seasonMonths: monthsToMask([12, 1, 2]),
    });
    const allYear = await createProduct(a.producer.id, { stock: 50, titleAz: "Bal", titleEn: "Honey" });
    await waitingShoppers(winter.id, "SEASON", 4);
    await waitingShoppers(allYear.id, "SEASON", 1);
    await db.user.update({ where: { id: a.member.id }, data: { locale: "en" } });
    expect(await sendDailyStockDigests(morning())).toBe(1);
    const [mail] = await digestsTo(a.member.email);
    expect(mail.text).toContain("Pomegranate juice");
    expect(mail.text).toContain("4 shoppers");
    expect(mail.text).not.toContain("Honey");
    // Once per season, not every day of December.
    expect(await sendDailyStockDigests(morning(3))).toBe(0);
  });
});
