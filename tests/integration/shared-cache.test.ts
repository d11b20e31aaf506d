import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { loader as homeLoader } from "~/routes/_index";
import { loader as productsLoader } from "~/routes/products._index";
import { loader as productLoader } from "~/routes/products.$slug";
import { loader as producerLoader } from "~/routes/producers.$slug";
import { db, Prisma } from "~/utils/db.server";
import { resetSharedCache, sharedCached, SHARED_CACHE_SECONDS } from "~/utils/shared-cache.server";
import { createProducer, createProduct, createUser } from "../support/factories";
import { dataOf, getRequest, loadContext } from "../support/http";

type Titled = { title: string };
const productPage = async (slug: string) =>
  dataOf<{ product: Titled & { stock: number; reviews: { author: string }[] } }>(
    await productLoader({ request: getRequest(`/products/${slug}`), params: { slug }, context: loadContext }),
  ).product;
const catalogueTitles = async (query = "") =>
  dataOf<{ result: { items: Titled[] } }>(
    await productsLoader({ request: getRequest(`/products${query}`), params: {}, context: loadContext }),
  ).result.items.map((card) => card.title);
const familyPage = async (slug: string) =>
  dataOf<{ producer: { name: string; goods: Titled[] } }>(
    await producerLoader({ request: getRequest(`/producers/${slug}`), params: { slug }, context: loadContext }),
  ).producer;
const homeInSeason = async () =>
  dataOf<{ inSeason: Titled[] }>(await homeLoader({ request: getRequest("/"), params: {}, context: loadContext })).inSeason.map((card) => card.title);

let clock = 1_000_000;
let producer: Awaited<ReturnType<typeof createProducer>>;
let product: Awaited<ReturnType<typeof createProduct>>;

beforeAll(async () => {
  producer = await createProducer({ name: "Keşbə Ailəsi" });
  // seasonal (every month but one six months away), so in season now: the home page shows it
  const offSeason = 1 << ((new Date().getUTCMonth() + 6) % 12);
  product = await createProduct(producer.id, { titleAz: "Keşbə pendiri", stock: 5, seasonMonths: 4095 - offSeason });
});

afterEach(() => resetSharedCache());

describe("the storefront's shared cache", () => {
  it("loads once while nothing changes, and again after any write to what the storefront shows", async () => {
    resetSharedCache(() => clock);
    let loads = 0;
    const load = () => sharedCached("test|count", async () => ++loads);
    expect(await load()).toBe(1);
    expect(await load()).toBe(1);
    await db.product.update({ where: { id: product.id }, data: { stock: 4 } });
    expect(await load()).toBe(2);
    expect(await load()).toBe(2);
    // A write that did not go through the app (a script, another node, the database shell).
    await db.$executeRaw(Prisma.sql`UPDATE "Category" SET "nameEn" = "nameEn" WHERE "id" = (SELECT "categoryId" FROM "Product" WHERE "id" = ${product.id})`);
    expect(await load()).toBe(3);
    // Rows the storefront does not show leave it alone.
    await createUser();
    await db.demandEvent.create({ data: { type: "VIEW", productId: product.id, producerId: producer.id } });
    expect(await load()).toBe(3);
  });

  it("forgets an entry after SHARED_CACHE_SECONDS, or when the clock goes back", async () => {
    resetSharedCache(() => clock);
    let loads = 0;
    const load = () => sharedCached("test|time", async () => ++loads);
    await load();
    clock += SHARED_CACHE_SECONDS * 1000 - 1;
    expect(await load()).toBe(1);
    clock += 1;
    expect(await load()).toBe(2);
    clock -= 5000;
    expect(await load()).toBe(3);
  });

  it("shares one load between requests that arrive together, and keeps no failure", async () => {
    resetSharedCache(() => clock);
    let loads = 0;
    const slow = () => sharedCached("test|together", () => new Promise<number>((resolve) => setTimeout(() => resolve(++loads), 20)));
    expect(await Promise.all([slow(), slow(), slow()])).toEqual([1, 1, 1]);
    let attempts = 0;
    const failing = () =>
      sharedCached("test|failing", async () => {
        attempts += 1;
        if (attempts === 1) throw new Error("database away");
        return attempts;
      });
    await expect(failing()).rejects.toThrow("database away");
    expect(await failing()).toBe(2);
  });

  it("shows a change on the product, catalogue, family and home pages at the next request", async () => {
    expect((await productPage(product.slug)).title).toBe("Keşbə pendiri");
    expect(await catalogueTitles(`?producer=${producer.slug}`)).toEqual(["Keşbə pendiri"]);
    expect((await familyPage(producer.slug)).goods.map((card) => card.title)).toEqual(["Keşbə pendiri"]);
    expect(await homeInSeason()).toContain("Keşbə pendiri");

    await db.product.update({ where: { id: product.id }, data: { titleAz: "Keşbə motalı", stock: 2 } });
    expect(await productPage(product.slug)).toMatchObject({ title: "Keşbə motalı", stock: 2 });
    expect(await catalogueTitles(`?producer=${producer.slug}`)).toEqual(["Keşbə motalı"]);
    expect((await familyPage(producer.slug)).goods.map((card) => card.title)).toEqual(["Keşbə motalı"]);
    expect(await homeInSeason()).toContain("Keşbə motalı");

    const second = await createProduct(producer.id, { titleAz: "Keşbə yağı", seasonMonths: product.seasonMonths });
    expect(await catalogueTitles(`?producer=${producer.slug}&sort=new`)).toEqual(["Keşbə yağı", "Keşbə motalı"]);
    expect(await homeInSeason()).toContain("Keşbə yağı");

    await db.producer.update({ where: { id: producer.id }, data: { name: "Keşbə Evi" } });
    expect((await familyPage(producer.slug)).name).toBe("Keşbə Evi");

    // A review's author is named by the user's first name, from another table.
    const shopper = await createUser({ name: "Aysel Q." });
    await db.review.create({ data: { productId: product.id, userId: shopper.id, rating: 5, body: "Çox dadlı", orderId: "order-1" } });
    expect((await productPage(product.slug)).reviews.map((r) => r.author)).toEqual(["Aysel"]);
    await db.user.update({ where: { id: shopper.id }, data: { name: "Ayselə Q." } });
    expect((await productPage(product.slug)).reviews.map((r) => r.author)).toEqual(["Ayselə"]);

    await db.product.update({ where: { id: second.id }, data: { status: "ARCHIVED" } });
    expect(await catalogueTitles(`?producer=${producer.slug}`)).toEqual(["Keşbə motalı"]);
  });
});
