import { describe, expect, it } from "vitest";
import { escapeHtml, renderMail } from "~/models/mail/layout.server";
import { requestPasswordReset } from "~/models/accounts/forgot-password.server";
import { producerMoveOrder } from "~/models/orders/lifecycle.server";
import { rememberLanguageSwitch } from "~/models/accounts/users.server";
import { getUser } from "~/utils/auth.server";
import { action as checkoutAction } from "~/routes/checkout._index";
import { db } from "~/utils/db.server";
import { bakuNoon } from "~/utils/baku-time";
import { env } from "~/utils/env.server";
import { verifyLink } from "~/utils/signed-links.server";
import { guestCartWith, openCheckout } from "../support/checkout";
import { createProducer, createProduct, createStay, createUser, setFlatFee, stopDelivering } from "../support/factories";
import { translatorFor } from "~/utils/locale.server";
import { getRequest, loadContext, postRequest, sessionCookieFor, settle, statusOf } from "../support/http";

/** Places the cart from a page in `lang`, as the browser would post it. */
async function checkoutIn(lang: string, cookie: string, form: Record<string, string>) {
  const page = await openCheckout(cookie);
  const body = {
    idempotencyKey: page.key,
    ...page.fees,
    name: "Orxan Səfərov",
    phone: "+994 50 123 45 67",
    paymentMethod: "CASH",
    district: "Şəki",
    street: "Nizami küç. 10, mənzil 5",
    ...form,
  };
  const result = await settle(() =>
    checkoutAction({ request: postRequest(`/checkout?lang=${lang}`, body, { cookie: page.cookie }), params: {}, context: loadContext }),
  );
  expect(statusOf(result)).toBe(302);
}

function lastMail(to: string, kind?: string) {
  return db.mailOutbox.findFirstOrThrow({ where: { to, ...(kind ? { kind } : {}) }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
}

/** The signed link in a mail leads to that order (or checkout) and verifies. */
function expectSignedLink(text: string, purpose: "order" | "group", id: string) {
  const path = purpose === "order" ? `/orders/${id}` : `/checkout/${id}`;
  const match = new RegExp(`${env().APP_URL.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}${path}\\?token=([A-Za-z0-9_-]+)`).exec(text);
  expect(match, `link to ${path} in\n${text}`).not.toBeNull();
  expect(verifyLink(purpose, id, match![1])).toBe(true);
}

async function threeProducerCart() {
  const delivering = await createProducer({ name: "Bal Evi" });
  await setFlatFee(delivering.id, 300);
  const pickup = await createProducer({ name: "Şəki Halvaçısı" });
  await stopDelivering(pickup.id);
  await db.producer.update({ where: { id: pickup.id }, data: { offersPickup: true, pickupAddress: "Şəki, M. F. Axundzadə pr. 27" } });
  const host = await createProducer({ name: "Lahıc Bələdçiləri" });
  const honey = await createProduct(delivering.id, { titleAz: "Dağ balı", titleEn: "Mountain honey", unit: "jar", priceQ: 1500 });
  const halva = await createProduct(pickup.id, { titleAz: "Şəki halvası", titleEn: "Shaki halva", unit: "box", priceQ: 2400 });
  const tour = await createProduct(host.id, { titleAz: "Lahıc gəzintisi", titleEn: "Lahij walk", kind: "EXPERIENCE", unit: "person", priceQ: 3000, stock: 0 });
  await db.product.update({ where: { id: tour.id }, data: { meetingPoint: "Lahıc, mis ustaları küçəsinin başı", durationMin: 180 } });
  const startsAt = new Date(Date.UTC(2027, 4, 15, 6, 0)); // 15 May 2027, 10:00 in Baku
  const slot = await db.slot.create({ data: { productId: tour.id, startsAt, capacity: 10 } });
  return { delivering, pickup, host, honey, halva, tour, slot };
}

describe("order mails", () => {
  it("name every order, item, quantity, slot date, meeting point and address, with a signed link, in the guest's page language", async () => {
    const shop = await threeProducerCart();
    const cookie = await guestCartWith([
      { productId: shop.honey.id, quantity: 2 },
      { productId: shop.halva.id, quantity: 1 },
      { productId: shop.tour.id, slotId: shop.slot.id, quantity: 3 },
    ]);
    await checkoutIn("en", cookie, {
      email: "mail-guest@example.az",
      [`fulfilment.${shop.delivering.id}`]: "DELIVERY",
      [`fulfilment.${shop.pickup.id}`]: "PICKUP",
    });
    const group = await db.checkoutGroup.findFirstOrThrow({ where: { email: "mail-guest@example.az" }, include: { orders: { orderBy: { number: "asc" } } } });
    const placed = await lastMail("mail-guest@example.az", "checkout.mail.placed");
    expect(placed.locale).toBe("en");
    for (const order of group.orders) expect(placed.subject + placed.text).toContain(order.number);
    expect(placed.text).toContain("Mountain honey × 2 jar — ₼30.00");
    expect(placed.text).toContain("Shaki halva × 1 box — ₼24.00");
    expect(placed.text).toContain("Lahij walk × 3 person — ₼90.00");
    expect(placed.text).toMatch(/Date and time: .*May.*2027.*10:00/);
    expect(placed.text).toContain("Meeting point: Lahıc, mis ustaları küçəsinin başı");
    expect(placed.text).toContain("Pickup at Şəki, M. F. Axundzadə pr. 27");
    expect(placed.text).toContain("Delivery to Nizami küç. 10, mənzil 5, Şəki, Shaki-Zagatala");
    expect(placed.text).toContain("Delivery: ₼3.00");
    expectSignedLink(placed.text, "group", group.id);
    // The HTML part says the same, in the one layout, and links the same place.
    expect(placed.html).toContain('<html lang="en">');
    expect(placed.html).toContain("Mountain honey × 2 jar — ₼30.00");
    expect(placed.html).toContain(`href="${env().APP_URL}/checkout/${group.id}?token=`);

    // Each step of each order: its own mail, with that order's details and its own signed link.
    const actor = await createUser();
    const [honeyOrder, halvaOrder, tourOrder] = ["Bal Evi", "Şəki Halvaçısı", "Lahıc Bələdçiləri"].map((name) =>
      group.orders.find((o) => o.producerId === { "Bal Evi": shop.delivering.id, "Şəki Halvaçısı": shop.pickup.id, "Lahıc Bələdçiləri": shop.host.id }[name])!,
    );
    const move = (
      order: { id: string; producerId: string },
      to: "CONFIRMED" | "SHIPPED" | "READY_FOR_PICKUP" | "COMPLETED" | "CANCELLED",
      extra: { reason?: string; trackingNote?: string } = {},
    ) => producerMoveOrder({ orderId: order.id, producerId: order.producerId, to, actorId: actor.id, ...extra });

    expect(await move(honeyOrder, "CONFIRMED")).toEqual({ ok: true });
    const confirmed = await lastMail("mail-guest@example.az", "checkout.mail.confirmed");
    expect(confirmed.subject).toContain(honeyOrder.number);
    expect(confirmed.text).toContain("Mountain honey × 2 jar");
    expect(confirmed.text).not.toContain("Shaki halva");
    expectSignedLink(confirmed.text, "order", honeyOrder.id);

    await move(honeyOrder, "SHIPPED", { trackingNote: "Azərpoçt RR123" });
    const shipped = await lastMail("mail-guest@example.az", "checkout.mail.shipped");
    expect(shipped.text).toContain("Azərpoçt RR123");
    expect(shipped.text).toContain("Delivery to Nizami küç. 10, mənzil 5");

    await move(halvaOrder, "CONFIRMED");
    await move(halvaOrder, "READY_FOR_PICKUP");
    const ready = await lastMail("mail-guest@example.az", "checkout.mail.ready");
    expect(ready.text).toContain("Pickup at Şəki, M. F. Axundzadə pr. 27");
    expectSignedLink(ready.text, "order", halvaOrder.id);

    await move(tourOrder, "CANCELLED", { reason: "The guide is ill." });
    const cancelled = await lastMail("mail-guest@example.az", "checkout.mail.cancelled");
    expect(cancelled.text).toContain("The guide is ill.");
    expect(cancelled.text).toContain("Meeting point: Lahıc");

    // A guest's completed order: thanked, with the link to the order (reviews need an account).
    await move(honeyOrder, "COMPLETED");
    const completed = await lastMail("mail-guest@example.az", "checkout.mail.completedGuest");
    expect(completed.subject).toBe(`Order ${honeyOrder.number} is completed`);
    expectSignedLink(completed.text, "order", honeyOrder.id);
  });

  it("name a stay's check-in, check-out, nights, guests and address, as they name an experience's slot", async () => {
    const host = await createProducer({ name: "Lahıc Qonaq Evi" });
    const room = await createStay(host.id, { priceQ: 6000, maxGuests: 3 });
    const day = (ahead: number) => new Date(Date.now() + ahead * 86_400_000).toISOString().slice(0, 10);
    const [checkIn, checkOut] = [day(30), day(32)];
    const cookie = await guestCartWith([{ productId: room.id, quantity: 2, checkIn, checkOut }]);
    await checkoutIn("az", cookie, { email: "stay-guest@example.az" });
    const az = translatorFor("az");
    const placed = await lastMail("stay-guest@example.az", "checkout.mail.placed");
    expect(placed.text).toContain(`Giriş: ${az.date(bakuNoon(checkIn))}`);
    expect(placed.text).toContain(`Çıxış: ${az.date(bakuNoon(checkOut))} · 2 gecə`);
    expect(placed.text).toContain("Qonaq sayı: 2 nəfər");
    expect(placed.text).toContain("Ünvan: Lahıc kəndi, Hüseyn Cavid küçəsi 12");
    expect(placed.html).toContain("Qonaq sayı");

    // Each later mail about the booking carries the same facts, in the shopper's language.
    const order = await db.order.findFirstOrThrow({ where: { producerId: host.id } });
    const actor = await createUser();
    expect(await producerMoveOrder({ orderId: order.id, producerId: host.id, to: "CANCELLED", actorId: actor.id, reason: "Təmir." })).toEqual({ ok: true });
    const cancelled = await lastMail("stay-guest@example.az", "checkout.mail.cancelled");
    expect(cancelled.text).toContain(`Çıxış: ${az.date(bakuNoon(checkOut))} · 2 gecə`);
    expect(cancelled.text).toContain("Qonaq sayı: 2 nəfər");
  });

  it("come in the account's chosen language whatever the page, and the completed one asks for a review where it is written", async () => {
    const shopper = await db.user.update({ where: { id: (await createUser()).id }, data: { locale: "ru" } });
    const cookie = await sessionCookieFor(shopper.id);
    const producer = await createProducer();
    const product = await createProduct(producer.id, { titleAz: "Fındıq", titleEn: "Hazelnuts", priceQ: 1000 });
    await db.product.update({ where: { id: product.id }, data: { titleRu: "Фундук" } });
    await guestCartWith([{ productId: product.id, quantity: 1 }], cookie);
    await checkoutIn("az", cookie, { email: shopper.email });
    const placed = await lastMail(shopper.email, "checkout.mail.placed");
    expect(placed.locale).toBe("ru");
    expect(placed.text).toContain("Здравствуйте");
    const order = await db.order.findFirstOrThrow({ where: { userId: shopper.id } });
    const actor = await createUser();
    for (const to of ["CONFIRMED", "SHIPPED", "COMPLETED"] as const) {
      expect(await producerMoveOrder({ orderId: order.id, producerId: producer.id, to, actorId: actor.id })).toEqual({ ok: true });
    }
    const completed = await lastMail(shopper.email, "checkout.mail.completed");
    expect(completed.locale).toBe("ru");
    expect(completed.subject).toBe(`Заказ ${order.number} выполнен: как вам?`);
    expect(completed.text).toContain("Написать отзыв:");
    expect(completed.text).toMatch(new RegExp(`/orders/${order.id}\\?token=[\\w-]+#reviews-heading`));
    expectSignedLink(completed.text, "order", order.id);
  });

  it("tell the producer's members of a new order with its items and a dashboard link, in their language or the shopper's page's", async () => {
    const member = await createUser({ email: "member-mail@example.az" });
    const producer = await createProducer({ memberId: member.id });
    const product = await createProduct(producer.id, { titleAz: "Qoz mürəbbəsi", titleEn: "Walnut jam", unit: "jar" });
    const cookie = await guestCartWith([{ productId: product.id, quantity: 4 }]);
    await checkoutIn("en", cookie, { email: "new-order@example.az", name: "Nigar Babayeva" });
    const order = await db.order.findFirstOrThrow({ where: { group: { email: "new-order@example.az" } } });
    const mail = await lastMail("member-mail@example.az", "checkout.mail.newOrder");
    expect(mail.locale).toBe("en");
    expect(mail.subject).toBe(`New order ${order.number}`);
    expect(mail.text).toContain("Nigar Babayeva placed a new order");
    expect(mail.text).toContain("Walnut jam × 4 jar");
    expect(mail.text).toContain(`${env().APP_URL}/dashboard/orders/${order.id}`);
  });

  it("escape what people typed in the HTML part and keep it as typed in the text part", async () => {
    const producer = await createProducer({ name: `Ailə <script>alert(1)</script> & "Co"` });
    const product = await createProduct(producer.id, { titleEn: "Honey <b>bold</b>" });
    const cookie = await guestCartWith([{ productId: product.id, quantity: 1 }]);
    await checkoutIn("en", cookie, { email: "escape@example.az", name: "<img src=x onerror=alert(2)>", street: `Nizami "küç" <10> & 'B'` });
    const mail = await lastMail("escape@example.az", "checkout.mail.placed");
    expect(mail.html).not.toMatch(/<script|<img|<b>/);
    expect(mail.html).toContain("Ailə &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;");
    expect(mail.html).toContain("Honey &lt;b&gt;bold&lt;/b&gt;");
    expect(mail.html).toContain("&lt;img src=x onerror=alert(2)&gt;");
    expect(mail.html).toContain("Nizami &quot;küç&quot; &lt;10&gt; &amp; &#39;B&#39;");
    expect(mail.text).toContain(`Nizami "küç" <10> & 'B'`);
    expect(mail.text).toContain("Hello <img src=x onerror=alert(2)>");
  });

  it("layout: links only http(s) URLs, never markup, and both parts carry the same blocks", () => {
    const rendered = renderMail({
      lang: "az",
      subject: `Sifariş <1>`,
      blocks: [
        { kind: "text", text: 'Bax: https://abad.example/a?b=1&c=2 və javascript:alert(1) "x"' },
        { kind: "facts", title: "T <t>", rows: [{ label: "L&", value: "V>" }] },
        { kind: "action", label: "Aç", url: 'https://abad.example/o?token=a"b' },
      ],
      signature: "ABAD Market",
    });
    expect(rendered.html).toContain('<a href="https://abad.example/a?b=1&amp;c=2"');
    expect(rendered.html).not.toContain('href="javascript');
    expect(rendered.html).toContain("<title>Sifariş &lt;1&gt;</title>");
    expect(rendered.html).toContain('href="https://abad.example/o?token=a&quot;b"');
    expect(rendered.text).toBe(
      'Bax: https://abad.example/a?b=1&c=2 və javascript:alert(1) "x"\n\nT <t>\n  L&: V>\n\nAç:\nhttps://abad.example/o?token=a"b\n\nABAD Market',
    );
    expect(escapeHtml(`<>&"'`)).toBe("&lt;&gt;&amp;&quot;&#39;");
  });
});

describe("the language of account mail", () => {
  it("a reset asked from an English page arrives in English unless the account chose a language", async () => {
    const undecided = await createUser({ email: "undecided@example.az" });
    expect(undecided.locale).toBeNull();
    await requestPasswordReset("undecided@example.az", "en");
    const english = await lastMail("undecided@example.az", "account.mail.reset");
    expect(english.locale).toBe("en");
    expect(english.subject).toBe("Choose a new password for ABAD Market");
    expect(english.html).toContain("/reset-password?token=");

    await createUser({ email: "decided@example.az" });
    await db.user.update({ where: { email: "decided@example.az" }, data: { locale: "az" } });
    await requestPasswordReset("decided@example.az", "en");
    expect((await lastMail("decided@example.az", "account.mail.reset")).locale).toBe("az");
  });

  it("switching language while signed in becomes the account's language", async () => {
    const user = await createUser();
    const cookie = await sessionCookieFor(user.id);
    // What the root loader does on every page for a signed-in person.
    const visit = async (path: string) => {
      const request = getRequest(path, { cookie });
      await rememberLanguageSwitch(request, (await getUser(request))!);
    };
    await visit("/products");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBeNull();
    await visit("/products?lang=ru");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("ru");
  });
});
