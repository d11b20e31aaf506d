import { describe, expect, it } from "vitest";
import { findProducts } from "~/models/catalog/products.server";
import { catalogFiltersSchema } from "~/models/catalog/catalog-filters";
import { action as queuesAction, loader as queuesLoader } from "~/routes/admin/admin._index";
import { loader as layoutLoader } from "~/routes/admin/admin";
import { db } from "~/utils/db.server";
import { createApplication, createPendingListing, signedInCast } from "../support/admin-factories";
import { createProducer } from "../support/factories";
import { dataOf, getRequest, headerOf, loadContext, postRequest, settle, statusOf } from "../support/http";

const args = (request: Request) => ({ request, params: {}, context: loadContext });
const post = (form: Record<string, string>, cookie: string | null) => queuesAction(args(postRequest("/admin", form, { cookie })));
const filters = (q: string) => catalogFiltersSchema.parse({ q });

describe("listing queue", () => {
  it("approving publishes the listing on the storefront at once, with an audit row and a mail", async () => {
    const { cookies, users, producer } = await signedInCast();
    await db.user.update({ where: { id: users.member.id }, data: { locale: "en" } });
    const listing = await createPendingListing(producer.id, { titleAz: "Qoz mürəbbəsi", titleEn: "Walnut jam" });
    expect((await findProducts(filters("walnut"), "en")).total).toBe(0);

    const result = await settle(() => post({ intent: "approve-listing", id: listing.id, slug: listing.slug }, cookies.mentor));
    expect(statusOf(result)).toBe(302);
    expect(headerOf(result, "Location")).toBe(`/admin?done=listingApproved&slug=${listing.slug}`);

    const after = await db.product.findUniqueOrThrow({ where: { id: listing.id } });
    expect(after.status).toBe("PUBLISHED");
    expect(after.publishedAt).not.toBeNull();
    expect(after.reviewNote).toBe("");
    const found = await findProducts(filters("walnut"), "en");
    expect(found.items.map((i) => i.slug)).toContain(listing.slug);

    const audit = await db.auditLog.findMany({ where: { entityType: "Product", entityId: listing.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "listing.approve", actorId: users.mentor.id });
    expect(JSON.parse(audit[0].before)).toMatchObject({ status: "PENDING_REVIEW" });
    expect(JSON.parse(audit[0].after)).toMatchObject({ status: "PUBLISHED" });

    const mail = await db.mailOutbox.findFirstOrThrow({ where: { to: users.member.email } });
    expect(mail.locale).toBe("en");
    expect(mail.subject).toContain("Walnut jam");
    expect(mail.kind).toBe("admin.mail.listingApproved");
  });

  it("refuses to decide twice on the same listing (409, nothing more written)", async () => {
    const { cookies, producer } = await signedInCast();
    const listing = await createPendingListing(producer.id);
    expect(statusOf(await settle(() => post({ intent: "approve-listing", id: listing.id }, cookies.mentor)))).toBe(302);
    const again = await settle(() => post({ intent: "reject-listing", id: listing.id, reason: "Too late" }, cookies.admin));
    expect(statusOf(again)).toBe(409);
    expect(dataOf<{ reply: { error: Record<string, string[]> } }>(again).reply.error[""]).toEqual(["admin.review.notPending"]);
    expect((await db.product.findUniqueOrThrow({ where: { id: listing.id } })).status).toBe("PUBLISHED");
    expect(await db.auditLog.count({ where: { entityId: listing.id } })).toBe(1);
  });

  it("rejecting needs a written reason: without one, 400 and nothing changes", async () => {
    const { cookies, producer } = await signedInCast();
    await db.mailOutbox.deleteMany();
    const listing = await createPendingListing(producer.id);
    for (const reason of [undefined, "", "   "]) {
      const form: Record<string, string> = { intent: "reject-listing", id: listing.id };
      if (reason !== undefined) form.reason = reason;
      const result = await settle(() => post(form, cookies.mentor));
      expect(statusOf(result)).toBe(400);
      const reply = dataOf<{ formId: string; reply: { error: Record<string, string[]> } }>(result);
      expect(reply.formId).toBe(`reject-listing-${listing.id}`);
      expect(reply.reply.error.reason).toEqual(["admin.review.reasonRequired"]);
    }
    const after = await db.product.findUniqueOrThrow({ where: { id: listing.id } });
    expect(after.status).toBe("PENDING_REVIEW");
    expect(await db.auditLog.count({ where: { entityId: listing.id } })).toBe(0);
    expect(await db.mailOutbox.count({ where: { kind: "admin.mail.listingRejected" } })).toBe(0);
  });

  it("rejecting with a reason stores it for the producer and mails them", async () => {
    const { cookies, producer, users } = await signedInCast();
    const listing = await createPendingListing(producer.id);
    const result = await settle(() => post({ intent: "reject-listing", id: listing.id, reason: "  Şəkil bulanıqdır, yenisini əlavə edin.  " }, cookies.mentor));
    expect(statusOf(result)).toBe(302);
    const after = await db.product.findUniqueOrThrow({ where: { id: listing.id } });
    expect(after.status).toBe("REJECTED");
    expect(after.reviewNote).toBe("Şəkil bulanıqdır, yenisini əlavə edin.");
    const mail = await db.mailOutbox.findFirstOrThrow({ where: { to: users.member.email, kind: "admin.mail.listingRejected" } });
    expect(mail.locale).toBe("az");
    expect(mail.text).toContain("Şəkil bulanıqdır");
    expect(await db.auditLog.count({ where: { action: "listing.reject", entityId: listing.id } })).toBe(1);
  });

  it("answers an unknown id with 404", async () => {
    const { cookies } = await signedInCast();
    expect(statusOf(await settle(() => post({ intent: "approve-listing", id: "nope" }, cookies.mentor)))).toBe(404);
  });
});

describe("producer applications", () => {
  it("approving makes the producer active with approvedAt, audited and mailed", async () => {
    const { cookies, users } = await signedInCast();
    const { producer, member } = await createApplication("Bağ evi");
    const result = await settle(() => post({ intent: "approve-producer", id: producer.id }, cookies.admin));
    expect(statusOf(result)).toBe(302);
    const after = await db.producer.findUniqueOrThrow({ where: { id: producer.id } });
    expect(after.status).toBe("ACTIVE");
    expect(after.approvedAt).not.toBeNull();
    expect(await db.auditLog.count({ where: { action: "producer.approve", entityId: producer.id, actorId: users.admin.id } })).toBe(1);
    expect(await db.mailOutbox.count({ where: { to: member.email, kind: "admin.mail.producerApproved" } })).toBe(1);
  });

  it("declining needs a reason and stores it as the producer's status reason", async () => {
    const { cookies } = await signedInCast();
    const { producer } = await createApplication();
    expect(statusOf(await settle(() => post({ intent: "reject-producer", id: producer.id, reason: "" }, cookies.mentor)))).toBe(400);
    expect((await db.producer.findUniqueOrThrow({ where: { id: producer.id } })).status).toBe("APPLIED");
    const result = await settle(() => post({ intent: "reject-producer", id: producer.id, reason: "Sənədlər natamamdır." }, cookies.mentor));
    expect(statusOf(result)).toBe(302);
    const after = await db.producer.findUniqueOrThrow({ where: { id: producer.id } });
    expect(after).toMatchObject({ status: "REJECTED", statusReason: "Sənədlər natamamdır." });
  });

  it("cannot approve a producer that is not waiting (an active or suspended one)", async () => {
    const { cookies } = await signedInCast();
    const suspended = await createProducer({ status: "SUSPENDED" });
    const result = await settle(() => post({ intent: "approve-producer", id: suspended.id }, cookies.mentor));
    expect(statusOf(result)).toBe(409);
    expect((await db.producer.findUniqueOrThrow({ where: { id: suspended.id } })).status).toBe("SUSPENDED");
  });

  it("rejects unknown intents with 400", async () => {
    const { cookies, producer } = await signedInCast();
    expect(statusOf(await settle(() => post({ intent: "publish-everything", id: producer.id }, cookies.mentor)))).toBe(400);
  });
});

describe("queue page", () => {
  it("lists applications and listings oldest first, with counts in the layout", async () => {
    const { cookies, producer } = await signedInCast();
    const older = await createPendingListing(producer.id, { titleEn: "Older" });
    await db.product.update({ where: { id: older.id }, data: { submittedAt: new Date(Date.now() - 86_400_000) } });
    const newer = await createPendingListing(producer.id, { titleEn: "Newer" });
    const { producer: applicant } = await createApplication();
    const page = dataOf<{ listings: { id: string }[]; applications: { id: string }[] }>(
      await settle(() => queuesLoader(args(getRequest("/admin", { cookie: cookies.mentor })))),
    );
    const mine = page.listings.map((l) => l.id).filter((id) => id === older.id || id === newer.id);
    expect(mine).toEqual([older.id, newer.id]);
    expect(page.applications.map((a) => a.id)).toContain(applicant.id);
    const layout = dataOf<{ counts: { applications: number; listings: number } }>(
      await settle(() => layoutLoader(args(getRequest("/admin", { cookie: cookies.mentor })))),
    );
    expect(layout.counts).toEqual({
      applications: await db.producer.count({ where: { status: "APPLIED" } }),
      listings: await db.product.count({ where: { status: "PENDING_REVIEW" } }),
      revisions: await db.revision.count({ where: { status: "PENDING" } }),
    });
    expect(layout.counts.listings).toBeGreaterThanOrEqual(2);
  });

  it("shows a mentor a good's facts as the product page will, and which still lack what their category needs", async () => {
    const { cookies, producer } = await signedInCast();
    const stated = await createPendingListing(producer.id);
    await db.product.update({ where: { id: stated.id }, data: { unit: "jar", volumeMl: 1500, shelfLifeDays: 1, allergens: "nuts,milk" } });
    const unstated = await createPendingListing(producer.id);
    await db.product.update({ where: { id: unstated.id }, data: { unit: "jar" } });
    type Queued = { id: string; facts: { label: string; text: string }[]; factsMissing: boolean };
    const page = dataOf<{ listings: Queued[] }>(await settle(() => queuesLoader(args(getRequest("/admin?lang=en", { cookie: cookies.mentor })))));
    expect(page.listings.find((l) => l.id === stated.id)).toMatchObject({
      facts: [
        { label: "Volume", text: "1.5 l" },
        { label: "Shelf life", text: "1 day" },
        { label: "Contains", text: "tree nuts, milk" },
      ],
      factsMissing: false,
    });
    expect(page.listings.find((l) => l.id === unstated.id)).toMatchObject({ facts: [], factsMissing: true });
  });
});

describe("forged posts", () => {
  it("a producer member or shopper approving a listing gets 403 and nothing changes", async () => {
    const started = new Date();
    const { cookies, producer } = await signedInCast();
    const listing = await createPendingListing(producer.id);
    const { producer: applicant } = await createApplication();
    for (const cookie of [cookies.member, cookies.shopper]) {
      expect(statusOf(await settle(() => post({ intent: "approve-listing", id: listing.id }, cookie)))).toBe(403);
      expect(statusOf(await settle(() => post({ intent: "approve-producer", id: applicant.id }, cookie)))).toBe(403);
    }
    expect((await db.product.findUniqueOrThrow({ where: { id: listing.id } })).status).toBe("PENDING_REVIEW");
    expect((await db.producer.findUniqueOrThrow({ where: { id: applicant.id } })).status).toBe("APPLIED");
    expect(await db.auditLog.count({ where: { entityId: { in: [listing.id, applicant.id] } } })).toBe(0);
    expect(
      await db.mailOutbox.count({ where: { kind: { in: ["admin.mail.listingApproved", "admin.mail.producerApproved"] }, createdAt: { gte: started } } }),
    ).toBe(0);
  });

  it("an anonymous post is sent to log in", async () => {
    const { producer } = await signedInCast();
    const listing = await createPendingListing(producer.id);
    expect(statusOf(await settle(() => post({ intent: "approve-listing", id: listing.id }, null)))).toBe(302);
    expect((await db.product.findUniqueOrThrow({ where: { id: listing.id } })).status).toBe("PENDING_REVIEW");
  });
});
