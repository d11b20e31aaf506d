import { describe, expect, it } from "vitest";
import { MESSAGES_PER_HOUR, MAIL_BATCH_MS, askAboutProduct, replyInThread, runMessageMailJob } from "~/models/messages/threads.server";
import { runDueJobs } from "~/models/outbox/outbox.server";
import { action as adminThreadAction, loader as adminThreadLoader } from "~/routes/admin/admin.messages.$id";
import { loader as adminListLoader } from "~/routes/admin/admin.messages._index";
import { loader as dashboardLayoutLoader } from "~/routes/dashboard/dashboard";
import { action as dashboardThreadAction, loader as dashboardThreadLoader } from "~/routes/dashboard/dashboard.messages.$id";
import { loader as dashboardListLoader } from "~/routes/dashboard/dashboard.messages._index";
import { action as threadAction, loader as threadLoader } from "~/routes/messages.$id";
import { loader as shopperListLoader } from "~/routes/messages._index";
import { action as askAction } from "~/routes/messages.new";
import { action as orderAction, loader as orderLoader } from "~/routes/orders.$id";
import { db } from "~/utils/db.server";
import { signLink } from "~/utils/signed-links.server";
import { checkoutForm, guestCartWith, submitCheckout } from "../support/checkout";
import { twoProducers } from "../support/dashboard-factories";
import { createUser } from "../support/factories";
import { dataOf, getRequest, headerOf, loadContext, postRequest, sessionCookieFor, settle, statusOf } from "../support/http";

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: loadContext });

async function ask(slug: string, body: string, cookie: string) {
  return settle(() => askAction(args(postRequest(`/messages/new?product=${slug}`, { body }, { cookie }))));
}

/** Two producers, a shopper who asked producer A about its product, and the thread's id. */
async function askedQuestion(body = "Xalçanın ölçüsü nədir?") {
  const world = await twoProducers();
  const shopper = await createUser();
  const shopperCookie = await sessionCookieFor(shopper.id);
  const asked = await ask(world.a.product.slug, body, shopperCookie);
  expect(statusOf(asked)).toBe(302);
  const threadId = headerOf(asked, "Location")!.split("/").pop()!;
  return { ...world, shopper, shopperCookie, threadId };
}

const messageCount = (threadId: string) => db.message.count({ where: { threadId } });

describe("questions before a purchase", () => {
  it("reach every member of the producer with an unread count, and the answer reaches the shopper", async () => {
    const { a, shopperCookie, threadId } = await askedQuestion();
    const layout = await dashboardLayoutLoader(args(getRequest("/dashboard", { cookie: a.cookie })));
    expect(layout.unread).toBe(1);
    const list = await dashboardListLoader(args(getRequest("/dashboard/messages", { cookie: a.cookie })));
    expect(list.threads.map((t) => [t.id, t.unread])).toEqual([[threadId, true]]);

    const opened = await dashboardThreadLoader(args(getRequest(`/dashboard/messages/${threadId}`, { cookie: a.cookie }), { id: threadId }));
    expect(opened.thread.messages.map((m) => [m.side, m.body])).toEqual([["SHOPPER", "Xalçanın ölçüsü nədir?"]]);
    expect((await dashboardLayoutLoader(args(getRequest("/dashboard", { cookie: a.cookie })))).unread).toBe(0);

    const answered = await settle(() =>
      dashboardThreadAction(
        args(postRequest(`/dashboard/messages/${threadId}`, { intent: "message", body: "2 × 3 metr." }, { cookie: a.cookie }), { id: threadId }),
      ),
    );
    expect(statusOf(answered)).toBe(200);
    const shopperList = await shopperListLoader(args(getRequest("/messages", { cookie: shopperCookie })));
    expect(shopperList.threads.map((t) => [t.id, t.unread])).toEqual([[threadId, true]]);
    const seen = await threadLoader(args(getRequest(`/messages/${threadId}`, { cookie: shopperCookie }), { id: threadId }));
    expect(seen.thread.messages.map((m) => m.body)).toEqual(["Xalçanın ölçüsü nədir?", "2 × 3 metr."]);
  });

  it("keeps a second producer and another shopper out: 404, and nothing changes", async () => {
    const { b, threadId } = await askedQuestion();
    const stranger = await sessionCookieFor((await createUser()).id);
    expect(
      statusOf(await settle(() => dashboardThreadLoader(args(getRequest(`/dashboard/messages/${threadId}`, { cookie: b.cookie }), { id: threadId })))),
    ).toBe(404);
    expect(statusOf(await settle(() => threadLoader(args(getRequest(`/messages/${threadId}`, { cookie: stranger }), { id: threadId }))))).toBe(404);
    for (const intent of ["message", "report"]) {
      const form = { intent, body: "Salam", reason: "spam spam" };
      expect(
        statusOf(await settle(() => dashboardThreadAction(args(postRequest(`/dashboard/messages/${threadId}`, form, { cookie: b.cookie }), { id: threadId })))),
      ).toBe(404);
      expect(statusOf(await settle(() => threadAction(args(postRequest(`/messages/${threadId}`, form, { cookie: stranger }), { id: threadId }))))).toBe(404);
    }
    // A shopper account is not staff; a producer member cannot use the shopper's pages for someone else's thread either.
    expect(statusOf(await settle(() => adminThreadLoader(args(getRequest(`/admin/messages/${threadId}`, { cookie: stranger }), { id: threadId }))))).toBe(403);
    expect(statusOf(await settle(() => threadLoader(args(getRequest(`/messages/${threadId}`, { cookie: b.cookie }), { id: threadId }))))).toBe(404);
    expect(await messageCount(threadId)).toBe(1);
    expect((await db.messageThread.findUniqueOrThrow({ where: { id: threadId } })).reportedAt).toBeNull();
    expect((await dashboardListLoader(args(getRequest("/dashboard/messages", { cookie: b.cookie })))).threads).toEqual([]);
  });

  it("refuses empty, too long and control-character messages with a field error, writing nothing", async () => {
    const { a, shopperCookie } = await askedQuestion();
    const before = await db.message.count();
    for (const body of ["   ", "x".repeat(2001), "salam\u202Eabc"]) {
      const result = await ask(a.product.slug, body, shopperCookie);
      expect(statusOf(result)).toBe(400);
      expect(dataOf<{ fieldErrors: Record<string, string[]> }>(result).fieldErrors.body?.length).toBe(1);
    }
    expect(await db.message.count()).toBe(before);
    // A product that is not on sale cannot be asked about; the producer cannot ask itself.
    await db.product.update({ where: { id: a.product.id }, data: { status: "ARCHIVED" } });
    expect(statusOf(await ask(a.product.slug, "Salam", shopperCookie))).toBe(404);
  });

  it("stops an account after the hourly limit, changing nothing", async () => {
    const { a, shopper, threadId } = await askedQuestion();
    const start = new Date();
    for (let i = 1; i < MESSAGES_PER_HOUR; i++) expect((await askAboutProduct(shopper.id, a.product.id, `sual ${i}`, start))?.ok).toBe(true);
    expect(await askAboutProduct(shopper.id, a.product.id, "bir də", start)).toEqual({ ok: false, error: "messages.error.rateLimit" });
    expect(await messageCount(threadId)).toBe(MESSAGES_PER_HOUR);
    // An hour later the account may write again.
    expect((await askAboutProduct(shopper.id, a.product.id, "bir saat sonra", new Date(start.getTime() + 61 * 60_000)))?.ok).toBe(true);
  });

  it("hides phone numbers and e-mail addresses until there is an order between them", async () => {
    const { a, shopper, shopperCookie, threadId } = await askedQuestion("Zəng edin: +994 50 123 45 67 və ya ali@example.az");
    const before = await dashboardThreadLoader(args(getRequest(`/dashboard/messages/${threadId}`, { cookie: a.cookie }), { id: threadId }));
    expect(before.thread.messages[0].body).toBe("Zəng edin: ••• və ya •••");
    expect(before.thread.contact).toBeNull();
    const cart = await guestCartWith([{ productId: a.product.id, quantity: 1 }], shopperCookie);
    await submitCheckout(checkoutForm({ email: shopper.email, phone: "+994501112233" }), cart);
    const after = await dashboardThreadLoader(args(getRequest(`/dashboard/messages/${threadId}`, { cookie: a.cookie }), { id: threadId }));
    expect(after.thread.messages[0].body).toBe("Zəng edin: +994 50 123 45 67 və ya ali@example.az");
    expect(after.thread.contact).toMatchObject({ email: shopper.email, phone: "+994501112233" });
  });
});

describe("reports and staff", () => {
  it("shows a reported thread to staff, who answer and close it; nobody writes after that", async () => {
    const { a, shopperCookie, threadId } = await askedQuestion();
    const mentor = await createUser({ role: "MENTOR" });
    const mentorCookie = await sessionCookieFor(mentor.id);
    expect(statusOf(await settle(() => adminThreadLoader(args(getRequest(`/admin/messages/${threadId}`, { cookie: mentorCookie }), { id: threadId }))))).toBe(
      404,
    );
    const bad = await settle(() =>
      dashboardThreadAction(args(postRequest(`/dashboard/messages/${threadId}`, { intent: "report", reason: "" }, { cookie: a.cookie }), { id: threadId })),
    );
    expect(statusOf(bad)).toBe(400);
    const reported = await settle(() =>
      dashboardThreadAction(
        args(postRequest(`/dashboard/messages/${threadId}`, { intent: "report", reason: "Bazardan kənar ödəniş istəyir" }, { cookie: a.cookie }), {
          id: threadId,
        }),
      ),
    );
    expect(statusOf(reported)).toBe(200);
    const list = await adminListLoader(args(getRequest("/admin/messages", { cookie: mentorCookie })));
    expect(list.threads.map((t) => [t.id, t.reportReason])).toEqual([[threadId, "Bazardan kənar ödəniş istəyir"]]);
    const staffSays = await settle(() =>
      adminThreadAction(
        args(postRequest(`/admin/messages/${threadId}`, { intent: "message", body: "Ödəniş yalnız bazar vasitəsilə." }, { cookie: mentorCookie }), {
          id: threadId,
        }),
      ),
    );
    expect(statusOf(staffSays)).toBe(200);
    expect(
      statusOf(
        await settle(() =>
          adminThreadAction(args(postRequest(`/admin/messages/${threadId}`, { intent: "close" }, { cookie: mentorCookie }), { id: threadId })),
        ),
      ),
    ).toBe(200);
    // A shopper or producer cannot close; once closed, nobody writes.
    const shopperPost = await settle(() =>
      threadAction(args(postRequest(`/messages/${threadId}`, { intent: "message", body: "Niyə?" }, { cookie: shopperCookie }), { id: threadId })),
    );
    expect(statusOf(shopperPost)).toBe(409);
    expect(await messageCount(threadId)).toBe(2);
    const shown = await threadLoader(args(getRequest(`/messages/${threadId}`, { cookie: shopperCookie }), { id: threadId }));
    expect(shown.thread.status).toBe("CLOSED");
    expect(shown.thread.messages.map((m) => m.side)).toEqual(["SHOPPER", "STAFF"]);
  });

  it("lets only staff close a thread", async () => {
    const { a, threadId } = await askedQuestion();
    await settle(() =>
      dashboardThreadAction(args(postRequest(`/dashboard/messages/${threadId}`, { intent: "report", reason: "spam" }, { cookie: a.cookie }), { id: threadId })),
    );
    expect(
      statusOf(
        await settle(() =>
          dashboardThreadAction(args(postRequest(`/dashboard/messages/${threadId}`, { intent: "close" }, { cookie: a.cookie }), { id: threadId })),
        ),
      ),
    ).toBe(400);
    expect((await db.messageThread.findUniqueOrThrow({ where: { id: threadId } })).status).toBe("OPEN");
  });
});

describe("messages on an order", () => {
  async function guestOrder() {
    const world = await twoProducers();
    const cart = await guestCartWith([{ productId: world.a.product.id, quantity: 1 }]);
    await submitCheckout(checkoutForm({ email: "guest@example.az" }), cart);
    const order = await db.order.findFirstOrThrow({ where: { producerId: world.a.producer.id }, orderBy: { placedAt: "desc" } });
    return { ...world, order, token: signLink("order", order.id) };
  }

  it("lets a guest write through the signed order link, and the producer sees it with the contact details", async () => {
    const { a, order, token } = await guestOrder();
    const post = (form: Record<string, string>, query = "") =>
      settle(() => orderAction(args(postRequest(`/orders/${order.id}${query}`, form), { id: order.id })));
    expect(statusOf(await post({ intent: "message", body: "Salam" }))).toBe(404);
    expect(statusOf(await post({ intent: "message", body: "Salam", token: signLink("order", "other") }))).toBe(404);
    expect(await db.messageThread.count({ where: { orderId: order.id } })).toBe(0);
    expect(statusOf(await post({ intent: "message", body: "Nə vaxt göndərirsiniz?", token }))).toBe(200);
    const page = await orderLoader(args(getRequest(`/orders/${order.id}?token=${token}`), { id: order.id }));
    expect(page.thread?.messages.map((m) => m.body)).toEqual(["Nə vaxt göndərirsiniz?"]);
    const thread = await db.messageThread.findUniqueOrThrow({ where: { orderId: order.id } });
    const producerView = await dashboardThreadLoader(args(getRequest(`/dashboard/messages/${thread.id}`, { cookie: a.cookie }), { id: thread.id }));
    expect(producerView.thread.contact?.email).toBe("guest@example.az");
    expect(producerView.thread.order?.number).toBe(order.number);
  });

  it("refuses another producer and another shopper on the order's thread", async () => {
    const { b, order, token } = await guestOrder();
    await settle(() => orderAction(args(postRequest(`/orders/${order.id}`, { intent: "message", body: "Salam", token }), { id: order.id })));
    const thread = await db.messageThread.findUniqueOrThrow({ where: { orderId: order.id } });
    const stranger = await sessionCookieFor((await createUser()).id);
    expect(
      statusOf(
        await settle(() => orderAction(args(postRequest(`/orders/${order.id}`, { intent: "message", body: "x" }, { cookie: stranger }), { id: order.id }))),
      ),
    ).toBe(404);
    expect(
      statusOf(
        await settle(() =>
          dashboardThreadAction(
            args(postRequest(`/dashboard/messages/${thread.id}`, { intent: "message", body: "x" }, { cookie: b.cookie }), { id: thread.id }),
          ),
        ),
      ),
    ).toBe(404);
    expect(await messageCount(thread.id)).toBe(1);
  });
});

describe("message mail", () => {
  const runMailJobs = (now: Date) => runDueJobs({ MESSAGE_MAIL: (job) => runMessageMailJob(job, now) }, { now, kinds: ["MESSAGE_MAIL"] });
  const mailsTo = (to: string) => db.mailOutbox.findMany({ where: { to, kind: { startsWith: "messages.mail" } }, orderBy: { createdAt: "asc" } });

  it("sends at most one mail per thread and reader every 15 minutes, in the reader's language", async () => {
    const { a, shopper } = await askedQuestion("Birinci sual");
    await db.user.update({ where: { id: a.member.id }, data: { locale: "ru" } });
    const t0 = new Date();
    // Two more messages before the first mail went: all three go in one mail.
    await askAboutProduct(shopper.id, a.product.id, "İkinci sual", t0);
    await askAboutProduct(shopper.id, a.product.id, "Üçüncü sual", t0);
    await runMailJobs(t0);
    let mails = await mailsTo(a.member.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].locale).toBe("ru");
    expect(mails[0].subject).toContain("3");
    expect(mails[0].text).toContain("Birinci sual");
    expect(mails[0].text).toContain("Üçüncü sual");

    // Five minutes later: the next mail waits until 15 minutes after the first.
    const t5 = new Date(t0.getTime() + 5 * 60_000);
    await askAboutProduct(shopper.id, a.product.id, "Dördüncü sual", t5);
    await askAboutProduct(shopper.id, a.product.id, "Beşinci sual", t5);
    await runMailJobs(t5);
    await runMailJobs(new Date(t0.getTime() + MAIL_BATCH_MS - 1000));
    expect(await mailsTo(a.member.email)).toHaveLength(1);
    await runMailJobs(new Date(t0.getTime() + MAIL_BATCH_MS + 1000));
    mails = await mailsTo(a.member.email);
    expect(mails).toHaveLength(2);
    expect(mails[1].text).toContain("Dördüncü sual");
    expect(mails[1].text).not.toContain("Birinci sual");
    // The shopper wrote everything so far: nothing was mailed to them.
    expect(await mailsTo(shopper.email)).toHaveLength(0);
  });

  it("mails the shopper the producer's answer, and nobody about what they already read", async () => {
    const { a, shopper, threadId } = await askedQuestion();
    const now = new Date();
    await replyInThread({ kind: "producer", userId: a.member.id, producerId: a.producer.id }, threadId, "Cavab", now);
    // The producer opened the thread (reading it) before its mail went: no mail for the question.
    await dashboardThreadLoader(args(getRequest(`/dashboard/messages/${threadId}`, { cookie: a.cookie }), { id: threadId }));
    await runMailJobs(new Date(now.getTime() + 1000));
    expect(await mailsTo(a.member.email)).toHaveLength(0);
    const toShopper = await mailsTo(shopper.email);
    expect(toShopper).toHaveLength(1);
    expect(toShopper[0].text).toContain("Cavab");
    expect(toShopper[0].text).toContain(`/messages/${threadId}`);
  });
});
