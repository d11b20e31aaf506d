import type { Unit } from "~/utils/units";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { action as orderAction, loader as orderLoader } from "~/routes/orders.$id";
import { action as producerOrderAction, loader as producerOrderLoader } from "~/routes/dashboard/dashboard.orders.$id";
import { action as adminReturnsAction, loader as adminReturnsLoader } from "~/routes/admin/admin.returns";
import { loader as returnPhotoLoader } from "~/routes/orders.$id_.return-photos.$key.$file";
import { action as listingAction, loader as listingLoader } from "~/routes/dashboard/dashboard.products.$id";
import { loader as productLoader } from "~/routes/products.$slug";
import { SOLD_ORDER } from "~/models/insights/sales.server";
import { producerAcceptPaid, producerMoveOrder } from "~/models/orders/lifecycle.server";
import { decideReturn, markReturnReceived, openReturn } from "~/models/orders/returns.server";
import { runOutbox } from "~/models/outbox-worker.server";
import { db } from "~/utils/db.server";
import { signLink } from "~/utils/signed-links.server";
import { checkoutForm, guestCartWith, submitCheckout } from "../support/checkout";
import { jpegWithGps, listingForm } from "../support/dashboard-factories";
import { createProducerWithMember, createProduct, createUser, ensureTaxonomy } from "../support/factories";
import { dataOf, getRequest, headerOf, loadContext, postRequest, responseOf, sessionCookieFor, settle, statusOf } from "../support/http";
import { expectMoneyInvariants, paySession, useStripeTestServer } from "../support/stripe-env";
import { structuredDataOf } from "../support/structured-data";

const stripeServer = useStripeTestServer();
const DAY = 86_400_000;

const pay = (sessionId: string) => paySession(stripeServer(), sessionId);

/** A handicraft category (not food), so its goods may be returned. */
async function craftCategory() {
  const sector =
    (await db.sector.findUnique({ where: { slug: "handicraft" } })) ??
    (await db.sector.create({ data: { slug: "handicraft", nameAz: "Sənətkarlıq", nameEn: "Handicraft", nameRu: "Ремёсла" } }));
  return (
    (await db.category.findUnique({ where: { slug: "ceramics" } })) ??
    (await db.category.create({ data: { slug: "ceramics", sectorId: sector.id, nameAz: "Keramika", nameEn: "Ceramics", nameRu: "Керамика" } }))
  );
}

async function craftProduct(producerId: string, priceQ: number, unit: Unit = "piece") {
  const product = await createProduct(producerId, { priceQ, stock: 20, unit });
  return db.product.update({ where: { id: product.id }, data: { categoryId: (await craftCategory()).id } });
}

let emails = 0;
/** One order of `quantity` units, owned by `owner` when given, accepted and shipped by its producer (paid first when by card). */
async function shippedOrder(
  productId: string,
  member: { id: string },
  producerId: string,
  options: { card?: boolean; owner?: string; quantity?: number } = {},
) {
  const email = `return${++emails}@example.az`;
  const cookie = await guestCartWith([{ productId, quantity: options.quantity ?? 2 }]);
  expect(statusOf(await submitCheckout(checkoutForm({ email, paymentMethod: options.card ? "CARD" : "CASH" }), cookie))).toBe(302);
  const group = await db.checkoutGroup.findFirstOrThrow({ where: { email }, include: { orders: true } });
  if (options.owner) {
    await db.checkoutGroup.update({ where: { id: group.id }, data: { userId: options.owner } });
    await db.order.updateMany({ where: { groupId: group.id }, data: { userId: options.owner } });
  }
  const order = group.orders[0];
  if (options.card) {
    await pay(group.stripeSessionId!);
    expect(await producerAcceptPaid({ orderId: order.id, producerId, actorId: member.id })).toEqual({ ok: true });
  } else {
    expect(await producerMoveOrder({ orderId: order.id, producerId, to: "CONFIRMED", actorId: member.id })).toEqual({ ok: true });
  }
  expect(await producerMoveOrder({ orderId: order.id, producerId, to: "SHIPPED", actorId: member.id })).toEqual({ ok: true });
  return { order, group };
}

/** The shopper's return form as a browser sends it: multipart, a reason and photo files. */
function returnRequest(orderId: string, reason: string, photos: Buffer[], options: { cookie?: string; token?: string } = {}) {
  const form = new FormData();
  form.append("intent", "openReturn");
  form.append("reason", reason);
  photos.forEach((data, i) => form.append("photo", new Blob([new Uint8Array(data)], { type: "image/jpeg" }), `photo-${i}.jpg`));
  const headers = new Headers();
  if (options.cookie) headers.set("Cookie", options.cookie);
  const query = options.token ? `?token=${options.token}` : "";
  return settle(() =>
    orderAction({
      request: new Request(`http://localhost/orders/${orderId}${query}`, { method: "POST", body: form, headers }),
      params: { id: orderId },
      context: loadContext,
    }),
  );
}

function producerPost(orderId: string, form: Record<string, string>, cookie: string) {
  return settle(() =>
    producerOrderAction({ request: postRequest(`/dashboard/orders/${orderId}`, form, { cookie }), params: { id: orderId }, context: loadContext }),
  );
}

function uploadedFiles() {
  const dir = process.env.UPLOADS_DIR!;
  return fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { recursive: true })
        .map(String)
        .filter((f) => path.basename(f).startsWith("r-"))
    : [];
}

describe("a return from request to refund", () => {
  it("card: only the owner asks, with photos; only its producer decides and marks received; received twice refunds once; the ledger and money checks balance", async () => {
    const { producer, member } = await createProducerWithMember();
    const other = await createProducerWithMember();
    const product = await craftProduct(producer.id, 2500);
    const owner = await createUser();
    const ownerCookie = await sessionCookieFor(owner.id);
    const memberCookie = await sessionCookieFor(member.id);
    const otherCookie = await sessionCookieFor(other.member.id);
    const { order, group } = await shippedOrder(product.id, member, producer.id, { card: true, owner: owner.id });

    const page = await orderLoader({ request: getRequest(`/orders/${order.id}`, { cookie: ownerCookie }), params: { id: order.id }, context: loadContext });
    expect(page.returns.request).toBeNull();
    expect(new Date(page.returns.until!).getTime()).toBeGreaterThan(Date.now() + 13 * DAY);

    // Another shopper, a guest without the link, a guest with another order's link: not found, nothing written.
    const photo = await jpegWithGps(400, 300);
    expect(statusOf(await returnRequest(order.id, "Qırıq gəldi", [photo], { cookie: await sessionCookieFor((await createUser()).id) }))).toBe(404);
    expect(statusOf(await returnRequest(order.id, "Qırıq gəldi", [photo]))).toBe(404);
    expect(statusOf(await returnRequest(order.id, "Qırıq gəldi", [photo], { token: signLink("order", "another-order") }))).toBe(404);
    expect(await db.returnRequest.count({ where: { orderId: order.id } })).toBe(0);

    const sent = await returnRequest(order.id, "Küpə qırıq gəldi", [photo, photo], { cookie: ownerCookie });
    expect(statusOf(sent)).toBe(200);
    expect(dataOf<{ returned: { done: boolean } }>(sent).returned.done).toBe(true);
    const stored = await db.returnRequest.findUniqueOrThrow({ where: { orderId: order.id } });
    expect(stored).toMatchObject({ status: "REQUESTED", reason: "Küpə qırıq gəldi" });
    const photos = JSON.parse(stored.photos) as { fileKey: string }[];
    expect(photos).toHaveLength(2);
    for (const p of photos) expect(uploadedFiles().some((f) => path.basename(f).startsWith(p.fileKey))).toBe(true);
    expect(await db.mailOutbox.count({ where: { to: member.email, kind: "after.mail.returnRequested.producer" } })).toBe(1);
    expect(await db.mailOutbox.count({ where: { to: group.email, kind: "after.mail.returnRequested.shopper" } })).toBe(1);
    expect(statusOf(await returnRequest(order.id, "Yenə soruşuram", [], { cookie: ownerCookie }))).toBe(409);

    // Another producer's member: neither sees nor decides nor receives it.
    const hidden = await settle(() =>
      producerOrderLoader({ request: getRequest(`/dashboard/orders/${order.id}`, { cookie: otherCookie }), params: { id: order.id }, context: loadContext }),
    );
    expect(statusOf(hidden)).toBe(404);
    expect(statusOf(await producerPost(order.id, { intent: "returnAccept", answer: "Bakıya göndərin" }, otherCookie))).toBe(404);
    expect(statusOf(await producerPost(order.id, { intent: "returnReceived" }, otherCookie))).toBe(404);
    const otherDecider = { kind: "producer" as const, producerId: other.producer.id, actorId: other.member.id };
    expect(await decideReturn({ orderId: order.id, decider: otherDecider, accept: true, answer: "Bakıya göndərin" })).toEqual({
      ok: false,
      error: "order.notFound",
    });
    expect((await db.returnRequest.findUniqueOrThrow({ where: { orderId: order.id } })).status).toBe("REQUESTED");

    // Its producer sees the photos and accepts with instructions (needed); not received before accepting.
    const view = await producerOrderLoader({
      request: getRequest(`/dashboard/orders/${order.id}`, { cookie: memberCookie }),
      params: { id: order.id },
      context: loadContext,
    });
    expect(view.returnRequest?.photos).toHaveLength(2);
    expect(statusOf(await producerPost(order.id, { intent: "returnReceived" }, memberCookie))).toBe(409);
    expect(statusOf(await producerPost(order.id, { intent: "returnAccept", answer: "" }, memberCookie))).toBe(400);
    expect(statusOf(await producerPost(order.id, { intent: "returnAccept", answer: "Şəki poçtuna, bizim hesabımıza göndərin" }, memberCookie))).toBe(200);
    expect(await db.mailOutbox.count({ where: { to: group.email, kind: "after.mail.returnAccepted.shopper" } })).toBe(1);
    expect(statusOf(await producerPost(order.id, { intent: "returnDecline", answer: "Fikrimi dəyişdim" }, memberCookie))).toBe(409);

    // Received twice at once: one settles it, one journal, one refund.
    const results = await Promise.all([1, 2].map(() => markReturnReceived({ orderId: order.id, producerId: producer.id, actorId: member.id })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(statusOf(await producerPost(order.id, { intent: "returnReceived" }, memberCookie))).toBe(409);
    const journals = await db.ledgerJournal.findMany({ where: { orderId: order.id, kind: "SALE_REVERSAL" }, include: { postings: true } });
    expect(journals.map((j) => j.key)).toEqual([`return:${order.id}`]);
    expect(journals[0].postings.reduce((sum, p) => sum + p.amountQ, 0)).toBe(0);
    expect(journals[0].postings.find((p) => p.account === "REFUNDS_DUE")?.amountQ).toBe(-5000);
    const after = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(after.returnedAt).not.toBeNull();
    expect(await db.order.count({ where: { id: order.id, ...SOLD_ORDER } })).toBe(0);
    expect(await db.outboxJob.count({ where: { kind: "REFUND", key: { contains: order.id } } })).toBe(1);
    expect(await db.mailOutbox.count({ where: { to: group.email, kind: "after.mail.returnRefunded.shopper" } })).toBe(1);
    expect(await db.mailOutbox.count({ where: { to: member.email, kind: "after.mail.returnRefunded.producer" } })).toBe(1);
    await expectMoneyInvariants();

    await runOutbox();
    const refunds = stripeServer().requests.filter((r) => r.path === "/v1/refunds" && r.body.payment_intent === `pi_${group.stripeSessionId}`);
    expect(refunds.map((r) => r.body.amount)).toEqual(["5000"]);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).refundedQ).toBe(5000);
    const shopperPage = await orderLoader({
      request: getRequest(`/orders/${order.id}`, { cookie: ownerCookie }),
      params: { id: order.id },
      context: loadContext,
    });
    expect(shopperPage.returns.request).toMatchObject({ status: "REFUNDED", amountQ: 5000 });
    expect(shopperPage.order.events.map((e) => e.status)).toEqual([
      "PLACED",
      "CONFIRMED",
      "ACCEPTED",
      "SHIPPED",
      "RETURN_REQUESTED",
      "RETURN_ACCEPTED",
      "RETURN_RECEIVED",
      "REFUNDED",
    ]);
    await expectMoneyInvariants();
    // a whole return with photos and a refund: slow on a loaded machine, not a timing check
  }, 90_000);

  it("cash, through the guest's link: the family declines, a mentor steps in and accepts; received: only the commission is reversed, nothing refunded by card", async () => {
    const { producer, member } = await createProducerWithMember();
    const product = await craftProduct(producer.id, 4000);
    const { order, group } = await shippedOrder(product.id, member, producer.id, { quantity: 1 });
    const token = signLink("order", order.id);
    expect(statusOf(await returnRequest(order.id, "Ölçüsü uyğun gəlmədi", [], { token }))).toBe(200);
    const memberCookie = await sessionCookieFor(member.id);
    expect(statusOf(await producerPost(order.id, { intent: "returnDecline", answer: "Əl işidir, geri almırıq" }, memberCookie))).toBe(200);
    expect(await db.mailOutbox.count({ where: { to: group.email, kind: "after.mail.returnDeclined.shopper" } })).toBe(1);

    // The shopper cannot ask again; staff see the declined return and overturn it; the family's member cannot act as staff.
    expect(statusOf(await returnRequest(order.id, "Yenə", [], { token }))).toBe(409);
    const mentor = await createUser({ role: "MENTOR" });
    await db.producer.update({ where: { id: producer.id }, data: { mentorId: mentor.id } });
    const mentorCookie = await sessionCookieFor(mentor.id);
    const queue = await adminReturnsLoader({ request: getRequest("/admin/returns", { cookie: mentorCookie }), params: {}, context: loadContext });
    expect(queue.returns.map((r) => r.orderId)).toContain(order.id);
    expect(
      statusOf(await settle(() => adminReturnsLoader({ request: getRequest("/admin/returns", { cookie: memberCookie }), params: {}, context: loadContext }))),
    ).toBe(403);
    const staffPost = (form: Record<string, string>) =>
      settle(() => adminReturnsAction({ request: postRequest("/admin/returns", form, { cookie: mentorCookie }), params: {}, context: loadContext }));
    expect(statusOf(await staffPost({ orderId: order.id, intent: "returnAccept", answer: "" }))).toBe(400);
    expect(statusOf(await staffPost({ orderId: order.id, intent: "returnAccept", answer: "Kuryer sabah götürəcək" }))).toBe(200);
    expect(await db.returnRequest.findUniqueOrThrow({ where: { orderId: order.id } })).toMatchObject({
      status: "ACCEPTED",
      decidedByStaff: true,
      decidedById: mentor.id,
    });
    expect(statusOf(await staffPost({ orderId: order.id, intent: "returnDecline", answer: "Yox" }))).toBe(409);

    expect(await markReturnReceived({ orderId: order.id, producerId: producer.id, actorId: member.id })).toEqual({ ok: true });
    const sale = await db.ledgerJournal.findUniqueOrThrow({ where: { key: `sale:${order.id}` }, include: { postings: true } });
    const back = await db.ledgerJournal.findUniqueOrThrow({ where: { key: `return:${order.id}` }, include: { postings: true } });
    // 5% commission on 40 AZN: the producer owed 2 AZN; no longer.
    expect(sale.postings.find((p) => p.account === "COMMISSION_RECEIVABLE")?.amountQ).toBe(200);
    expect(back.postings.map((p) => [p.account, p.amountQ]).sort()).toEqual([
      ["COMMISSION_INCOME", 200],
      ["COMMISSION_RECEIVABLE", -200],
    ]);
    expect(await db.outboxJob.count({ where: { kind: "REFUND", key: { contains: order.id } } })).toBe(0);
    const events = await db.orderEvent.findMany({ where: { orderId: order.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.status).slice(-4)).toEqual(["RETURN_REQUESTED", "RETURN_DECLINED", "RETURN_ACCEPTED", "RETURN_CASH_BACK"]);
    await expectMoneyInvariants();
  });
});

describe("staff stepping in", () => {
  it("a mentor sees and decides only the returns of the producers assigned to them; an admin every one", async () => {
    const { producer, member } = await createProducerWithMember();
    const product = await craftProduct(producer.id, 3000);
    const { order } = await shippedOrder(product.id, member, producer.id, { quantity: 1 });
    expect(statusOf(await returnRequest(order.id, "Rəngi fərqlidir", [], { token: signLink("order", order.id) }))).toBe(200);
    const assigned = await createUser({ role: "MENTOR" });
    const elsewhere = await createUser({ role: "MENTOR" });
    const admin = await createUser({ role: "ADMIN" });
    await db.producer.update({ where: { id: producer.id }, data: { mentorId: assigned.id } });
    const queueOf = async (userId: string) => {
      const cookie = await sessionCookieFor(userId);
      const page = await adminReturnsLoader({ request: getRequest("/admin/returns", { cookie }), params: {}, context: loadContext });
      return page.returns.map((r) => r.orderId);
    };
    expect(await queueOf(assigned.id)).toContain(order.id);
    expect(await queueOf(admin.id)).toContain(order.id);
    expect(await queueOf(elsewhere.id)).not.toContain(order.id);

    const form = { orderId: order.id, intent: "returnAccept", answer: "Kuryer götürəcək" };
    const post = async (userId: string) =>
      statusOf(
        await settle(async () =>
          adminReturnsAction({ request: postRequest("/admin/returns", form, { cookie: await sessionCookieFor(userId) }), params: {}, context: loadContext }),
        ),
      );
    expect(await post(elsewhere.id)).toBe(404);
    expect((await db.returnRequest.findUniqueOrThrow({ where: { orderId: order.id } })).status).toBe("REQUESTED");
    expect(await post(admin.id)).toBe(200);
    expect(await db.returnRequest.findUniqueOrThrow({ where: { orderId: order.id } })).toMatchObject({ status: "ACCEPTED", decidedById: admin.id });
  });
});

describe("return photos", () => {
  it("are served only to the order's shopper (or the link's holder), its producer's members and its staff, never cached by others; anyone else: not found", async () => {
    const { producer, member } = await createProducerWithMember();
    const other = await createProducerWithMember();
    const product = await craftProduct(producer.id, 3000);
    const owner = await createUser();
    const { order } = await shippedOrder(product.id, member, producer.id, { quantity: 1, owner: owner.id });
    const access = { userId: owner.id, tokenValid: false };
    expect(await openReturn({ orderId: order.id, access, reason: "Çatlayıb", photos: [await jpegWithGps(400, 300)] })).toEqual({ ok: true });
    const mentor = await createUser({ role: "MENTOR" });
    await db.producer.update({ where: { id: producer.id }, data: { mentorId: mentor.id } });
    const ownerCookie = await sessionCookieFor(owner.id);

    const page = await orderLoader({ request: getRequest(`/orders/${order.id}`, { cookie: ownerCookie }), params: { id: order.id }, context: loadContext });
    const src = page.returns.request!.photos[0].src;
    const [, , id, , key, file] = src.split("/");
    expect(id).toBe(order.id);
    // Not a public upload: the static /uploads path is not where it is shown.
    expect(src.startsWith("/uploads/")).toBe(false);
    const fetchPhoto = (cookie: string | null, query = "", params = { id: order.id, key, file }) =>
      settle(() =>
        returnPhotoLoader({
          request: getRequest(`/orders/${params.id}/return-photos/${params.key}/${params.file}${query}`, { cookie }),
          params,
          context: loadContext,
        }),
      );

    const cookies = {
      owner: ownerCookie,
      member: await sessionCookieFor(member.id),
      mentor: await sessionCookieFor(mentor.id),
      admin: await sessionCookieFor((await createUser({ role: "ADMIN" })).id),
    };
    for (const [who, cookie] of Object.entries(cookies)) {
      const response = await fetchPhoto(cookie);
      expect(statusOf(response), who).toBe(200);
      expect(headerOf(response, "Content-Type")).toBe("image/jpeg");
      expect(headerOf(response, "Cache-Control")).toMatch(/^private, no-store/);
      expect(Buffer.from(await responseOf(response).arrayBuffer()).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    }
    // The guest holding the order's link: the order page puts the link's token on the photo.
    const token = signLink("order", order.id);
    const guestPage = await orderLoader({ request: getRequest(`/orders/${order.id}?token=${token}`), params: { id: order.id }, context: loadContext });
    const guestSrc = guestPage.returns.request!.photos[0].src;
    expect(guestSrc).toBe(`${src}?token=${token}`);
    expect(statusOf(await fetchPhoto(null, `?token=${token}`))).toBe(200);

    const strangers = {
      nobody: null,
      shopper: await sessionCookieFor((await createUser()).id),
      otherFamily: await sessionCookieFor(other.member.id),
      otherMentor: await sessionCookieFor((await createUser({ role: "MENTOR" })).id),
    };
    for (const [who, cookie] of Object.entries(strangers)) expect(statusOf(await fetchPhoto(cookie)), who).toBe(404);
    expect(statusOf(await fetchPhoto(null, `?token=${signLink("order", "another-order")}`))).toBe(404);
    // Names that are not this return's files, and this file under another order.
    const { order: second } = await shippedOrder(product.id, member, producer.id, { quantity: 1, owner: owner.id });
    for (const params of [
      { id: order.id, key, file: "99.jpg" },
      { id: order.id, key, file: "..%2F..%2Fabad.db" },
      { id: order.id, key: "r-0000", file },
      { id: second.id, key, file },
    ]) {
      expect(statusOf(await fetchPhoto(ownerCookie, "", params)), JSON.stringify(params)).toBe(404);
    }
  });
});

describe("what cannot be returned", () => {
  it("food, goods made to measure, an order not yet delivered, and after the window: refused, nothing written", async () => {
    const { producer, member } = await createProducerWithMember();
    const access = { userId: null, tokenValid: true };
    await ensureTaxonomy();
    const honey = await createProduct(producer.id, { priceQ: 900, stock: 10 });
    const food = await shippedOrder(honey.id, member, producer.id);
    expect(await openReturn({ orderId: food.order.id, access, reason: "Dadı xoşuma gəlmədi", photos: [] })).toEqual({
      ok: false,
      error: "after.return.notReturnable",
    });
    const page = await orderLoader({
      request: getRequest(`/orders/${food.order.id}?token=${signLink("order", food.order.id)}`),
      params: { id: food.order.id },
      context: loadContext,
    });
    expect(page.returns).toEqual({ until: null, request: null });

    const carpet = await craftProduct(producer.id, 30000, "m2");
    const measured = await shippedOrder(carpet.id, member, producer.id, { quantity: 1 });
    expect(await openReturn({ orderId: measured.order.id, access, reason: "Rəngi fərqlidir", photos: [] })).toMatchObject({
      error: "after.return.notReturnable",
    });

    const jug = await craftProduct(producer.id, 1500);
    const email = `notyet${++emails}@example.az`;
    expect(statusOf(await submitCheckout(checkoutForm({ email }), await guestCartWith([{ productId: jug.id, quantity: 1 }])))).toBe(302);
    const placed = await db.order.findFirstOrThrow({ where: { group: { email } } });
    expect(await openReturn({ orderId: placed.id, access, reason: "Gecikir", photos: [] })).toMatchObject({ error: "after.return.notDelivered" });

    const late = await shippedOrder(jug.id, member, producer.id, { quantity: 1 });
    const fifteenDays = new Date(Date.now() + 15 * DAY);
    expect(await openReturn({ orderId: late.order.id, access, reason: "Gec gördüm", photos: [], now: fifteenDays })).toMatchObject({
      error: "after.return.windowClosed",
    });
    await db.producer.update({ where: { id: producer.id }, data: { returnDays: 30 } });
    expect(await openReturn({ orderId: late.order.id, access, reason: "Gec gördüm", photos: [], now: fifteenDays })).toEqual({ ok: true });
    expect(await db.returnRequest.count({ where: { orderId: { in: [food.order.id, measured.order.id, placed.id] } } })).toBe(0);
  });

  it("a photo that is not an image, or too many photos: a field error, no request, no file kept", async () => {
    const { producer, member } = await createProducerWithMember();
    const jug = await craftProduct(producer.id, 1500);
    const { order } = await shippedOrder(jug.id, member, producer.id, { quantity: 1 });
    const token = signLink("order", order.id);
    const before = uploadedFiles().length;
    const good = await jpegWithGps(400, 300);

    const bad = await returnRequest(order.id, "Qırıqdır", [good, Buffer.from("<svg onload=alert(1)>")], { token });
    expect(statusOf(bad)).toBe(422);
    expect(dataOf<{ returned: unknown }>(bad).returned).toEqual({ done: false, error: null, fieldErrors: { photo: ["image.notAnImage"] } });
    const many = await returnRequest(order.id, "Qırıqdır", [good, good, good, good], { token });
    expect(statusOf(many)).toBe(422);
    expect(dataOf<{ returned: unknown }>(many).returned).toEqual({ done: false, error: null, fieldErrors: { photo: ["after.return.tooManyPhotos"] } });
    expect(statusOf(await returnRequest(order.id, "x", [], { token }))).toBe(400);

    expect(await db.returnRequest.count({ where: { orderId: order.id } })).toBe(0);
    expect(await db.orderEvent.count({ where: { orderId: order.id, status: "RETURN_REQUESTED" } })).toBe(0);
    expect(await db.mailOutbox.count({ where: { kind: { startsWith: "after.mail.returnRequested" }, text: { contains: order.number } } })).toBe(0);
    expect(uploadedFiles().length).toBe(before);
  });
});

describe("returns as the family sets them on each listing", () => {
  it("food is not returned by default; allowed in the listing editor, its page says so and a return can be asked; a craft marked 'no returns' is refused", async () => {
    const { producer, member } = await createProducerWithMember();
    const cookie = await sessionCookieFor(member.id);
    const access = { userId: null, tokenValid: true };
    const page = (slug: string) => productLoader({ request: getRequest(`/products/${slug}?lang=en`), params: { slug }, context: loadContext });
    const offerOf = async (slug: string) => (structuredDataOf(await page(slug)) as { offers: Record<string, unknown> }).offers;
    const editor = (id: string) => listingLoader({ request: getRequest(`/dashboard/products/${id}`, { cookie }), params: { id }, context: loadContext });
    const save = async ({ id, categoryId, unit }: { id: string; categoryId: number; unit: string }, acceptsReturns?: string) => {
      const form = await listingForm({ categoryId: String(categoryId), unit, ...(acceptsReturns === undefined ? {} : { acceptsReturns }) });
      return settle(() => listingAction({ request: postRequest(`/dashboard/products/${id}`, form, { cookie }), params: { id }, context: loadContext }));
    };

    // Food, as usual: the page says it is not returned, and a return is refused.
    const honey = await createProduct(producer.id, { priceQ: 900, stock: 10, unit: "jar" });
    expect((await editor(honey.id)).listing.acceptsReturns).toBeNull();
    expect((await page(honey.slug)).product.returnDays).toBe(0);
    expect((await offerOf(honey.slug)).hasMerchantReturnPolicy).toMatchObject({ returnPolicyCategory: "https://schema.org/MerchantReturnNotPermitted" });
    const before = await shippedOrder(honey.id, member, producer.id);
    expect(await openReturn({ orderId: before.order.id, access, reason: "Qapağı sınıb", photos: [] })).toEqual({
      ok: false,
      error: "after.return.notReturnable",
    });

    // The family takes it back: at once on the live listing (no mentor needed), shown in the editor and on the page.
    expect(statusOf(await save(honey, "yes"))).toBe(200);
    expect((await db.product.findUniqueOrThrow({ where: { id: honey.id } })).acceptsReturns).toBe(true);
    expect((await editor(honey.id)).listing.acceptsReturns).toBe(true);
    expect((await page(honey.slug)).product.returnDays).toBe(14);
    expect((await offerOf(honey.slug)).hasMerchantReturnPolicy).toMatchObject({
      returnPolicyCategory: "https://schema.org/MerchantReturnFiniteReturnWindow",
      merchantReturnDays: 14,
    });
    const after = await shippedOrder(honey.id, member, producer.id);
    expect(await openReturn({ orderId: after.order.id, access, reason: "Qapağı sınıb", photos: [] })).toEqual({ ok: true });
    // A form without the choice (the CSV import) leaves it as it is.
    expect(statusOf(await save(honey))).toBe(200);
    expect((await db.product.findUniqueOrThrow({ where: { id: honey.id } })).acceptsReturns).toBe(true);

    // A craft is returned as usual, unless the family says no on its listing.
    const jug = await craftProduct(producer.id, 1500);
    expect((await page(jug.slug)).product.returnDays).toBe(14);
    expect(statusOf(await save(jug, "no"))).toBe(200);
    expect((await page(jug.slug)).product.returnDays).toBe(0);
    const refused = await shippedOrder(jug.id, member, producer.id, { quantity: 1 });
    expect(await openReturn({ orderId: refused.order.id, access, reason: "Rəngi fərqlidir", photos: [] })).toEqual({
      ok: false,
      error: "after.return.notReturnable",
    });
    // Back to usual: returned again.
    expect(statusOf(await save(jug, "usual"))).toBe(200);
    expect((await db.product.findUniqueOrThrow({ where: { id: jug.id } })).acceptsReturns).toBeNull();
    expect(await openReturn({ orderId: refused.order.id, access, reason: "Rəngi fərqlidir", photos: [] })).toEqual({ ok: true });
  });
});
