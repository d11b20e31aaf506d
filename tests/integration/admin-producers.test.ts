import { describe, expect, it } from "vitest";
import { catalogFiltersSchema } from "~/models/catalog/catalog-filters";
import { findProducts } from "~/models/catalog/products.server";
import { bakuToday } from "~/utils/baku-time";
import { action as producerAction, loader as producerLoader } from "~/routes/admin/admin.producers.$id";
import { loader as producersLoader } from "~/routes/admin/admin.producers._index";
import { loader as tasksLoader } from "~/routes/admin/admin.tasks";
import { db } from "~/utils/db.server";
import { createOrder, createProducerIn, createRegion, createSector, signedInCast } from "../support/admin-factories";
import { createProduct, createUser, ensureTaxonomy } from "../support/factories";
import { dataOf, getRequest, loadContext, postRequest, sessionCookieFor, settle, statusOf } from "../support/http";

const call = <T>(fn: (a: { request: Request; params: Record<string, string>; context: typeof loadContext }) => Promise<T>, request: Request, id?: string) =>
  settle(() => fn({ request, params: id ? { id } : {}, context: loadContext }));
const post = (id: string, form: Record<string, string>, cookie: string | null) =>
  call(producerAction, postRequest(`/admin/producers/${id}`, form, { cookie }), id);
const view = (id: string, cookie: string | null) => call(producerLoader, getRequest(`/admin/producers/${id}`, { cookie }), id);
const inDays = (days: number) => bakuToday(new Date(Date.now() + days * 86_400_000));

describe("suspending and reactivating", () => {
  it("a suspended producer's listings leave the storefront, and come back on reactivation", async () => {
    const { cookies, producer, users } = await signedInCast();
    const product = await createProduct(producer.id, { titleEn: "Chestnut honey" });
    const search = catalogFiltersSchema.parse({ q: "chestnut" });
    expect((await findProducts(search, "en")).items.map((i) => i.slug)).toContain(product.slug);

    const noReason = await post(producer.id, { intent: "suspend", reason: " " }, cookies.mentor);
    expect(statusOf(noReason)).toBe(400);
    expect((await db.producer.findUniqueOrThrow({ where: { id: producer.id } })).status).toBe("ACTIVE");

    expect(statusOf(await post(producer.id, { intent: "suspend", reason: "Sanitary papers expired." }, cookies.mentor))).toBe(302);
    const suspended = await db.producer.findUniqueOrThrow({ where: { id: producer.id } });
    expect(suspended).toMatchObject({ status: "SUSPENDED", statusReason: "Sanitary papers expired." });
    expect((await findProducts(search, "en")).items.map((i) => i.slug)).not.toContain(product.slug);
    expect(await db.mailOutbox.count({ where: { to: users.member.email, kind: "admin.mail.producerSuspended" } })).toBe(1);

    expect(statusOf(await post(producer.id, { intent: "reactivate" }, cookies.mentor))).toBe(302);
    const back = await db.producer.findUniqueOrThrow({ where: { id: producer.id } });
    expect(back).toMatchObject({ status: "ACTIVE", statusReason: "" });
    expect((await findProducts(search, "en")).items.map((i) => i.slug)).toContain(product.slug);

    const audit = await db.auditLog.findMany({ where: { entityId: producer.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["producer.suspend", "producer.reactivate"]);
    expect(JSON.parse(audit[0].after)).toMatchObject({ status: "SUSPENDED", statusReason: "Sanitary papers expired." });
  });

  it("cannot reactivate an active producer (409, nothing written)", async () => {
    const { cookies, producer } = await signedInCast();
    expect(statusOf(await post(producer.id, { intent: "reactivate" }, cookies.mentor))).toBe(409);
    expect(await db.auditLog.count({ where: { entityId: producer.id } })).toBe(0);
  });
});

describe("badge and mentor", () => {
  it("grants and revokes the verified badge, audited; a suspended producer cannot be granted it", async () => {
    const { cookies, producer } = await signedInCast();
    expect(statusOf(await post(producer.id, { intent: "verify" }, cookies.mentor))).toBe(302);
    expect((await db.producer.findUniqueOrThrow({ where: { id: producer.id } })).verified).toBe(true);
    expect(statusOf(await post(producer.id, { intent: "unverify" }, cookies.admin))).toBe(302);
    expect((await db.producer.findUniqueOrThrow({ where: { id: producer.id } })).verified).toBe(false);
    const actions = (await db.auditLog.findMany({ where: { entityId: producer.id }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["producer.verify", "producer.unverify"]);

    await db.producer.update({ where: { id: producer.id }, data: { status: "SUSPENDED" } });
    const refused = await post(producer.id, { intent: "verify" }, cookies.mentor);
    expect(statusOf(refused)).toBe(409);
    expect((await db.producer.findUniqueOrThrow({ where: { id: producer.id } })).verified).toBe(false);
  });

  it("assigns a mentor (staff only) and unassigns with an empty choice", async () => {
    const { cookies, producer, users } = await signedInCast();
    const refused = await post(producer.id, { intent: "assign-mentor", mentorId: users.shopper.id }, cookies.admin);
    expect(statusOf(refused)).toBe(409);
    expect(dataOf<{ reply: { error: Record<string, string[]> } }>(refused).reply.error.mentorId).toEqual(["admin.producer.mentorInvalid"]);
    expect(statusOf(await post(producer.id, { intent: "assign-mentor", mentorId: users.mentor.id }, cookies.admin))).toBe(302);
    expect((await db.producer.findUniqueOrThrow({ where: { id: producer.id } })).mentorId).toBe(users.mentor.id);
    expect(statusOf(await post(producer.id, { intent: "assign-mentor", mentorId: "" }, cookies.admin))).toBe(302);
    expect((await db.producer.findUniqueOrThrow({ where: { id: producer.id } })).mentorId).toBeNull();
    const audit = await db.auditLog.findMany({ where: { entityId: producer.id, action: "producer.assignMentor" }, orderBy: { id: "asc" } });
    expect(audit.map((a) => JSON.parse(a.after).mentorId)).toEqual([users.mentor.id, null]);
  });

  it("answers an unknown producer with 404 on the page and on posts", async () => {
    const { cookies } = await signedInCast();
    expect(statusOf(await view("missing", cookies.mentor))).toBe(404);
    expect(statusOf(await post("missing", { intent: "verify" }, cookies.mentor))).toBe(404);
    expect(statusOf(await post("missing", { intent: "add-note", body: "x" }, cookies.mentor))).toBe(404);
  });
});

describe("mentoring notes", () => {
  it("any mentor reads every producer's notes; producers and shoppers never can", async () => {
    const { cookies, producer, users } = await signedInCast();
    await db.producer.update({ where: { id: producer.id }, data: { mentorId: users.admin.id } });
    expect(statusOf(await post(producer.id, { intent: "add-note", body: "" }, cookies.mentor))).toBe(400);
    expect(statusOf(await post(producer.id, { intent: "add-note", body: "Wants to try export packaging." }, cookies.mentor))).toBe(302);
    const note = await db.mentorNote.findFirstOrThrow({ where: { producerId: producer.id } });
    expect(note.authorId).toBe(users.mentor.id);
    expect(await db.auditLog.count({ where: { action: "note.add", entityId: note.id } })).toBe(1);

    // Another mentor, not assigned to this producer, reads it too.
    const otherMentor = await createUser({ role: "MENTOR" });
    const page = dataOf<{ notes: { body: string }[] }>(await view(producer.id, await sessionCookieFor(otherMentor.id)));
    expect(page.notes.map((n) => n.body)).toEqual(["Wants to try export packaging."]);

    for (const cookie of [cookies.member, cookies.shopper]) {
      expect(statusOf(await view(producer.id, cookie))).toBe(403);
      expect(statusOf(await post(producer.id, { intent: "add-note", body: "forged" }, cookie))).toBe(403);
    }
    expect(await db.mentorNote.count({ where: { producerId: producer.id } })).toBe(1);
  });
});

describe("mentoring tasks", () => {
  it("adds a task with a due date, mails the producer, and checks the date", async () => {
    const { cookies, producer, users } = await signedInCast();
    for (const [dueDate, error] of [
      ["", "form.required"],
      ["31.12.2026", "admin.task.dueInvalid"],
      ["2026-02-31", "admin.task.dueInvalid"],
      [inDays(-2), "admin.task.dueInPast"],
      [inDays(900), "admin.task.dueTooFar"],
    ]) {
      const result = await post(producer.id, { intent: "add-task", title: "Retake photos", dueDate }, cookies.mentor);
      expect(statusOf(result)).toBe(400);
      expect(dataOf<{ reply: { error: Record<string, string[]> } }>(result).reply.error.dueDate).toEqual([error]);
    }
    expect(await db.mentorTask.count({ where: { producerId: producer.id } })).toBe(0);

    const due = inDays(7);
    expect(statusOf(await post(producer.id, { intent: "add-task", title: "Retake product photos", dueDate: due }, cookies.mentor))).toBe(302);
    const task = await db.mentorTask.findFirstOrThrow({ where: { producerId: producer.id } });
    expect(task).toMatchObject({ title: "Retake product photos", authorId: users.mentor.id, doneAt: null });
    expect(bakuToday(task.dueDate)).toBe(due);
    expect(await db.auditLog.count({ where: { action: "task.add", entityId: task.id } })).toBe(1);
    const mail = await db.mailOutbox.findFirstOrThrow({ where: { to: users.member.email, kind: "admin.mail.taskAdded" } });
    expect(mail.text).toContain("Retake product photos");

    const today = await post(producer.id, { intent: "add-task", title: "Call the mentor", dueDate: bakuToday() }, cookies.mentor);
    expect(statusOf(today)).toBe(302);
    const page = dataOf<{ tasks: { open: { title: string }[]; done: unknown[] } }>(await view(producer.id, cookies.mentor));
    expect(page.tasks.open.map((t) => t.title)).toEqual(["Call the mentor", "Retake product photos"]);
  });

  it("the overview shows a mentor their producers' overdue and open tasks; an admin sees all", async () => {
    const { producer, users, cookies } = await signedInCast();
    const mentorB = await createUser({ role: "MENTOR" });
    const { region, sector } = await ensureTaxonomy();
    const other = await createProducerIn(region.id, sector.id, { mentorId: mentorB.id });
    await db.producer.update({ where: { id: producer.id }, data: { mentorId: users.mentor.id } });
    const day = 86_400_000;
    await db.mentorTask.createMany({
      data: [
        { producerId: producer.id, authorId: users.mentor.id, title: "Late one", dueDate: new Date(Date.now() - 3 * day) },
        { producerId: producer.id, authorId: users.mentor.id, title: "Soon one", dueDate: new Date(Date.now() + 3 * day) },
        { producerId: producer.id, authorId: users.mentor.id, title: "Finished", dueDate: new Date(Date.now() - day), doneAt: new Date() },
        { producerId: other.id, authorId: mentorB.id, title: "Someone else's", dueDate: new Date(Date.now() - day) },
      ],
    });
    type Overview = { overdue: { title: string }[]; open: { title: string }[] };
    const mine = dataOf<Overview>(await call(tasksLoader, getRequest("/admin/tasks", { cookie: cookies.mentor })));
    expect(mine.overdue.map((t) => t.title)).toEqual(["Late one"]);
    expect(mine.open.map((t) => t.title)).toEqual(["Soon one"]);
    const all = dataOf<Overview>(await call(tasksLoader, getRequest("/admin/tasks", { cookie: cookies.admin })));
    expect(all.overdue.map((t) => t.title)).toEqual(expect.arrayContaining(["Late one", "Someone else's"]));
    expect(all.overdue.map((t) => t.title)).not.toContain("Finished");
  });
});

describe("producer list", () => {
  it("filters by region, sector, status and mentor", async () => {
    const { cookies, users } = await signedInCast();
    const ganja = await createRegion("ganja-test", "Ganja test");
    const crafts = await createSector("crafts-test", "Crafts test");
    const { sector } = await ensureTaxonomy();
    const a = await createProducerIn(ganja.id, crafts.id, { name: "Alpha crafts", mentorId: users.mentor.id });
    const b = await createProducerIn(ganja.id, sector.id, { name: "Beta food", status: "SUSPENDED" });
    type List = { items: { id: string }[]; total: number };
    const list = async (query: string, cookie = cookies.mentor) =>
      dataOf<List>(await call(producersLoader, getRequest(`/admin/producers?${query}`, { cookie }))).items.map((i) => i.id);
    expect(await list("region=ganja-test")).toEqual([a.id, b.id]);
    expect(await list("region=ganja-test&sector=crafts-test")).toEqual([a.id]);
    expect(await list("region=ganja-test&status=SUSPENDED")).toEqual([b.id]);
    expect(await list("region=ganja-test&mentor=me")).toEqual([a.id]);
    expect(await list("region=ganja-test&mentor=none")).toEqual([b.id]);
    expect(await list(`region=ganja-test&mentor=${users.mentor.id}`)).toEqual([a.id]);
    // Nonsense in the query string is ignored, not an error.
    expect(await list("region=ganja-test&status=EVIL&page=-4")).toEqual([a.id, b.id]);
  });
});

describe("key figures", () => {
  it("sums non-cancelled orders and counts listings by status", async () => {
    const { cookies, producer } = await signedInCast();
    const product = await createProduct(producer.id, { priceQ: 1500 });
    await createProduct(producer.id, { status: "DRAFT" });
    const placedAt = new Date();
    await createOrder({ producerId: producer.id, lines: [{ productId: product.id, priceQ: 1500, quantity: 2 }], placedAt, deliveryQ: 300 });
    await createOrder({ producerId: producer.id, lines: [{ productId: product.id, priceQ: 1500, quantity: 1 }], placedAt, status: "CANCELLED" });
    const page = dataOf<{ producer: { figures: { salesQ: number; orders: number; listings: Record<string, number>; lastActivity: string | null } } }>(
      await view(producer.id, cookies.mentor),
    );
    expect(page.producer.figures).toMatchObject({ salesQ: 3300, orders: 1, listings: { PUBLISHED: 1, DRAFT: 1 } });
    expect(page.producer.figures.lastActivity).not.toBeNull();
  });
});
