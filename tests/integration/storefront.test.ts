import { beforeAll, describe, expect, it } from "vitest";
import { parseCatalogFilters } from "~/models/catalog/catalog-filters";
import { findProducts } from "~/models/catalog/products.server";
import { loader as searchLoader } from "~/routes/search";
import { loader as productsLoader } from "~/routes/products._index";
import { loader as productLoader } from "~/routes/products.$slug";
import { loader as producerLoader } from "~/routes/producers.$slug";
import { loader as sitemapLoader } from "~/routes/sitemap[.]xml";
import { loader as robotsLoader } from "~/routes/robots[.]txt";
import { resetEnvCache } from "~/utils/env.server";
import { seoMeta } from "~/utils/seo";
import { db } from "~/utils/db.server";
import { createProducer, createProduct } from "../support/factories";
import { getRequest, loadContext, settle, statusOf } from "../support/http";
import { structuredDataOf } from "../support/structured-data";

const search = (q: string) => findProducts(parseCatalogFilters(new URLSearchParams({ q })), "az");

let productSlug = "";

beforeAll(async () => {
  const producer = await createProducer({ name: "Qaymaq Ailəsi" });
  await createProduct(producer.id, { titleAz: "Şəki halvası", titleEn: "Shaki halva", priceQ: 1200 });
  await createProduct(producer.id, { titleAz: "Nar şirəsi", titleEn: "Pomegranate juice", priceQ: 650 });
  await createProduct(producer.id, { titleAz: "Dağ balı", titleEn: "Mountain honey", priceQ: 2500, stock: 0 });
  await createProduct(producer.id, { titleAz: "İsmayıllı fındığı", titleEn: "Ismayilli hazelnuts", priceQ: 900 });
  const product = await createProduct(producer.id, { titleAz: "Gizli qaralama", status: "DRAFT" });
  productSlug = (await db.product.findFirstOrThrow({ where: { titleAz: "Şəki halvası" } })).slug;
  void product;
});

describe("Azerbaijani-aware search", () => {
  it("folds case and diacritics: seki finds Şəki, BAL finds balı", async () => {
    expect((await search("seki")).items.map((p) => p.title)).toContain("Şəki halvası");
    expect((await search("BAL")).items.map((p) => p.title)).toContain("Dağ balı");
  });

  it("folds dotted and dotless i both ways", async () => {
    for (const q of ["ismayilli", "İSMAYILLI", "ısmayıllı", "Ismayilli findigi"]) {
      expect(
        (await search(q)).items.map((p) => p.title),
        q,
      ).toEqual(["İsmayıllı fındığı"]);
    }
  });

  it("matches prefixes and producer names", async () => {
    expect((await search("nar")).items.map((p) => p.title)).toContain("Nar şirəsi");
    expect((await search("nar şir")).total).toBe(1);
    expect((await search("qaymaq")).total).toBe(4);
  });

  it("searches English titles too and never shows unpublished products", async () => {
    expect((await search("pomegranate")).items.map((p) => p.title)).toEqual(["Nar şirəsi"]);
    expect((await search("qaralama")).total).toBe(0);
  });

  it("treats FTS syntax and SQL in the query as plain words", async () => {
    for (const q of ['"bal* OR (', "NEAR(a b)", "'; DROP TABLE Product; --", "***", "halva AND"]) {
      await expect(search(q), q).resolves.toBeDefined();
    }
    expect(await db.product.count()).toBeGreaterThan(0);
  });

  it("records every search with its result count, zero-result ones included", async () => {
    await searchLoader({ request: getRequest("/search?q=halva"), params: {}, context: loadContext });
    await searchLoader({ request: getRequest("/search?q=trufel"), params: {}, context: loadContext });
    const events = await db.demandEvent.findMany({ where: { type: "SEARCH" }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.query, e.resultCount])).toEqual([
      ["halva", 1],
      ["trufel", 0],
    ]);
  });
});

describe("storefront visibility", () => {
  it("follows product and producer status, whoever changes it", async () => {
    const producer = await createProducer();
    const product = await createProduct(producer.id, { titleAz: "Görünən kişmiş" });
    const visible = async () => (await search("kişmiş")).items.map((p) => p.slug);
    expect(await visible()).toEqual([product.slug]);
    await db.producer.update({ where: { id: producer.id }, data: { status: "SUSPENDED" } });
    expect(await visible()).toEqual([]);
    await db.producer.update({ where: { id: producer.id }, data: { status: "ACTIVE" } });
    expect(await visible()).toEqual([product.slug]);
    await db.product.update({ where: { id: product.id }, data: { status: "ARCHIVED" } });
    expect(await visible()).toEqual([]);
  });
});

describe("catalogue filters", () => {
  it("falls back to defaults for absurd values instead of failing", async () => {
    const result = await productsLoader({
      request: getRequest("/products?min=-5&max=abc&page=99999&sort=evil&region=%3Cscript%3E"),
      params: {},
      context: loadContext,
    });
    expect(result.filters).toMatchObject({ min: undefined, max: undefined, sort: undefined, region: undefined });
    expect(result.result.page).toBe(1);
    expect(result.result.total).toBe(4);
  });

  it("filters by price in AZN, stock and sorts by price", async () => {
    const filters = parseCatalogFilters(new URLSearchParams({ min: "6", max: "12,5", sort: "price-asc", inStock: "1" }));
    const { items } = await findProducts(filters, "en");
    expect(items.map((p) => [p.title, p.priceQ])).toEqual([
      ["Pomegranate juice", 650],
      ["Ismayilli hazelnuts", 900],
      ["Shaki halva", 1200],
    ]);
  });
});

describe("product and producer pages", () => {
  it("a family's page shows its newest twelve goods and links the rest to the catalogue, narrowed to that family", async () => {
    const family = await createProducer({ name: "Çox Məhsullu Ailə" });
    for (let i = 1; i <= 14; i++) await createProduct(family.id, { titleAz: `Mürəbbə ${i}`, priceQ: 500 + i });
    const page = await producerLoader({ request: getRequest(`/producers/${family.slug}`), params: { slug: family.slug }, context: loadContext });
    expect(page.producer.goods).toHaveLength(12);
    expect(page.producer.listingCount).toBe(14);

    const catalogue = await productsLoader({ request: getRequest(`/products?producer=${family.slug}&page=2`), params: {}, context: loadContext });
    expect(catalogue.result.total).toBe(14);
    expect(catalogue.focus).toMatchObject({ kind: "producer", name: "Çox Məhsullu Ailə" });
    const all = await productsLoader({ request: getRequest(`/products?producer=${family.slug}`), params: {}, context: loadContext });
    expect(all.result.items.every((item) => item.producerName === "Çox Məhsullu Ailə")).toBe(true);
    // an unknown family narrows to nothing and has no heading of its own
    const unknown = await productsLoader({ request: getRequest("/products?producer=no-such-family"), params: {}, context: loadContext });
    expect(unknown.result.total).toBe(0);
    expect(unknown.focus).toBeNull();
  });

  it("404s unknown or unpublished slugs", async () => {
    const result = await settle(() => productLoader({ request: getRequest("/products/nope"), params: { slug: "nope" }, context: loadContext }));
    expect(statusOf(result)).toBe(404);
    const producerResult = await settle(() => producerLoader({ request: getRequest("/producers/nope"), params: { slug: "nope" }, context: loadContext }));
    expect(statusOf(producerResult)).toBe(404);
  });

  it("records a view for people, with the search that led there, and none for bots", async () => {
    const before = await db.demandEvent.count({ where: { type: "VIEW" } });
    await productLoader({
      request: getRequest(`/products/${productSlug}`, { headers: { Referer: "http://localhost/search?q=halva" } }),
      params: { slug: productSlug },
      context: loadContext,
    });
    await productLoader({
      request: getRequest(`/products/${productSlug}`, { headers: { "User-Agent": "Googlebot/2.1 (+http://www.google.com/bot.html)" } }),
      params: { slug: productSlug },
      context: loadContext,
    });
    const views = await db.demandEvent.findMany({ where: { type: "VIEW" }, orderBy: { id: "asc" } });
    expect(views.length).toBe(before + 1);
    expect(views.at(-1)?.query).toBe("halva");
  });

  it("describes the product for search engines with an AZN offer", async () => {
    const data = await productLoader({ request: getRequest(`/products/${productSlug}`), params: { slug: productSlug }, context: loadContext });
    expect(structuredDataOf(data).offers).toMatchObject({ price: "12.00", priceCurrency: "AZN", availability: "https://schema.org/InStock" });
  });

  it("lists the collections on show in the sitemap, not those over or to come", async () => {
    const day = 24 * 60 * 60 * 1000;
    await db.collection.createMany({
      data: [
        { slug: "sitemap-on-show", titleAz: "İndi", startsAt: new Date(Date.now() - day) },
        { slug: "sitemap-over", titleAz: "Keçmiş", endsAt: new Date(Date.now() - day) },
        { slug: "sitemap-to-come", titleAz: "Gələcək", startsAt: new Date(Date.now() + day) },
      ],
    });
    const sitemap = await (await sitemapLoader({ request: getRequest("/sitemap.xml"), params: {}, context: loadContext })).text();
    expect(sitemap).toContain("/collections/sitemap-on-show</loc>");
    expect(sitemap).not.toContain("/collections/sitemap-over");
    expect(sitemap).not.toContain("/collections/sitemap-to-come");
  });

  it("builds every absolute URL from APP_URL, never from the request's Host", async () => {
    process.env.APP_URL = "https://abad.example";
    resetEnvCache();
    try {
      const forged = (path: string) => new Request(`http://evil.example${path}`, { headers: { Host: "evil.example" } });
      const data = await productLoader({ request: forged(`/products/${productSlug}`), params: { slug: productSlug }, context: loadContext });
      const meta = seoMeta(data.seo);
      const urls = [JSON.stringify(structuredDataOf(data)), JSON.stringify(meta)];
      const sitemap = await (await sitemapLoader({ request: forged("/sitemap.xml"), params: {}, context: loadContext })).text();
      const robots = await robotsLoader({ request: forged("/robots.txt"), params: {}, context: loadContext }).text();
      for (const text of [...urls, sitemap, robots]) {
        expect(text).not.toContain("evil.example");
        expect(text).toContain("https://abad.example/");
      }
      expect(meta).toContainEqual({ tagName: "link", rel: "canonical", href: `https://abad.example/products/${productSlug}` });
    } finally {
      delete process.env.APP_URL;
      resetEnvCache();
    }
  });

  it("gives each language version one canonical URL, itself, matching its hreflang entry", async () => {
    const load = async (query: string, headers: Record<string, string> = {}) =>
      seoMeta(
        (await productLoader({ request: getRequest(`/products/${productSlug}${query}`, { headers }), params: { slug: productSlug }, context: loadContext }))
          .seo,
      );
    const canonical = (meta: ReturnType<typeof seoMeta>) => meta.filter((m) => "rel" in m && m.rel === "canonical").map((m) => (m as { href: string }).href);
    const alternates = (meta: ReturnType<typeof seoMeta>) => meta.filter((m) => "rel" in m && m.rel === "alternate").map((m) => (m as { href: string }).href);
    const page = `http://localhost:3000/products/${productSlug}`;
    // Opened without ?lang (the language comes from Accept-Language): the address itself, the x-default entry.
    const negotiated = await load("", { "Accept-Language": "en-US,en;q=0.9" });
    expect(canonical(negotiated)).toEqual([page]);
    expect(alternates(negotiated)).toContain(page);
    for (const lang of ["az", "en", "ru"]) {
      const meta = await load(`?lang=${lang}`);
      expect(canonical(meta)).toEqual([`${page}?lang=${lang}`]);
      expect(alternates(meta)).toContain(`${page}?lang=${lang}`);
      expect(meta).toContainEqual({ property: "og:url", content: `${page}?lang=${lang}` });
    }
  });

  it("lists public pages in the sitemap with language alternates", async () => {
    const response = await sitemapLoader({ request: getRequest("/sitemap.xml"), params: {}, context: loadContext });
    const xml = await response.text();
    expect(xml).toContain(`/products/${productSlug}</loc>`);
    expect(xml).toContain('hreflang="ru"');
    expect(xml).not.toContain("qaralama");
  });
});
