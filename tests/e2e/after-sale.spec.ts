import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./fixtures";

const PHONE = { width: 360, height: 780 };

async function expectNoSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(PHONE.width);
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
  await buyer.locator("#add-to-cart").getByRole("button", { name: "Add to cart" }).click();
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
