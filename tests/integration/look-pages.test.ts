import { beforeAll, describe, expect, it } from "vitest";
import { REGIONS } from "~/models/catalog/region-data";
import { regionLead } from "~/models/catalog/region-leads.server";
import { pictureData } from "~/models/images/pictures";
import { loader as producerLoader } from "~/routes/producers.$slug";
import { loader as productsLoader } from "~/routes/products._index";
import { loader as searchLoader } from "~/routes/search";
import { db } from "~/utils/db.server";
import { createProducer, createProduct, ensureTaxonomy } from "../support/factories";
import { getRequest, loadContext } from "../support/http";

/** Issue #20: a family's page and the catalogue narrowed to a region, category or sector. */

const LANDSCAPE = { fileKey: "demo-region-seki-zaqatala", widths: "320,640", width: 640, height: 480 };
let producerSlug = "";

beforeAll(async () => {
  const { region } = await ensureTaxonomy();
  await db.region.update({
    where: { id: region.id },
    data: { imageKey: LANDSCAPE.fileKey, imageWidths: LANDSCAPE.widths, imageWidth: LANDSCAPE.width, imageHeight: LANDSCAPE.height },
  });
  const producer = await createProducer({ name: "Piti Ailəsi" });
  producerSlug = producer.slug;
  await db.producer.update({ where: { id: producer.id }, data: { storyAz: "Biz Şəkidə yaşayırıq.\nPiti bişiririk." } });
  await db.image.createMany({
    data: [
      { producerId: producer.id, fileKey: "family-piti", widths: "320,640", width: 640, height: 480, alt: "Piti ailəsi", position: 0 },
      // the demo families carry their region's landscape as a second photo
      { producerId: producer.id, ...LANDSCAPE, alt: "", position: 1 },
    ],
  });
  await createProduct(producer.id, { titleAz: "Şəki halvası" });
  await createProduct(producer.id, { titleAz: "Piti dərsi", kind: "EXPERIENCE", unit: "person" });
  await createProduct(producer.id, { titleAz: "Dağ evində gecə", kind: "STAY", unit: "night" });
});

const producerPage = (lang: string) =>
  producerLoader({ request: getRequest(`/producers/${producerSlug}?lang=${lang}`), params: { slug: producerSlug }, context: loadContext });
const catalogue = (path: string) => productsLoader({ request: getRequest(path), params: {}, context: loadContext });

describe("a family's page", () => {
  it("lists their goods apart from the experiences and stays they host", async () => {
    const { producer } = await producerPage("az");
    expect(producer.goods.map((p) => p.title)).toEqual(["Şəki halvası"]);
    expect(producer.bookable.map((p) => p.title).sort()).toEqual(["Dağ evində gecə", "Piti dərsi"]);
  });

  it("introduces their region with its landscape and sentence, in the page's language", async () => {
    const az = (await producerPage("az")).producer.region;
    expect(az.name).toBe("Şəki-Zaqatala");
    expect(az.lead).toContain("Şəki halvası");
    expect(az.picture && pictureData(az.picture).fallback).toBe(`/uploads/${LANDSCAPE.fileKey}/640.jpg`);
    const ru = (await producerPage("ru")).producer.region;
    expect(ru.name).toBe("Шеки-Загатала");
    expect(ru.lead).toContain("халва");
  });

  it("shows the landscape once, with the region, not again among the family's photos", async () => {
    const { producer } = await producerPage("az");
    expect(producer.images.map((image) => image.alt)).toEqual(["Piti ailəsi"]);
  });
});

describe("the catalogue's heading", () => {
  it("narrowed to a region: its name, sentence and landscape", async () => {
    const { focus } = await catalogue("/products?region=seki-zaqatala&lang=en");
    expect(focus).toMatchObject({ kind: "region", region: { slug: "seki-zaqatala", name: "Shaki-Zagatala" } });
    expect(focus?.kind === "region" && focus.region.lead).toMatch(/hazelnuts/);
    expect(focus?.kind === "region" && focus.region.picture).toBeTruthy();
  });

  it("narrowed to a category: the category under its sector; to a sector: the sector", async () => {
    expect((await catalogue("/products?category=sweets&lang=az")).focus).toEqual({ kind: "category", name: "Şirniyyat", within: "Aqroemal" });
    expect((await catalogue("/products?sector=agro-processing&lang=az")).focus).toEqual({ kind: "sector", name: "Aqroemal" });
  });

  it("a search is headed by its words, and an unknown region by nothing special", async () => {
    const search = await searchLoader({ request: getRequest("/search?q=halva&region=seki-zaqatala"), params: {}, context: loadContext });
    expect(search.focus).toBeNull();
    expect((await catalogue("/products?region=nowhere")).focus).toBeNull();
  });

  it("every economic region has its sentence in all three languages", () => {
    for (const region of REGIONS)
      for (const locale of ["az", "en", "ru"] as const) expect(regionLead(region.slug, locale), `${region.slug} ${locale}`).not.toBe("");
  });
});
