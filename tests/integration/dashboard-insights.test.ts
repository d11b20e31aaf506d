import { describe, expect, it } from "vitest";
import { loader as insightsLoader } from "~/routes/dashboard/dashboard.insights";
import { loader as insightsCsv } from "~/routes/dashboard/dashboard.insights[.]csv";
import { parseCsv } from "~/utils/csv";
import { periodStart } from "~/models/insights/producer-insights.server";
import { createProduct } from "../support/factories";
import { dataOf, getRequest } from "../support/http";
import { createSale, demandEvents, routeArgs, twoProducers } from "../support/dashboard-factories";

type Insights = {
  days: number;
  totals: { views: number; favorites: number; notifies: number; cartAdds: number; orders: number; revenueQ: number; conversion: number };
  perProduct: {
    productId: string;
    views: number;
    favorites: number;
    notifies: number;
    cartAdds: number;
    orders: number;
    revenueQ: number;
    conversion: number;
  }[];
  daily: { day: string; views: number; revenueQ: number }[];
  searches: { query: string; count: number }[];
};

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

describe("producer insights", () => {
  it("match the seeded events and orders, per product, overall and per day, for the chosen period", async () => {
    const { a, b } = await twoProducers();
    const honey = a.product;
    // A title a spreadsheet would run as a formula.
    const jam = await createProduct(a.producer.id, { titleAz: "=1+1 Mürəbbə" });
    const ids = { productId: honey.id, producerId: a.producer.id };
    await demandEvents("VIEW", 10, ids);
    await demandEvents("VIEW", 3, { ...ids, query: "şəki balı" });
    await demandEvents("VIEW", 2, { ...ids, query: "bal" });
    await demandEvents("VIEW", 5, { ...ids, createdAt: daysAgo(20) });
    await demandEvents("FAVORITE", 4, ids);
    await demandEvents("NOTIFY", 2, ids);
    await demandEvents("CART_ADD", 6, ids);
    await demandEvents("VIEW", 5, { productId: jam.id, producerId: a.producer.id, query: "mürəbbə" });
    await demandEvents("SEARCH", 9, ids);
    // Another producer's demand never shows.
    await demandEvents("VIEW", 50, { productId: b.product.id, producerId: b.producer.id, query: "bal" });
    await createSale(a.producer.id, { productId: honey.id, quantity: 2, unitPriceQ: 1500 });
    await createSale(a.producer.id, { productId: honey.id, quantity: 1, unitPriceQ: 1500 });
    await createSale(a.producer.id, { productId: honey.id, quantity: 1, unitPriceQ: 1500 }, { status: "CANCELLED" });
    await createSale(a.producer.id, { productId: jam.id, quantity: 1, unitPriceQ: 700 }, { placedAt: daysAgo(20) });
    await createSale(b.producer.id, { productId: b.product.id, quantity: 9, unitPriceQ: 9999 });

    const week = dataOf<Insights>(await insightsLoader(routeArgs(getRequest("/dashboard/insights?days=7", { cookie: a.cookie }))));
    expect(week.days).toBe(7);
    expect(week.totals).toEqual({ views: 20, favorites: 4, notifies: 2, cartAdds: 6, orders: 2, revenueQ: 4500, conversion: 2 / 20 });
    const honeyWeek = week.perProduct.find((p) => p.productId === honey.id)!;
    expect(honeyWeek).toMatchObject({ views: 15, favorites: 4, notifies: 2, cartAdds: 6, orders: 2, revenueQ: 4500, conversion: 2 / 15 });
    expect(week.perProduct.find((p) => p.productId === jam.id)).toMatchObject({ views: 5, orders: 0, revenueQ: 0 });
    expect(week.perProduct.some((p) => p.productId === b.product.id)).toBe(false);
    expect(week.searches).toEqual([
      { query: "mürəbbə", count: 5 },
      { query: "şəki balı", count: 3 },
      { query: "bal", count: 2 },
    ]);
    expect(week.daily).toHaveLength(7);
    expect(week.daily.at(-1)).toMatchObject({ views: 20, revenueQ: 4500 });
    expect(week.daily.reduce((s, d) => s + d.views, 0)).toBe(20);

    const month = dataOf<Insights>(await insightsLoader(routeArgs(getRequest("/dashboard/insights?days=30", { cookie: a.cookie }))));
    expect(month.totals).toMatchObject({ views: 25, orders: 3, revenueQ: 5200 });
    expect(month.daily).toHaveLength(30);
    expect(month.daily.reduce((s, d) => s + d.revenueQ, 0)).toBe(5200);

    const csvText = await (await insightsCsv(routeArgs(getRequest("/dashboard/insights.csv?days=7", { cookie: a.cookie })))).text();
    // Product titles are the producer's text: a formula in one is written as text for spreadsheets.
    expect(csvText).toContain("'=1+1 Mürəbbə");
    expect(csvText).not.toMatch(/(^|,|\n)"?[=+\-@\t]/);
    const csv = parseCsv(csvText);
    // Headed in the page's language (Azerbaijani by default), numbers stay machine-readable.
    expect(csv[0]).toEqual([
      "Məhsulun ID-si",
      "Məhsul",
      "Baxışlar",
      "Seçilmişlər",
      "“Xəbər ver” istəkləri",
      "Səbətə atılıb",
      "Sifarişlər",
      "Satılan ədəd",
      "Gəlir (AZN)",
      "Konversiya",
    ]);
    expect(csv.find((r) => r[0] === honey.id)).toEqual([honey.id, honey.titleAz, "15", "4", "2", "6", "2", "3", "45.00", "0.1333"]);
    expect(csv.at(-1)?.slice(1, 3)).toEqual(["Cəmi", "20"]);
    const russian = parseCsv(await (await insightsCsv(routeArgs(getRequest("/dashboard/insights.csv?days=7&lang=ru", { cookie: a.cookie })))).text());
    expect(russian[0]).toEqual([
      "ID товара",
      "Товар",
      "Просмотры",
      "В избранном",
      "Запросы «Сообщить»",
      "Добавления в корзину",
      "Заказы",
      "Продано, шт.",
      "Выручка (AZN)",
      "Конверсия",
    ]);
    expect(russian.at(-1)?.[1]).toBe("Итого");
    const english = parseCsv(await (await insightsCsv(routeArgs(getRequest("/dashboard/insights.csv?days=7&lang=en", { cookie: a.cookie })))).text());
    expect(english[0]?.[0]).toBe("Product ID");
  });

  it("falls back to 30 days for an unknown period and starts periods at midnight in Baku", async () => {
    const { a } = await twoProducers();
    const result = dataOf<Insights>(await insightsLoader(routeArgs(getRequest("/dashboard/insights?days=365", { cookie: a.cookie }))));
    expect(result.days).toBe(30);
    expect(periodStart(1, new Date("2030-03-10T21:30:00Z")).toISOString()).toBe("2030-03-10T20:00:00.000Z");
    expect(periodStart(7, new Date("2030-03-10T10:00:00Z")).toISOString()).toBe("2030-03-03T20:00:00.000Z");
  });
});
