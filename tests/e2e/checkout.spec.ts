import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, login } from "./fixtures";

/** Adds the first in-stock product of a producer page to the cart. */
async function addFromProducer(page: Page, producerSlug: string, quantity = 1) {
  await page.goto(`/producers/${producerSlug}?lang=en`);
  await page.locator(".product-card__title a").first().click();
  const addButton = page.getByRole("button", { name: "Add to cart" });
  await expect(addButton).toBeVisible();
  await page.getByLabel("Quantity").fill(String(quantity));
  await addButton.click();
  // With JavaScript the cart updates in place; without, the browser lands on the cart page.
  await expect(page.getByText("Added to your cart.").or(page.getByRole("heading", { name: "Cart", exact: true }))).toBeVisible();
}

async function fillContact(page: Page, email: string) {
  await page.getByLabel("Full name").fill("Orxan Səfərov");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Phone").fill("+994 50 555 12 34");
  // A signed-in shopper with saved addresses types a new one after choosing "A new address".
  const newAddress = page.getByLabel("A new address");
  if (await newAddress.count()) await newAddress.check();
  await page.getByLabel("Street, house, flat").fill("Füzuli küç. 7, mənzil 3");
  await page.getByLabel("District or city").selectOption("Nəsimi");
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a guest buys from two producers with cash on delivery and sees two orders", async ({ page }) => {
    await addFromProducer(page, "mammadovlar-shirniyyat-evi");
    await expect(page).toHaveURL(/\/cart$/);
    await page.goto("/producers?lang=en&sector=handicraft");
    const producer = await page.locator(".producer-tile h2 a").first().getAttribute("href");
    await addFromProducer(page, producer!.split("/").pop()!);
    await page.goto("/checkout?lang=en");
    await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveCount(2);
    await fillContact(page, "guest-e2e@example.az");
    await page.getByLabel("Cash on delivery or at pickup").check();
    await page.getByRole("button", { name: "Place order" }).click();
    await expect(page.getByRole("heading", { name: "Thank you for your order" })).toBeVisible();
    await expect(page.locator(".order-summary")).toHaveCount(2);
    await expect(page.getByRole("link", { name: "Cart 0 items" })).toBeVisible();
    await page
      .getByRole("link", { name: /Follow order/ })
      .first()
      .click();
    await expect(page.getByRole("heading", { name: "History" })).toBeVisible();
    await expect(page.getByText("New", { exact: true }).first()).toBeVisible();
  });

  test("bad checkout input gets field messages and keeps what was typed", async ({ page }) => {
    await addFromProducer(page, "mammadovlar-shirniyyat-evi");
    await page.goto("/checkout?lang=en");
    await page.getByLabel("Full name").fill("Aysel");
    await page.getByLabel("Email").fill("aysel@example.az");
    await page.getByLabel("Phone").fill("12");
    await page.getByRole("button", { name: "Place order" }).click();
    await expect(page.getByText("Enter a phone number, like +994 50 123 45 67.")).toBeVisible();
    await expect(page.getByLabel("Full name")).toHaveValue("Aysel");
  });
});

test("a choice made by the touch that starts the scripts is the one the totals follow", async ({ page }) => {
  await addFromProducer(page, "mammadovlar-shirniyyat-evi", 1);
  await page.goto("/checkout?lang=en");
  await expect(page.locator(".checkout__figures")).toContainText("Delivery₼5.00");
  await page
    .getByRole("radio", { name: /^Pickup at/ })
    .first()
    .check();
  await expect(page.locator(".checkout__figures")).toContainText("Delivery—");
  await expect(page.locator(".checkout__summary")).toContainText("Total: ₼13.00");
});

test("a shopper pays by card and sees the order confirmed", async ({ page }) => {
  await login(page, "shopper@example.az");
  await addFromProducer(page, "mammadovlar-shirniyyat-evi", 1);
  await page.goto("/checkout?lang=en");
  await fillContact(page, "shopper@example.az");
  await page.getByLabel("Card (secure payment by Stripe)").check();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page.getByRole("heading", { name: "Test card payment" })).toBeVisible();
  await page.getByRole("button", { name: "Pay" }).click();
  await expect(page.getByRole("heading", { name: "Thank you for your order" })).toBeVisible();
  await expect(page.getByText("Your card payment is confirmed.")).toBeVisible({ timeout: 15_000 });
  await expect(page.locator(".order-summary .badge").first()).toHaveText("Confirmed");
  await page.goto("/orders?lang=en");
  await expect(page.getByRole("cell", { name: "Confirmed" }).first()).toBeVisible();
});

test("a producer accepts and completes an order from the dashboard", async ({ browser }) => {
  const shopper = await (await browser.newContext()).newPage();
  await addFromProducer(shopper, "mammadovlar-shirniyyat-evi");
  await shopper.goto("/checkout?lang=en");
  await fillContact(shopper, "fulfil-e2e@example.az");
  await shopper.getByRole("button", { name: "Place order" }).click();
  await expect(shopper.getByRole("heading", { name: "Thank you for your order" })).toBeVisible();
  const number = ((await shopper.locator(".order-summary h2").first().textContent()) ?? "").match(/AB-[\w-]+/)![0];

  const producer = await (await browser.newContext()).newPage();
  await login(producer, "producer@example.az", "/dashboard/orders?lang=en&status=PLACED");
  await producer.getByRole("link", { name: number }).click();
  await expectAccessible(producer);
  await producer.getByRole("button", { name: "Accept order" }).click();
  await expect(producer.getByText("Order updated.")).toBeVisible();
  const next = producer.getByRole("button", { name: /Mark as shipped|Mark as ready for pickup/ });
  await next.click();
  await expect(producer.getByRole("button", { name: "Mark as completed" })).toBeVisible();
  await producer.getByRole("button", { name: "Mark as completed" }).click();
  await expect(producer.locator("h1 .badge")).toHaveText("Completed");
  await producer.goto("/dashboard/payouts?lang=en");
  await expect(producer.getByRole("heading", { level: 1, name: "Payouts" })).toBeVisible();
});
