import { beforeAll, describe, expect, it } from "vitest";
import { action as queuesAction, loader as queuesLoader } from "~/routes/admin/admin._index";
import { action as editAction, loader as editLoader } from "~/routes/dashboard/dashboard.products.$id";
import { action as photosAction } from "~/routes/dashboard/dashboard.products.$id_.photos";
import { loader as listLoader } from "~/routes/dashboard/dashboard.products._index";
import { action as profileAction, loader as profileLoader } from "~/routes/dashboard/dashboard.profile";
import { loader as productLoader } from "~/routes/products.$slug";
import { loader as producerLoader } from "~/routes/producers.$slug";
import { db } from "~/utils/db.server";
import { createUser } from "../support/factories";
import { dataOf, getRequest, loadContext, postRequest, sessionCookieFor, settle, statusOf } from "../support/http";
import { jpegWithGps, listingForm, multipartRequest, profileForm, routeArgs, twoProducers } from "../support/dashboard-factories";

type ProductPage = { product: { title: string; description: string; images: unknown[] } };
type ProducerPage = { producer: { story: string; images: unknown[] } };
type QueueRevision = {
  id: string;
  subjectType: "Product" | "Producer";
  title: string;
  fields: { field: string; before: string; after: string }[];
  photosAdded: unknown[];
  photosRemoved: unknown[];
};

const productPage = async (slug: string) =>
  dataOf<ProductPage>(await settle(() => productLoader({ request: getRequest(`/products/${slug}?lang=az`), params: { slug }, context: loadContext })));
const producerPage = async (slug: string) =>
  dataOf<ProducerPage>(await settle(() => producerLoader({ request: getRequest(`/producers/${slug}?lang=az`), params: { slug }, context: loadContext })));
const queue = async (cookie: string) =>
  dataOf<{ revisions: QueueRevision[] }>(await settle(() => queuesLoader({ request: getRequest("/admin", { cookie }), params: {}, context: loadContext })));
const decide = (form: Record<string, string>, cookie: string) =>
  settle(() => queuesAction({ request: postRequest("/admin", form, { cookie }), params: {}, context: loadContext }));

async function mentorCookie() {
  return sessionCookieFor((await createUser({ role: "MENTOR" })).id);
}

async function editPublished() {
  const { a } = await twoProducers();
  const id = a.product.id;
  const base = await listingForm({ titleAz: a.product.titleAz, titleEn: a.product.titleEn, descriptionAz: "Köhnə təsvir" });
  await db.product.update({ where: { id }, data: { descriptionAz: "Köhnə təsvir", unit: "jar", titleRu: "", descriptionEn: "", descriptionRu: "" } });
  const post = (overrides: Record<string, string>) =>
    settle(() => editAction(routeArgs(postRequest(`/dashboard/products/${id}`, { ...base, ...overrides }, { cookie: a.cookie }), { id })));
  return { a, id, base, post };
}

describe("changing a live listing", () => {
  it("keeps the live text on sale until a mentor approves, and shows the mentor what changed", async () => {
    const { a, id, post } = await editPublished();
    const result = await post({ titleAz: "Təzə ad", descriptionAz: "Yeni təsvir", price: "6,00" });
    expect(statusOf(result)).toBe(200);
    expect(dataOf<{ status: string }>(result).status).toBe("revision");

    const live = await db.product.findUniqueOrThrow({ where: { id } });
    // Price applies at once; text waits. The listing stays on sale.
    expect(live).toMatchObject({ status: "PUBLISHED", titleAz: a.product.titleAz, descriptionAz: "Köhnə təsvir", priceQ: 600, listed: true });
    expect((await productPage(a.product.slug)).product.title).toBe(a.product.titleAz);

    // The producer sees their proposal in the form, marked as waiting.
    const edit = dataOf<{ listing: { titleAz: string; pendingRevision: boolean } }>(
      await settle(() => editLoader(routeArgs(getRequest(`/dashboard/products/${id}`, { cookie: a.cookie }), { id }))),
    );
    expect(edit.listing).toMatchObject({ titleAz: "Təzə ad", pendingRevision: true });
    const list = dataOf<{ items: { id: string; pendingRevision: boolean }[] }>(
      await settle(() => listLoader(routeArgs(getRequest("/dashboard/products", { cookie: a.cookie })))),
    );
    expect(list.items.find((item) => item.id === id)?.pendingRevision).toBe(true);

    const mentor = await mentorCookie();
    const revision = (await queue(mentor)).revisions.find((r) => r.subjectType === "Product" && r.title === a.product.titleAz);
    expect(revision).toBeDefined();
    expect(revision!.fields).toEqual([
      { field: "titleAz", before: a.product.titleAz, after: "Təzə ad" },
      { field: "descriptionAz", before: "Köhnə təsvir", after: "Yeni təsvir" },
    ]);

    expect(statusOf(await decide({ intent: "approve-revision", id: revision!.id }, mentor))).toBe(302);
    expect(await db.product.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PUBLISHED", titleAz: "Təzə ad", descriptionAz: "Yeni təsvir" });
    expect((await productPage(a.product.slug)).product.title).toBe("Təzə ad");
    expect(await db.auditLog.count({ where: { action: "revision.approve", entityId: id } })).toBe(1);
    expect((await queue(mentor)).revisions.some((r) => r.id === revision!.id)).toBe(false);
  });

  it("editing again replaces the proposal, and editing back to the live text withdraws it", async () => {
    const { a, id, post } = await editPublished();
    await post({ titleAz: "Birinci təklif" });
    await post({ titleAz: "İkinci təklif" });
    const pending = await db.revision.findMany({ where: { subjectId: id, status: "PENDING" } });
    expect(pending).toHaveLength(1);
    expect(JSON.parse(pending[0].changes).fields).toEqual({ titleAz: "İkinci təklif" });
    await post({ titleAz: a.product.titleAz });
    expect(await db.revision.count({ where: { subjectId: id, status: "PENDING" } })).toBe(0);
  });

  it("a rejected revision keeps the live version and tells the producer why", async () => {
    const { a, id, post } = await editPublished();
    await post({ titleAz: "Reklam başlığı!!!" });
    const revision = await db.revision.findFirstOrThrow({ where: { subjectId: id, status: "PENDING" } });
    const mentor = await mentorCookie();
    const missing = await decide({ intent: "reject-revision", id: revision.id, reason: " " }, mentor);
    expect(statusOf(missing)).toBe(400);
    expect(statusOf(await decide({ intent: "reject-revision", id: revision.id, reason: "Başlıq məhsulu təsvir etmir" }, mentor))).toBe(302);
    expect(await db.product.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PUBLISHED", titleAz: a.product.titleAz });
    const edit = dataOf<{ listing: { titleAz: string; pendingRevision: boolean; revisionRejectedReason: string } }>(
      await settle(() => editLoader(routeArgs(getRequest(`/dashboard/products/${id}`, { cookie: a.cookie }), { id }))),
    );
    expect(edit.listing).toMatchObject({ titleAz: a.product.titleAz, pendingRevision: false, revisionRejectedReason: "Başlıq məhsulu təsvir etmir" });
    expect(await db.auditLog.count({ where: { action: "revision.reject", entityId: id } })).toBe(1);
  });

  it("a new photo of a live listing waits for review; the listing stays on sale and the mentor sees the photo added", async () => {
    const { a } = await twoProducers();
    const id = a.product.id;
    const upload = await settle(() =>
      photosAction(
        routeArgs(
          multipartRequest(
            `/dashboard/products/${id}/photos`,
            { intent: "upload", alt: "Bankada mürəbbə" },
            { name: "a.jpg", data: jpegWithGpsSync() },
            a.cookie,
          ),
          { id },
        ),
      ),
    );
    expect(statusOf(upload)).toBe(200);
    expect(dataOf<{ message: string }>(upload).message).toBe("dashboard.photos.uploadedRevision");
    expect((await db.product.findUniqueOrThrow({ where: { id } })).status).toBe("PUBLISHED");
    expect((await productPage(a.product.slug)).product.images).toHaveLength(0);

    const mentor = await mentorCookie();
    const revision = (await queue(mentor)).revisions.find((r) => r.subjectType === "Product" && r.title === a.product.titleAz)!;
    expect(revision.photosAdded).toHaveLength(1);
    expect(revision.fields).toEqual([]);
    expect(statusOf(await decide({ intent: "approve-revision", id: revision.id }, mentor))).toBe(302);
    expect((await productPage(a.product.slug)).product.images).toHaveLength(1);

    // Removing a live photo is a change too: the photo stays until approved.
    const image = await db.image.findFirstOrThrow({ where: { productId: id } });
    await settle(() =>
      photosAction(routeArgs(multipartRequest(`/dashboard/products/${id}/photos`, { intent: "delete", imageId: image.id }, null, a.cookie), { id })),
    );
    expect((await productPage(a.product.slug)).product.images).toHaveLength(1);
    const removal = (await queue(mentor)).revisions.find((r) => r.subjectType === "Product" && r.title === a.product.titleAz)!;
    expect(removal.photosRemoved).toHaveLength(1);
    await decide({ intent: "approve-revision", id: removal.id }, mentor);
    expect((await productPage(a.product.slug)).product.images).toHaveLength(0);
    expect(await db.image.count({ where: { productId: id } })).toBe(0);
  }, 60_000);

  it("a renamed variant of a live listing waits for review; its price applies at once", async () => {
    const { a, id } = await editPublished();
    const variant = await db.variant.create({ data: { productId: id, nameAz: "1 kq", priceQ: 900, stock: 3 } });
    const post = (body: Record<string, string>) =>
      settle(() => editAction(routeArgs(postRequest(`/dashboard/products/${id}`, body, { cookie: a.cookie }), { id })));
    await post({ intent: "updateVariant", variantId: variant.id, nameAz: "1 kiloqram", price: "8,00", stock: "3" });
    expect(await db.variant.findUniqueOrThrow({ where: { id: variant.id } })).toMatchObject({ nameAz: "1 kq", priceQ: 800 });
    await post({ intent: "addVariant", nameAz: "2 kq", price: "15,00", stock: "2" });
    expect(await db.variant.count({ where: { productId: id } })).toBe(1);
    expect((await db.product.findUniqueOrThrow({ where: { id } })).status).toBe("PUBLISHED");

    const mentor = await mentorCookie();
    const revision = (await queue(mentor)).revisions.find((r) => r.subjectType === "Product" && r.title === a.product.titleAz)!;
    expect(revision.fields).toEqual([
      { field: "variant", before: "1 kq", after: "1 kiloqram" },
      { field: "newVariant", before: "", after: "2 kq" },
    ]);
    await decide({ intent: "approve-revision", id: revision.id }, mentor);
    expect((await db.variant.findMany({ where: { productId: id }, orderBy: { position: "asc" } })).map((v) => [v.nameAz, v.priceQ, v.stock])).toEqual([
      ["1 kiloqram", 800, 3],
      ["2 kq", 1500, 2],
    ]);
  });

  it("new listings keep the review flow: a draft or rejected listing is edited in place and goes to the queue", async () => {
    const { a, id, post } = await editPublished();
    await db.product.update({ where: { id }, data: { status: "REJECTED", reviewNote: "Şəkil yoxdur" } });
    await post({ titleAz: "Düzəldilmiş ad" });
    expect(await db.product.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PENDING_REVIEW", titleAz: "Düzəldilmiş ad" });
    expect(await db.revision.count({ where: { subjectId: id } })).toBe(0);
    void a;
  });

  it("another producer cannot see or change the revision, and only staff decide", async () => {
    const { a, b } = await twoProducers();
    const id = a.product.id;
    const base = await listingForm({ titleAz: "Başqasının adı" });
    const foreign = await settle(() => editAction(routeArgs(postRequest(`/dashboard/products/${id}`, base, { cookie: b.cookie }), { id })));
    expect(statusOf(foreign)).toBe(404);
    const own = await listingForm({ titleAz: "Öz adım" });
    await settle(() => editAction(routeArgs(postRequest(`/dashboard/products/${id}`, own, { cookie: a.cookie }), { id })));
    const revision = await db.revision.findFirstOrThrow({ where: { subjectId: id, status: "PENDING" } });
    for (const cookie of [a.cookie, b.cookie]) {
      expect([302, 403]).toContain(statusOf(await decide({ intent: "approve-revision", id: revision.id }, cookie)));
    }
    expect((await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).status).toBe("PENDING");
  });
});

describe("separation of duties", () => {
  it("a mentor who belongs to the producer cannot decide on its revision; another staff member can", async () => {
    const { a, id, post } = await editPublished();
    await post({ titleAz: "Öz elanımın yeni adı" });
    const revision = await db.revision.findFirstOrThrow({ where: { subjectId: id, status: "PENDING" } });
    const insider = await createUser({ role: "MENTOR" });
    await db.producerMember.create({ data: { producerId: a.producer.id, userId: insider.id, role: "MEMBER" } });
    const insiderCookie = await sessionCookieFor(insider.id);
    const forms: Record<string, string>[] = [
      { intent: "approve-revision", id: revision.id },
      { intent: "reject-revision", id: revision.id, reason: "Özüm qərar verirəm" },
    ];
    for (const form of forms) {
      const result = await decide(form, insiderCookie);
      expect(statusOf(result)).toBe(403);
      expect(dataOf<{ reply: { error: Record<string, string[]> } }>(result).reply.error[""]).toEqual(["admin.review.ownProducer"]);
    }
    expect((await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).status).toBe("PENDING");
    expect(statusOf(await decide({ intent: "approve-revision", id: revision.id }, await mentorCookie()))).toBe(302);
  });
});

describe("changing a live profile", () => {
  it("keeps the live story until approved; delivery settings apply at once", async () => {
    const { a } = await twoProducers();
    await db.producer.update({ where: { id: a.producer.id }, data: { storyAz: "Köhnə hekayə, uzun illərin təcrübəsi." } });
    const form = await profileForm({ storyAz: "Yeni hekayəmiz: ailəmiz 1950-ci ildən halva bişirir.", storyEn: "" });
    const result = await settle(() => profileAction(routeArgs(postRequest("/dashboard/profile", form, { cookie: a.cookie }))));
    expect(statusOf(result)).toBe(200);
    expect(dataOf<{ saved: boolean; pendingReview: boolean }>(result)).toMatchObject({ saved: true, pendingReview: true });
    expect(await db.producer.findUniqueOrThrow({ where: { id: a.producer.id } })).toMatchObject({
      storyAz: "Köhnə hekayə, uzun illərin təcrübəsi.",
      district: "Kiş",
      status: "ACTIVE",
    });
    expect((await producerPage(a.producer.slug)).producer.story).toBe("Köhnə hekayə, uzun illərin təcrübəsi.");
    const page = dataOf<{ profile: { storyAz: string }; pendingReview: boolean }>(
      await settle(() => profileLoader(routeArgs(getRequest("/dashboard/profile", { cookie: a.cookie })))),
    );
    expect(page).toMatchObject({ profile: { storyAz: "Yeni hekayəmiz: ailəmiz 1950-ci ildən halva bişirir." }, pendingReview: true });

    const mentor = await mentorCookie();
    const revision = (await queue(mentor)).revisions.find((r) => r.subjectType === "Producer" && r.title === a.producer.name)!;
    expect(revision.fields).toEqual([
      { field: "storyAz", before: "Köhnə hekayə, uzun illərin təcrübəsi.", after: "Yeni hekayəmiz: ailəmiz 1950-ci ildən halva bişirir." },
    ]);
    await decide({ intent: "approve-revision", id: revision.id }, mentor);
    expect((await producerPage(a.producer.slug)).producer.story).toBe("Yeni hekayəmiz: ailəmiz 1950-ci ildən halva bişirir.");
  });

  it("a new profile photo is not public until approved", async () => {
    const { a } = await twoProducers();
    const upload = await settle(() =>
      profileAction(
        routeArgs(multipartRequest("/dashboard/profile", { intent: "upload", alt: "Emalatxana" }, { name: "p.jpg", data: jpegWithGpsSync() }, a.cookie)),
      ),
    );
    expect(statusOf(upload)).toBe(200);
    expect((await producerPage(a.producer.slug)).producer.images).toHaveLength(0);
    const mentor = await mentorCookie();
    const revision = (await queue(mentor)).revisions.find((r) => r.subjectType === "Producer" && r.title === a.producer.name)!;
    expect(revision.photosAdded).toHaveLength(1);
    await decide({ intent: "approve-revision", id: revision.id }, mentor);
    expect((await producerPage(a.producer.slug)).producer.images).toHaveLength(1);
  }, 60_000);
});

// One small JPEG made once for the photo tests.
let jpeg: Buffer;
beforeAll(async () => {
  jpeg = await jpegWithGps(640, 480);
});
const jpegWithGpsSync = () => jpeg;

describe("changing a live listing's facts", () => {
  it("its size, weight and allergens wait for a mentor like its text: the page keeps the approved ones until then", async () => {
    const { a } = await twoProducers();
    const id = a.product.id;
    await db.product.update({ where: { id }, data: { unit: "jar", weightG: 450, allergens: "nuts,milk", descriptionAz: "Köhnə təsvir" } });
    const form = await listingForm({ titleAz: a.product.titleAz, titleEn: a.product.titleEn, descriptionAz: "Köhnə təsvir", facts: "1" });
    const post = (overrides: Record<string, string | string[]>) =>
      settle(() => editAction(routeArgs(postRequest(`/dashboard/products/${id}`, { ...form, ...overrides }, { cookie: a.cookie }), { id })));

    // Dropping the nuts (and a lighter jar) on a live listing: the shopper still reads the approved facts.
    const result = await post({ weightG: "300", allergens: ["milk"] });
    expect(statusOf(result)).toBe(200);
    expect(dataOf<{ status: string }>(result).status).toBe("revision");
    expect(await db.product.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PUBLISHED", weightG: 450, allergens: "nuts,milk" });
    const page = dataOf<{ product: { facts: { weightG: number; allergens: string } } }>(
      await settle(() => productLoader(routeArgs(getRequest(`/products/${a.product.slug}?lang=az`), { slug: a.product.slug }))),
    );
    expect(page.product.facts).toMatchObject({ weightG: 450, allergens: "nuts,milk" });

    // The producer's form shows the proposal.
    const edit = dataOf<{ listing: { weightG: number | null; allergens: string | null; pendingRevision: boolean } }>(
      await settle(() => editLoader(routeArgs(getRequest(`/dashboard/products/${id}`, { cookie: a.cookie }), { id }))),
    );
    expect(edit.listing).toMatchObject({ weightG: 300, allergens: "milk", pendingRevision: true });

    // The mentor reads the change in the product page's words.
    const revision = (await queue(await mentorCookie())).revisions.find((r) => r.subjectType === "Product" && r.title === a.product.titleAz);
    expect(revision?.fields).toEqual([
      { field: "weightG", before: "450 q", after: "300 q" },
      { field: "allergens", before: "qoz-fındıq, süd", after: "süd" },
    ]);

    // Putting the facts back withdraws the proposal.
    await post({ weightG: "450", allergens: ["nuts", "milk"] });
    expect(await db.revision.count({ where: { subjectId: id, status: "PENDING" } })).toBe(0);

    // Approved, the new facts are live.
    await post({ weightG: "300", allergens: ["milk"] });
    const pending = await db.revision.findFirstOrThrow({ where: { subjectId: id, status: "PENDING" } });
    expect(statusOf(await decide({ intent: "approve-revision", id: pending.id }, await mentorCookie()))).toBe(302);
    expect(await db.product.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PUBLISHED", weightG: 300, allergens: "milk" });
  });

  it("a draft's new facts send it to review, as a new text does", async () => {
    const { a } = await twoProducers();
    const id = a.product.id;
    await db.product.update({ where: { id }, data: { status: "REJECTED", unit: "jar", weightG: 450, descriptionAz: "Köhnə təsvir" } });
    const form = await listingForm({ titleAz: a.product.titleAz, titleEn: a.product.titleEn, descriptionAz: "Köhnə təsvir", facts: "1", weightG: "450" });
    const post = (overrides: Record<string, string | string[]>) =>
      settle(() => editAction(routeArgs(postRequest(`/dashboard/products/${id}`, { ...form, ...overrides }, { cookie: a.cookie }), { id })));
    expect(dataOf<{ status: string }>(await post({})).status).toBe("saved");
    expect((await db.product.findUniqueOrThrow({ where: { id } })).status).toBe("REJECTED");
    expect(dataOf<{ status: string }>(await post({ weightG: "300" })).status).toBe("review");
    expect(await db.product.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PENDING_REVIEW", weightG: 300 });
  });
});
