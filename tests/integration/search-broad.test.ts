import { beforeAll, describe, expect, it } from "vitest";
import { parseCatalogFilters } from "~/models/catalog/catalog-filters";
import { findProducts, SEARCH_CANDIDATES } from "~/models/catalog/products.server";
import { db } from "~/utils/db.server";
import { createProducer, createProduct } from "../support/factories";

// A word in more titles than the search ranks: the ranking then starts from titles alone
// (products.server.ts), and what a shopper sees must not change because of it.
const search = (q: string, extra: Record<string, string> = {}) => findProducts(parseCatalogFilters(new URLSearchParams({ q, ...extra })), "az");

let descriptionOnlySlug = "";

beforeAll(async () => {
  const producer = await createProducer({ name: "Bostan Ailəsi" });
  const template = await createProduct(producer.id, { titleAz: "Qovun 0", titleEn: "Melon 0" });
  await db.product.createMany({
    data: Array.from({ length: SEARCH_CANDIDATES + 20 }, (_, i) => ({
      ...template,
      id: undefined,
      slug: `qovun-${i + 1}`,
      titleAz: `Qovun ${i + 1}`,
      titleEn: `Melon ${i + 1}`,
      priceQ: 300 + i,
    })),
  });
  const descriptionOnly = await createProduct(producer.id, { titleAz: "Yay səbəti", titleEn: "Summer basket" });
  await db.product.update({ where: { id: descriptionOnly.id }, data: { descriptionAz: "İçində qovun və qarpız" } });
  descriptionOnlySlug = descriptionOnly.slug;
});

describe("a word in more titles than the search ranks", () => {
  it("pages through title matches and says there are more", async () => {
    const result = await search("qovun");
    expect(result.total).toBe(SEARCH_CANDIDATES);
    expect(result.capped).toBe(true);
    expect(result.items).toHaveLength(24);
    expect(result.items.every((card) => card.title.startsWith("Qovun"))).toBe(true);
    expect(result.items.map((card) => card.slug)).not.toContain(descriptionOnlySlug);
  });

  it("keeps other columns for a narrower query, and keeps filters and sorting", async () => {
    expect((await search("qovun qarpız")).items.map((card) => card.slug)).toEqual([descriptionOnlySlug]);
    const cheapest = await search("qovun", { sort: "price-asc", max: "3" });
    expect(cheapest.items[0].priceQ).toBe(300);
    expect(cheapest.items.every((card) => card.priceQ <= 300)).toBe(true);
  });

  it("widens a prefix the same way", async () => {
    const result = await search("qovu");
    expect(result.capped).toBe(true);
    expect(result.items.every((card) => card.title.startsWith("Qovun"))).toBe(true);
  });
});
