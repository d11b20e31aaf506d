import type { ProducerStatus } from "~/generated/prisma/enums";
import { describe, expect, it } from "vitest";
import { action as queuesAction } from "~/routes/admin/admin._index";
import { action as producerAction } from "~/routes/admin/admin.producers.$id";
import { action as collectionAction } from "~/routes/admin/admin.collections.$id";
import { loader as auditLoader } from "~/routes/admin/admin.audit";
import { db } from "~/utils/db.server";
import { createPendingListing, signedInCast } from "../support/admin-factories";
import { createProducer, createProduct } from "../support/factories";
import { dataOf, getRequest, loadContext, postRequest, settle, statusOf } from "../support/http";

type Reply = { reply: { error?: Record<string, string[] | null> } };

const queue = (form: Record<string, string>, cookie: string) =>
  settle(() => queuesAction({ request: postRequest("/admin", form, { cookie }), params: {}, context: loadContext }));
const standing = (id: string, form: Record<string, string>, cookie: string) =>
  settle(() => producerAction({ request: postRequest(`/admin/producers/${id}`, form, { cookie }), params: { id }, context: loadContext }));

/** A mentor who has also applied as a producer, with a listing waiting for review. */
async function mentorWithOwnProducer(status: ProducerStatus = "APPLIED") {
  const cast = await signedInCast();
  const own = await createProducer({ status, memberId: cast.users.mentor.id });
  return { ...cast, own };
}

function expectRefused(result: unknown) {
  expect(statusOf(result)).toBe(403);
  expect(dataOf<Reply>(result).reply.error?.[""]).toEqual(["admin.review.ownProducer"]);
}

describe("separation of duties", () => {
  it("a mentor cannot approve or decline their own producer's application; another staff member can, and the audit log names them", async () => {
    const { own, cookies, users } = await mentorWithOwnProducer();
    expectRefused(await queue({ intent: "approve-producer", id: own.id }, cookies.mentor));
    expectRefused(await queue({ intent: "reject-producer", id: own.id, reason: "Kifayət qədər məlumat yoxdur" }, cookies.mentor));
    expect((await db.producer.findUniqueOrThrow({ where: { id: own.id } })).status).toBe("APPLIED");
    expect(await db.auditLog.count({ where: { entityId: own.id } })).toBe(0);

    expect(statusOf(await queue({ intent: "approve-producer", id: own.id }, cookies.admin))).toBe(302);
    expect((await db.producer.findUniqueOrThrow({ where: { id: own.id } })).status).toBe("ACTIVE");
    const page = dataOf<{ entries: { action: string; entityId: string; actor: { name: string } | null }[] }>(
      await auditLoader({ request: getRequest(`/admin/audit?entityId=${own.id}`, { cookie: cookies.mentor }), params: {}, context: loadContext }),
    );
    expect(page.entries.map((e) => [e.action, e.actor?.name])).toEqual([["producer.approve", users.admin.name]]);
  });

  it("a mentor cannot approve or send back their own producer's listing", async () => {
    const { own, cookies } = await mentorWithOwnProducer("ACTIVE");
    const listing = await createPendingListing(own.id);
    expectRefused(await queue({ intent: "approve-listing", id: listing.id, slug: listing.slug }, cookies.mentor));
    expectRefused(await queue({ intent: "reject-listing", id: listing.id, reason: "Şəkil yoxdur, əlavə edin" }, cookies.mentor));
    expect((await db.product.findUniqueOrThrow({ where: { id: listing.id } })).status).toBe("PENDING_REVIEW");
    expect(statusOf(await queue({ intent: "approve-listing", id: listing.id, slug: listing.slug }, cookies.admin))).toBe(302);
    expect((await db.product.findUniqueOrThrow({ where: { id: listing.id } })).status).toBe("PUBLISHED");
  });

  it("a staff member cannot verify, suspend, reactivate or assign a mentor to their own producer", async () => {
    const { own, cookies, users } = await mentorWithOwnProducer("ACTIVE");
    expectRefused(await standing(own.id, { intent: "verify" }, cookies.mentor));
    expectRefused(await standing(own.id, { intent: "suspend", reason: "Qaydaları pozub, yoxlanılır" }, cookies.mentor));
    expectRefused(await standing(own.id, { intent: "assign-mentor", mentorId: users.mentor.id }, cookies.mentor));
    expect(await db.producer.findUniqueOrThrow({ where: { id: own.id } })).toMatchObject({ verified: false, status: "ACTIVE", mentorId: null });

    // An admin who belongs to a producer is held to the same rule.
    await db.producerMember.update({ where: { userId: users.mentor.id }, data: { userId: users.admin.id } });
    expectRefused(await standing(own.id, { intent: "verify" }, cookies.admin));
    expect(statusOf(await standing(own.id, { intent: "verify" }, cookies.mentor))).toBe(302);
    expect((await db.producer.findUniqueOrThrow({ where: { id: own.id } })).verified).toBe(true);
    expect(await db.auditLog.findFirstOrThrow({ where: { entityId: own.id, action: "producer.verify" } })).toMatchObject({ actorId: users.mentor.id });
  });

  it("a staff member cannot feature their own producer's product in a collection; another can", async () => {
    const { own, cookies } = await mentorWithOwnProducer("ACTIVE");
    const product = await createProduct(own.id, { status: "PUBLISHED" });
    const collection = await db.collection.create({ data: { slug: `own-${own.id}`, titleAz: "Seçilmişlər" } });
    const add = (cookie: string) =>
      settle(() =>
        collectionAction({
          request: postRequest(`/admin/collections/${collection.id}`, { intent: "add-item", productId: product.id }, { cookie }),
          params: { id: collection.id },
          context: loadContext,
        }),
      );
    expectRefused(await add(cookies.mentor));
    expect(await db.collectionItem.count({ where: { collectionId: collection.id } })).toBe(0);
    expect(statusOf(await add(cookies.admin))).toBe(302);
    expect(await db.collectionItem.count({ where: { collectionId: collection.id } })).toBe(1);
  });
});
