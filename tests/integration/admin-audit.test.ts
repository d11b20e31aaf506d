import { describe, expect, it } from "vitest";
import * as audit from "~/models/audit/audit.server";
import { loader as auditLoader } from "~/routes/admin/admin.audit";
import { db } from "~/utils/db.server";
import { signedInCast } from "../support/admin-factories";
import { createProduct, createProducer, createUser } from "../support/factories";
import { dataOf, getRequest, loadContext, settle, statusOf } from "../support/http";

type Page = { total: number; page: number; pageCount: number; entries: { action: string; entityId: string; actor: { id: string } }[] };
const load = async (query: string, cookie: string | null) =>
  settle(() => auditLoader({ request: getRequest(`/admin/audit${query}`, { cookie }), params: {}, context: loadContext }));

describe("audit log", () => {
  it("is append-only: the module offers no way to change or remove entries", () => {
    expect(Object.keys(audit).filter((name) => /update|delete|remove|edit|clear/i.test(name))).toEqual([]);
  });

  it("filters by actor, action, record type, record and date, newest first, paginated", async () => {
    const { cookies, users } = await signedInCast();
    const other = await createUser({ role: "ADMIN" });
    const old = new Date("2026-01-10T10:00:00Z");
    await db.$transaction(async (tx) => {
      await audit.recordAudit(tx, {
        actorId: users.mentor.id,
        action: "listing.approve",
        entityType: "Product",
        entityId: "p1",
        before: { status: "PENDING_REVIEW" },
        after: { status: "PUBLISHED" },
      });
      await audit.recordAudit(tx, { actorId: other.id, action: "producer.suspend", entityType: "Producer", entityId: "pr1", after: { status: "SUSPENDED" } });
    });
    await db.auditLog.create({ data: { actorId: other.id, action: "collection.create", entityType: "Collection", entityId: "c1", createdAt: old } });

    const all = dataOf<Page>(await load("", cookies.mentor));
    expect(all.entries.slice(0, 2).map((e) => e.action)).toEqual(["producer.suspend", "listing.approve"]);
    expect(dataOf<Page>(await load(`?actor=${users.mentor.id}`, cookies.mentor)).entries.map((e) => e.entityId)).toEqual(["p1"]);
    expect(dataOf<Page>(await load("?action=producer.suspend", cookies.mentor)).entries.map((e) => e.entityId)).toEqual(["pr1"]);
    expect(dataOf<Page>(await load("?entityType=Collection", cookies.mentor)).entries.map((e) => e.entityId)).toEqual(["c1"]);
    expect(dataOf<Page>(await load("?entityId=pr1", cookies.mentor)).entries.map((e) => e.action)).toEqual(["producer.suspend"]);
    expect(dataOf<Page>(await load("?from=2026-01-10&to=2026-01-10", cookies.mentor)).entries.map((e) => e.entityId)).toEqual(["c1"]);
    expect(dataOf<Page>(await load("?to=2026-01-09", cookies.mentor)).total).toBe(0);
    // Garbage in the query string is ignored rather than an error.
    expect(statusOf(await load("?from=yesterday&page=abc&action=%27%3B--", cookies.mentor))).toBe(200);
    for (const query of ["?from=0000-01-01", "?to=9999-12-31", "?from=0000-01-01&to=9999-12-31"]) expect(statusOf(await load(query, cookies.mentor))).toBe(200);

    await db.auditLog.createMany({
      data: Array.from({ length: 60 }, (_, i) => ({ actorId: other.id, action: "note.add", entityType: "MentorNote", entityId: `n${i}` })),
    });
    const first = dataOf<Page>(await load("?action=note.add", cookies.mentor));
    expect(first.entries).toHaveLength(audit.AUDIT_PAGE_SIZE);
    expect(first.pageCount).toBe(2);
    const second = dataOf<Page>(await load("?action=note.add&page=2", cookies.mentor));
    expect(second.entries).toHaveLength(60 - audit.AUDIT_PAGE_SIZE);
  });

  it("names records and people instead of ids, in the reader's language", async () => {
    const { cookies, users } = await signedInCast();
    const producer = await createProducer({ name: "Qasımovlar Bağı" });
    const product = await createProduct(producer.id, { titleAz: "Nar şirəsi", titleEn: "Pomegranate juice" });
    await db.$transaction(async (tx) => {
      await audit.recordAudit(tx, {
        actorId: users.admin.id,
        action: "producer.assignMentor",
        entityType: "Producer",
        entityId: producer.id,
        before: { mentorId: null },
        after: { mentorId: users.mentor.id },
      });
      await audit.recordAudit(tx, {
        actorId: users.mentor.id,
        action: "listing.approve",
        entityType: "Product",
        entityId: product.id,
        before: { status: "PENDING_REVIEW" },
        after: { status: "PUBLISHED" },
      });
    });
    type Named = Page & { names: Record<string, string> };
    const page = dataOf<Named>(await load(`?entityId=${product.id}&lang=en`, cookies.mentor));
    expect(page.names[product.id]).toBe("Pomegranate juice");
    const assigned = dataOf<Named>(await load(`?entityId=${producer.id}`, cookies.mentor));
    expect(assigned.names[producer.id]).toBe("Qasımovlar Bağı");
    expect(assigned.names[users.mentor.id]).toBe(users.mentor.name);
  });

  it("is closed to producers and shoppers", async () => {
    const { cookies } = await signedInCast();
    expect(statusOf(await load("", cookies.member))).toBe(403);
    expect(statusOf(await load("", cookies.shopper))).toBe(403);
  });
});
