import { describe, expect, it } from "vitest";
import { action as newAction } from "~/routes/dashboard/dashboard.products.new";
import { action as editAction } from "~/routes/dashboard/dashboard.products.$id";
import { loader as productLoader } from "~/routes/products.$slug";
import { approveListing } from "~/models/admin/listing-review.server";
import { db } from "~/utils/db.server";
import { factRows } from "~/models/catalog/product-facts";
import { translatorFor } from "~/utils/locale.server";
import { createUser } from "../support/factories";
import { dataOf, getRequest, postRequest, settle, statusOf } from "../support/http";
import { listingForm, routeArgs, twoProducers } from "../support/dashboard-factories";
import { structuredDataOf } from "../support/structured-data";

async function carpetCategory() {
  const sector =
    (await db.sector.findUnique({ where: { slug: "handicraft" } })) ??
    (await db.sector.create({ data: { slug: "handicraft", nameAz: "Sənətkarlıq", nameEn: "Handicraft", nameRu: "Ремёсла" } }));
  return (
    (await db.category.findUnique({ where: { slug: "carpets" } })) ??
    (await db.category.create({ data: { slug: "carpets", sectorId: sector.id, nameAz: "Xalça", nameEn: "Carpets", nameRu: "Ковры" } }))
  );
}

type SaveReply = { error?: Record<string, string[] | null> };
const errorsOf = (result: unknown) => dataOf<SaveReply>(result).error ?? {};
const editErrorsOf = (result: unknown) => dataOf<{ reply: SaveReply }>(result).reply.error ?? {};

describe("product facts", () => {
  it("a carpet needs its width and length before it goes to review; facts its category does not take are not kept; the page and its JSON-LD show them", async () => {
    const { a } = await twoProducers();
    const carpets = await carpetCategory();
    const form = await listingForm({ categoryId: String(carpets.id), unit: "piece", titleAz: "Qırmızı Qazax xalçası", facts: "1", material: "wool" });
    const create = (body: Record<string, string | string[]>) =>
      settle(async () => newAction(routeArgs(postRequest("/dashboard/products/new", body, { cookie: a.cookie }))));

    const missing = await create(form);
    expect(statusOf(missing)).toBe(400);
    expect(errorsOf(missing)).toMatchObject({ widthCm: ["facts.error.required"], lengthCm: ["facts.error.required"] });
    const bad = await create({ ...form, widthCm: "-150", lengthCm: "2,5" });
    expect(errorsOf(bad)).toMatchObject({ widthCm: ["facts.error.number"], lengthCm: ["facts.error.number"] });
    expect(await db.product.count({ where: { producerId: a.producer.id, categoryId: carpets.id } })).toBe(0);

    // A shelf life and allergens are for food: not kept on a carpet.
    const made = await create({ ...form, widthCm: "150", lengthCm: "230", shelfLifeDays: "30", allergens: ["nuts"] });
    expect(statusOf(made)).toBe(302);
    const carpet = await db.product.findFirstOrThrow({ where: { producerId: a.producer.id, categoryId: carpets.id } });
    expect(carpet).toMatchObject({ status: "PENDING_REVIEW", widthCm: 150, lengthCm: 230, material: "wool", shelfLifeDays: null, allergens: null });

    // Published, its page lists the size and area and says so in structured data.
    const mentor = await createUser({ role: "MENTOR" });
    expect(await approveListing(mentor.id, carpet.id)).toEqual({ ok: true });
    const page = await productLoader(routeArgs(getRequest(`/products/${carpet.slug}?lang=en`), { slug: carpet.slug }));
    expect(page.product.facts).toMatchObject({ widthCm: 150, lengthCm: 230, material: "wool" });
    expect(structuredDataOf(page)).toMatchObject({
      width: { "@type": "QuantitativeValue", value: 150, unitCode: "CMT" },
      depth: { "@type": "QuantitativeValue", value: 230, unitCode: "CMT" },
    });
    expect(structuredDataOf(page)).not.toHaveProperty("height");
    const properties = (structuredDataOf(page) as { additionalProperty: { name: string; value: unknown; unitCode?: string }[] }).additionalProperty;
    expect(properties).toEqual(
      expect.arrayContaining([
        { "@type": "PropertyValue", name: "Width", value: 150, unitCode: "CMT" },
        { "@type": "PropertyValue", name: "Length", value: 230, unitCode: "CMT" },
        { "@type": "PropertyValue", name: "Area", value: 3.45, unitCode: "MTK" },
        { "@type": "PropertyValue", name: "Material", value: "wool" },
      ]),
    );
  });

  it("packed food needs its weight or volume (not when sold by kg); another producer cannot set facts on your product", async () => {
    const { a, b } = await twoProducers();
    // In review, edits apply in place (a live listing's facts wait for a mentor: revisions.test.ts).
    await db.product.update({ where: { id: a.product.id }, data: { status: "PENDING_REVIEW" } });
    const form = await listingForm({ unit: "jar", facts: "1" });
    const edit = (id: string, body: Record<string, string | string[]>, cookie: string) =>
      settle(async () => editAction(routeArgs(postRequest(`/dashboard/products/${id}`, body, { cookie }), { id })));

    const none = await edit(a.product.id, form, a.cookie);
    expect(statusOf(none)).toBe(400);
    expect(editErrorsOf(none)).toMatchObject({ weightG: ["facts.error.weightOrVolume"] });
    expect(statusOf(await edit(a.product.id, { ...form, volumeMl: "450", shelfLifeDays: "180", allergens: ["nuts", "milk"] }, a.cookie))).toBe(200);
    expect(await db.product.findUniqueOrThrow({ where: { id: a.product.id } })).toMatchObject({
      volumeMl: 450,
      shelfLifeDays: 180,
      allergens: "nuts,milk",
      weightG: null,
    });
    // Sold by the kilogram, the unit already says how much.
    expect(statusOf(await edit(a.product.id, { ...form, unit: "kg" }, a.cookie))).toBe(200);
    expect((await db.product.findUniqueOrThrow({ where: { id: a.product.id } })).allergens).toBeNull();

    // B's member on A's product: not found, and A's facts stay as they are.
    const before = await db.product.findUniqueOrThrow({ where: { id: a.product.id } });
    expect(statusOf(await edit(a.product.id, { ...form, weightG: "999", allergens: ["fish"] }, b.cookie))).toBe(404);
    expect(await db.product.findUniqueOrThrow({ where: { id: a.product.id } })).toEqual(before);
  });

  it("a mentor cannot publish a carpet that states no size", async () => {
    const { a } = await twoProducers();
    const carpets = await carpetCategory();
    await db.product.update({ where: { id: a.product.id }, data: { categoryId: carpets.id, status: "PENDING_REVIEW", unit: "m2" } });
    const mentor = await createUser({ role: "MENTOR" });
    expect(await approveListing(mentor.id, a.product.id)).toEqual({ ok: false, error: "admin.review.factsMissing" });
    expect((await db.product.findUniqueOrThrow({ where: { id: a.product.id } })).status).toBe("PENDING_REVIEW");
    await db.product.update({ where: { id: a.product.id }, data: { widthCm: 200, lengthCm: 300 } });
    expect(await approveListing(mentor.id, a.product.id)).toEqual({ ok: true });
  });
});

describe("allergens", () => {
  it("a family can say a food has none (apart from not saying): the page and its JSON-LD tell the two apart", async () => {
    const { a } = await twoProducers();
    await db.product.update({ where: { id: a.product.id }, data: { status: "PENDING_REVIEW" } });
    const form = await listingForm({ titleAz: a.product.titleAz, titleEn: a.product.titleEn, unit: "jar", facts: "1", weightG: "450" });
    const edit = (body: Record<string, string | string[]>) =>
      settle(async () =>
        editAction(routeArgs(postRequest(`/dashboard/products/${a.product.id}`, { ...form, ...body }, { cookie: a.cookie }), { id: a.product.id })),
      );
    const page = async () => {
      await db.product.update({ where: { id: a.product.id }, data: { status: "PUBLISHED" } });
      const loaded = await productLoader(routeArgs(getRequest(`/products/${a.product.slug}?lang=en`), { slug: a.product.slug }));
      await db.product.update({ where: { id: a.product.id }, data: { status: "PENDING_REVIEW" } });
      const tr = translatorFor("en");
      const rows = factRows(loaded.product.facts!, tr, loaded.product.allergensAsked);
      const properties = (structuredDataOf(loaded) as { additionalProperty: { name: string; value: unknown }[] }).additionalProperty;
      return { rows, properties: properties.filter((p) => p.name === "Allergens" || p.name === "Contains") };
    };

    // "None" and an allergen at once is a contradiction.
    const both = await edit({ allergens: ["none", "milk"] });
    expect(statusOf(both)).toBe(400);
    expect(editErrorsOf(both)).toMatchObject({ allergens: ["facts.error.noneAndSome"] });

    expect(statusOf(await edit({ allergens: ["none"] }))).toBe(200);
    expect((await db.product.findUniqueOrThrow({ where: { id: a.product.id } })).allergens).toBe("none");
    expect(await page()).toEqual({
      rows: [
        { label: "Weight", text: "450 g" },
        { label: "Allergens", text: "none" },
      ],
      properties: [{ "@type": "PropertyValue", name: "Allergens", value: "none" }],
    });

    // Nothing ticked: not stated, which the page says, and the JSON-LD claims nothing.
    expect(statusOf(await edit({}))).toBe(200);
    expect((await db.product.findUniqueOrThrow({ where: { id: a.product.id } })).allergens).toBeNull();
    expect(await page()).toEqual({
      rows: [
        { label: "Weight", text: "450 g" },
        { label: "Allergens", text: "not stated" },
      ],
      properties: [],
    });
  });
});
