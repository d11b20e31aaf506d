import { describe, expect, it } from "vitest";
import { bakuDay } from "~/utils/baku-time";
import { getCollectionPage, homeCollections } from "~/models/catalog/collections.server";
import { action as collectionAction, loader as collectionLoader } from "~/routes/admin/admin.collections.$id";
import { action as collectionsAction } from "~/routes/admin/admin.collections._index";
import { loader as publicCollectionLoader } from "~/routes/collections.$slug";
import { db } from "~/utils/db.server";
import { signedInCast } from "../support/admin-factories";
import { createProduct } from "../support/factories";
import { dataOf, getRequest, headerOf, loadContext, postRequest, settle, statusOf } from "../support/http";

type Reply = { error?: Record<string, string[]> };
const create = (form: Record<string, string>, cookie: string | null) =>
  settle(() => collectionsAction({ request: postRequest("/admin/collections", form, { cookie }), params: {}, context: loadContext }));
const edit = (id: string, form: Record<string, string>, cookie: string | null) =>
  settle(() => collectionAction({ request: postRequest(`/admin/collections/${id}`, form, { cookie }), params: { id }, context: loadContext }));
const view = (id: string, cookie: string | null, query = "") =>
  settle(() => collectionLoader({ request: getRequest(`/admin/collections/${id}${query}`, { cookie }), params: { id }, context: loadContext }));
const idFromLocation = (result: unknown) => headerOf(result, "Location")!.split("?")[0].split("/").pop()!;
const day = (offsetDays: number) => bakuDay(new Date(Date.now() + offsetDays * 86_400_000));

describe("creating collections", () => {
  it("checks the fields: slug format and uniqueness, required title, schedule order", async () => {
    const { cookies } = await signedInCast();
    const bad = await create({ slug: "Not OK!", titleAz: "", startsOn: day(5), endsOn: day(1), position: "-3" }, cookies.mentor);
    expect(statusOf(bad)).toBe(400);
    const errors = dataOf<Reply>(bad).error!;
    expect(errors.slug).toEqual(["admin.collection.slugInvalid"]);
    expect(errors.titleAz).toEqual(["form.required"]);
    expect(errors.position).toEqual(["admin.collection.positionInvalid"]);
    expect(statusOf(await create({ slug: "x", titleAz: "X", startsOn: day(5), endsOn: day(1) }, cookies.mentor))).toBe(400);
    expect(statusOf(await create({ slug: "x", titleAz: "X", startsOn: "2026-02-31" }, cookies.mentor))).toBe(400);

    expect(statusOf(await create({ slug: "winter-gifts", titleAz: "Qış hədiyyələri" }, cookies.mentor))).toBe(302);
    const taken = await create({ slug: "winter-gifts", titleAz: "Başqa" }, cookies.mentor);
    expect(statusOf(taken)).toBe(400);
    expect(dataOf<Reply>(taken).error!.slug).toEqual(["admin.collection.slugTaken"]);
    expect(await db.collection.count({ where: { slug: "winter-gifts" } })).toBe(1);
  });
});

describe("curating a collection for the home page", () => {
  it("adds products by link or search, orders and removes them; the home page follows, every step audited", async () => {
    const { cookies, producer, users } = await signedInCast();
    const [a, b, c] = await Promise.all([
      createProduct(producer.id, { titleEn: "Quince jam" }),
      createProduct(producer.id, { titleEn: "Cornel jam" }),
      createProduct(producer.id, { titleEn: "Fig jam" }),
    ]);
    const draft = await createProduct(producer.id, { titleEn: "Draft jam", status: "DRAFT" });
    const created = await create({ slug: "jams-test", titleAz: "Mürəbbələr", titleEn: "Jams", onHome: "on", position: "0" }, cookies.mentor);
    expect(statusOf(created)).toBe(302);
    const id = idFromLocation(created);

    expect(statusOf(await edit(id, { intent: "add-slug", slug: `https://abad.az/products/${a.slug}?x=1` }, cookies.mentor))).toBe(302);
    expect(statusOf(await edit(id, { intent: "add-slug", slug: b.slug }, cookies.mentor))).toBe(302);
    const search = dataOf<{ results: { id: string }[] }>(await view(id, cookies.mentor, "?q=jam"));
    expect(search.results.map((r) => r.id)).toContain(c.id);
    expect(search.results.map((r) => r.id)).not.toContain(a.id); // already in
    expect(search.results.map((r) => r.id)).not.toContain(draft.id); // not published
    expect(statusOf(await edit(id, { intent: "add-item", productId: c.id }, cookies.mentor))).toBe(302);

    for (const [form, error] of [
      [{ intent: "add-slug", slug: draft.slug }, "admin.collection.productNotPublished"],
      [{ intent: "add-slug", slug: "no-such-product" }, "admin.collection.productNotFound"],
      [{ intent: "add-slug", slug: a.slug }, "admin.collection.alreadyIn"],
    ] as const) {
      const result = await edit(id, form, cookies.mentor);
      expect(statusOf(result)).toBe(400);
      expect(dataOf<{ reply: Reply }>(result).reply.error!.slug).toEqual([error]);
    }

    const home = async () => (await homeCollections("en", { take: 4 })).find((h) => h.slug === "jams-test")?.products.map((p) => p.slug);
    expect(await home()).toEqual([a.slug, b.slug, c.slug]);
    expect(statusOf(await edit(id, { intent: "move-item", productId: c.id, direction: "up" }, cookies.mentor))).toBe(302);
    expect(await home()).toEqual([a.slug, c.slug, b.slug]);
    expect(statusOf(await edit(id, { intent: "move-item", productId: a.id, direction: "down" }, cookies.mentor))).toBe(302);
    expect(await home()).toEqual([c.slug, a.slug, b.slug]);
    // Moving the first one up changes nothing and is no error.
    expect(statusOf(await edit(id, { intent: "move-item", productId: c.id, direction: "up" }, cookies.mentor))).toBe(302);
    expect(statusOf(await edit(id, { intent: "remove-item", productId: a.id }, cookies.mentor))).toBe(302);
    expect(await home()).toEqual([c.slug, b.slug]);

    // Scheduled for later: off the home page until its first day.
    const later = { intent: "save", slug: "jams-test", titleAz: "Mürəbbələr", titleEn: "Jams", onHome: "on", position: "0", startsOn: day(3) };
    expect(statusOf(await edit(id, later, cookies.mentor))).toBe(302);
    expect(await home()).toBeUndefined();
    expect(await getCollectionPage("jams-test", "en")).toBeNull();
    expect(statusOf(await edit(id, { ...later, startsOn: day(-3), endsOn: day(0) }, cookies.mentor))).toBe(302);
    expect(await home()).toEqual([c.slug, b.slug]);
    expect(statusOf(await edit(id, { ...later, startsOn: "", onHome: "" }, cookies.mentor))).toBe(302);
    expect(await home()).toBeUndefined();
    // Off the home page, its own page still lists every item on sale, in order.
    expect(await getCollectionPage("jams-test", "en")).toMatchObject({ title: "Jams", products: [{ slug: c.slug }, { slug: b.slug }] });
    // and tells search engines what it is, in the page's language
    const page = await publicCollectionLoader({ request: getRequest("/collections/jams-test?lang=az"), params: { slug: "jams-test" }, context: loadContext });
    expect(page.seo.description).toMatch(/^Mürəbbələr: .*ABAD mentorlarının seçimi\.$/);

    const audit = await db.auditLog.findMany({ where: { entityType: "Collection", entityId: id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual([
      "collection.create",
      "collection.addItem",
      "collection.addItem",
      "collection.addItem",
      "collection.moveItem",
      "collection.moveItem",
      "collection.removeItem",
      "collection.update",
      "collection.update",
      "collection.update",
    ]);
    expect(audit.every((a) => a.actorId === users.mentor.id)).toBe(true);

    expect(statusOf(await edit(id, { intent: "delete" }, cookies.admin))).toBe(302);
    expect(await db.collection.findUnique({ where: { id } })).toBeNull();
    expect(await db.product.count({ where: { id: { in: [a.id, b.id, c.id] } } })).toBe(3);
    expect(await db.auditLog.count({ where: { action: "collection.delete", entityId: id } })).toBe(1);
  });

  it("refuses producers and shoppers, and answers unknown ids with 404", async () => {
    const { cookies } = await signedInCast();
    for (const cookie of [cookies.member, cookies.shopper]) {
      expect(statusOf(await create({ slug: "forged", titleAz: "Forged" }, cookie))).toBe(403);
    }
    expect(await db.collection.count({ where: { slug: "forged" } })).toBe(0);
    expect(statusOf(await view("missing", cookies.mentor))).toBe(404);
    expect(statusOf(await edit("missing", { intent: "add-slug", slug: "x" }, cookies.mentor))).toBe(404);
    expect(statusOf(await edit("missing", { intent: "delete" }, cookies.mentor))).toBe(404);
  });
});
