import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { expectAccessible, login, pageWidth, waitForHydration } from "./fixtures";

const PHONE = { width: 360, height: 780 };

async function expectNoSidewaysScroll(page: Page) {
  const width = await pageWidth(page);
  expect(width).toBeLessThanOrEqual(PHONE.width);
}

/** Console errors and uncaught exceptions (React reports hydration mismatches there). */
function watchErrors(page: Page) {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/**
 * The "show" for cancellation: a guest pays a card order, and before the family accepts
 * it cancels it from the order's signed link (JavaScript off, on a phone), then sees the refund
 * arrive on the order's history once the outbox has sent it to Stripe.
 */
test("a shopper cancels a new card order and sees the refund on the timeline", async ({ browser }) => {
  const buyer = await (await browser.newContext({ viewport: PHONE })).newPage();
  await buyer.goto("/producers/mammadovlar-shirniyyat-evi?lang=en");
  await buyer.locator(".product-card__title a").first().click();
  const add = buyer.locator("#add-to-cart").getByRole("button", { name: "Add to cart" });
  await expect(add).toBeVisible();
  await waitForHydration(buyer);
  await add.click();
  await expect(buyer.getByText("Added to your cart.")).toBeVisible();
  await buyer.goto("/checkout?lang=en");
  await buyer.getByLabel("Full name").fill("Leyla Quliyeva");
  await buyer.getByLabel("Email").fill("cancel-new-e2e@example.az");
  await buyer.getByLabel("Phone").fill("+994 50 555 12 34");
  await buyer.getByLabel("Street, house, flat").fill("Füzuli küç. 7, mənzil 3");
  await buyer.getByLabel("District or city").selectOption("Nəsimi");
  await buyer.getByLabel("Card (secure payment by Stripe)").check();
  await buyer.getByRole("button", { name: "Place order" }).click();
  await buyer.getByRole("button", { name: "Pay" }).click();
  await expect(buyer.getByText("Your card payment is confirmed.")).toBeVisible({ timeout: 15_000 });
  const orderLink = await buyer
    .getByRole("link", { name: /Follow order/ })
    .first()
    .getAttribute("href");

  await buyer.goto(`${orderLink}&lang=en`);
  await expect(buyer.getByRole("heading", { name: "Cancel the order" })).toBeVisible();
  await expectAccessible(buyer);

  const plain = await (await browser.newContext({ javaScriptEnabled: false, viewport: PHONE })).newPage();
  await plain.goto(`${orderLink}&lang=en`);
  await expectNoSidewaysScroll(plain);
  await expect(plain.getByText("The card payment is returned to your card in full.")).toBeVisible();
  await plain.getByRole("button", { name: "Cancel the order" }).click();
  await expect(plain.getByRole("status").filter({ hasText: "The order was cancelled." })).toBeVisible();
  await expectNoSidewaysScroll(plain);

  // The refund is sent by the outbox worker a moment later: the history shows it then.
  const history = plain.locator(".timeline");
  await expect(async () => {
    await plain.goto(`${orderLink}&lang=en`);
    await expect(history.getByText("Refunded")).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(history.getByText("Cancelled")).toBeVisible();
  await expect(plain.locator(".order-summary .badge").first()).toHaveText("Refunded");
  await expect(plain.getByRole("button", { name: "Cancel the order" })).toHaveCount(0);
});

/** A guest buys a copper coffee pot, cash on delivery: the order's signed link and its id. */
async function guestCashOrder(buyer: Page, email: string) {
  await buyer.goto("/products/handmade-copper-coffee-pot-jazva?lang=en");
  await waitForHydration(buyer);
  // The family's returns, stated before buying (a copper good: taken back within its 14 days).
  await expect(buyer.getByText("Returns: accepted within 14 days of delivery.")).toBeVisible();
  await buyer.locator("#add-to-cart").getByRole("button", { name: "Add to cart" }).click();
  await expect(buyer.getByText("Added to your cart.")).toBeVisible();
  await buyer.goto("/checkout?lang=en");
  await buyer.getByLabel("Full name").fill("Səbinə Hüseynova");
  await buyer.getByLabel("Email").fill(email);
  await buyer.getByLabel("Phone").fill("+994 55 444 12 12");
  await buyer.getByLabel("Street, house, flat").fill("Azadlıq pr. 21, mənzil 8");
  await buyer.getByLabel("District or city").selectOption("Nəsimi");
  await buyer.getByRole("button", { name: "Place order" }).click();
  const orderLink = (await buyer
    .getByRole("link", { name: /Follow order/ })
    .first()
    .getAttribute("href"))!;
  return { orderLink, orderId: new URL(orderLink, "http://x").pathname.split("/").pop() };
}

/** The copper family on that order's page (in Azerbaijani, hydrated), having accepted it; console errors watched from there on. */
async function familyAccepts(family: Page, orderId: string | undefined) {
  await login(family, "karimovlar-misgar-evi@example.az", `/dashboard/orders/${orderId}?lang=az`);
  // Watched from the order page on (the login form is not this journey's page).
  const errors = watchErrors(family);
  await family.reload();
  await waitForHydration(family);
  await family.getByRole("button", { name: "Sifarişi qəbul et" }).click();
  await expect(family.getByRole("button", { name: "“Göndərildi” kimi qeyd et" })).toBeVisible();
  return errors;
}

/**
 * The "show" for returns: a guest's copper coffee pot is delivered; on a phone, in
 * Azerbaijani and without JavaScript, the shopper asks to return it with a photo; the family
 * accepts, saying how to send it back, then marks it received, and the shopper's order says so.
 */
test("a return from request to refund", async ({ browser }) => {
  // three people in turn (a checkout, a family's two steps, the return): past a minute on a busy machine
  test.setTimeout(120_000);
  const buyer = await (await browser.newContext({ viewport: PHONE })).newPage();
  const { orderLink, orderId } = await guestCashOrder(buyer, "return-e2e@example.az");

  // The family accepts and sends it.
  const family = await (await browser.newContext({ viewport: PHONE })).newPage();
  const familyErrors = await familyAccepts(family, orderId);
  await family.getByRole("button", { name: "“Göndərildi” kimi qeyd et" }).click();
  await expect(family.locator(".badge").first()).toHaveText("Göndərildi");

  // The shopper sees the return form (checked with JavaScript for axe and hydration), then sends it without.
  const buyerErrors = watchErrors(buyer);
  await buyer.goto(`${orderLink}&lang=az`);
  await waitForHydration(buyer);
  await expect(buyer.getByRole("heading", { name: "Geri qaytarma" })).toBeVisible();
  await expectAccessible(buyer);
  const plain = await (await browser.newContext({ javaScriptEnabled: false, viewport: PHONE })).newPage();
  await plain.goto(`${orderLink}&lang=az`);
  await plain.getByLabel("Niyə geri qaytarmaq istəyirsiniz?").fill("Cəzvənin qulpu əyilib gəlib");
  const photo = await sharp({ create: { width: 900, height: 700, channels: 3, background: "#a8642c" } })
    .jpeg()
    .toBuffer();
  await plain.getByLabel(/^Şəkillər/).setInputFiles({ name: "IMG_0412.jpg", mimeType: "image/jpeg", buffer: photo });
  await plain.getByRole("button", { name: "Qaytarma sorğusu göndər" }).click();
  await expect(plain.getByRole("status").filter({ hasText: "Qaytarma sorğunuz istehsalçıya göndərildi." })).toBeVisible();
  await expect(plain.getByRole("img", { name: "Alıcının göndərdiyi 1 nömrəli şəkil" })).toBeVisible();
  await expectNoSidewaysScroll(plain);
  // The photo opens with the order's link, and neither without it nor as a public upload.
  const src = (await plain.getByRole("img", { name: "Alıcının göndərdiyi 1 nömrəli şəkil" }).getAttribute("src"))!;
  expect((await plain.request.get(src)).status()).toBe(200);
  const photoPath = new URL(src, "http://x").pathname;
  expect((await plain.request.get(photoPath)).status()).toBe(404);
  expect((await plain.request.get(photoPath.replace(/^\/orders\/[^/]+\/return-photos\//, "/uploads/"))).status()).toBe(404);

  // The family sees the reason and the photo, accepts with how to send it back, and marks it received.
  await family.reload();
  await waitForHydration(family);
  await expect(family.getByText("Səbəb: Cəzvənin qulpu əyilib gəlib")).toBeVisible();
  await expect(family.getByRole("img", { name: "Alıcının göndərdiyi 1 nömrəli şəkil" })).toBeVisible();
  await expectAccessible(family);
  await family.getByLabel(/^Necə geri göndərməli/).fill("Lahıc poçtuna göndərin, çatdırılma haqqını biz ödəyirik");
  await family.getByRole("button", { name: "Qaytarmanı qəbul et" }).click();
  await family.getByRole("button", { name: "Məhsul geri çatdı: pulu qaytar" }).click();
  await expect(family.getByText(/^Məhsul geri çatdı\. .+ alıcıya qaytarılır/)).toBeVisible();
  await expect(family.locator(".badge").first()).toHaveText("Geri qaytarıldı");

  await plain.goto(`${orderLink}&lang=az`);
  await expect(plain.locator(".order-summary .badge").first()).toHaveText("Geri qaytarıldı");
  const history = plain.locator(".timeline");
  for (const step of ["Qaytarma sorğusu göndərildi", "Qaytarma qəbul edildi", "Qaytarılan məhsul alındı, pul nağd qaytarıldı"]) {
    await expect(history.getByText(step)).toBeVisible();
  }
  expect([...buyerErrors, ...familyErrors]).toEqual([]);
});

/**
 * Cancellation of an accepted order is a request: the shopper asks (phone, Azerbaijani, no
 * JavaScript) with a reason, the family declines it with theirs, and the shopper reads why.
 */
test("a cancellation request on an accepted order, declined with a reason", async ({ browser }) => {
  test.setTimeout(120_000);
  const buyer = await (await browser.newContext({ viewport: PHONE })).newPage();
  const { orderLink, orderId } = await guestCashOrder(buyer, "cancel-request-e2e@example.az");
  const family = await (await browser.newContext({ viewport: PHONE })).newPage();
  const familyErrors = await familyAccepts(family, orderId);

  const plain = await (await browser.newContext({ javaScriptEnabled: false, viewport: PHONE })).newPage();
  await plain.goto(`${orderLink}&lang=az`);
  await plain.getByLabel("Niyə ləğv etmək istəyirsiniz?").fill("Ünvanım dəyişdi");
  await plain.getByRole("button", { name: "Ləğv sorğusu göndər" }).click();
  await expect(plain.getByRole("status").filter({ hasText: "Sorğunuz istehsalçıya göndərildi." })).toBeVisible();
  await expectNoSidewaysScroll(plain);

  await family.reload();
  await waitForHydration(family);
  await expect(family.getByText("Səbəb: Ünvanım dəyişdi")).toBeVisible();
  await expectAccessible(family);
  await family.getByLabel("Rədd etmə səbəbi").fill("Sifariş artıq qablaşdırılıb, yeni ünvana da göndərə bilərik");
  await family.getByRole("button", { name: "Sorğunu rədd et" }).click();
  await expect(family.getByText("Rədd etdiniz: Sifariş artıq qablaşdırılıb")).toBeVisible();

  await plain.goto(`${orderLink}&lang=az`);
  await expect(plain.getByText("İstehsalçı sorğunu rədd etdi: Sifariş artıq qablaşdırılıb, yeni ünvana da göndərə bilərik")).toBeVisible();
  await expect(plain.locator(".timeline").getByText("Ləğv sorğusu rədd edildi")).toBeVisible();
  await expect(plain.locator(".order-summary .badge").first()).toHaveText("Təsdiqləndi");
  expect(familyErrors).toEqual([]);
});
