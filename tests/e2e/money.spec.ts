import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, expectAccessible, login } from "./fixtures";

async function addFirstProduct(page: Page, producerSlug: string) {
  await page.goto(`/producers/${producerSlug}?lang=en`);
  await page.locator(".product-card__title a").first().click();
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByText("Added to your cart.").or(page.getByRole("heading", { name: "Cart", exact: true }))).toBeVisible();
}

test("a shopper who leaves the card page keeps the cart, then pays with a fresh page", async ({ page }) => {
  await login(page, "shopper@example.az");
  await addFirstProduct(page, "mammadovlar-shirniyyat-evi");
  await page.goto("/checkout?lang=en");
  // A returning shopper's phone and default address are filled in.
  await expect(page.getByLabel("Phone")).toHaveValue(/^\+994 /);
  await expect(page.getByLabel("Nizami küç. 10, mənzil 5, Nəsimi")).toBeChecked();
  await page.getByLabel("Card (secure payment by Stripe)").check();
  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page.getByRole("heading", { name: "Test card payment" })).toBeVisible();

  // Back without paying: the order waits for payment and the cart is still there.
  await page.getByRole("link", { name: "Back to the shop" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Awaiting payment" })).toBeVisible();
  await expect(page.locator(".order-summary .badge").first()).toHaveText("Awaiting payment");
  await expect(page.getByRole("button", { name: "Cancel the order" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Cart [1-9]/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Pay now" }).click();
  await expect(page.getByRole("heading", { name: "Test card payment" })).toBeVisible();
  await page.getByRole("button", { name: "Pay" }).click();
  await expect(page.getByText("Your card payment is confirmed.")).toBeVisible({ timeout: 15_000 });
  await expect(page.locator(".order-summary .badge").first()).toHaveText("Confirmed");
});

test("a guest cancels an order still waiting for its card payment", async ({ page }) => {
  await addFirstProduct(page, "mammadovlar-shirniyyat-evi");
  await page.goto("/checkout?lang=en");
  await page.getByLabel("Full name").fill("Nigar Babayeva");
  await page.getByLabel("Email").fill("cancel-card-e2e@example.az");
  await page.getByLabel("Phone").fill("+994 50 555 12 34");
  await page.getByLabel("Street, house, flat").fill("Füzuli küç. 7, mənzil 3");
  await page.getByLabel("District or city").selectOption("Nəsimi");
  await page.getByLabel("Card (secure payment by Stripe)").check();
  await page.getByRole("button", { name: "Place order" }).click();
  await page.getByRole("link", { name: "Back to the shop" }).click();
  await page.getByRole("button", { name: "Cancel the order" }).click();
  await expect(page.getByText("The order was cancelled. Nothing was charged.").first()).toBeVisible();
  await expect(page.locator(".order-summary .badge").first()).toHaveText("Cancelled");
});

test("an owner sets bank details, an admin confirms them and pays the batch it was shown", async ({ browser }) => {
  const producer = await (await browser.newContext()).newPage();
  await login(producer, "producer@example.az", "/dashboard/payouts?lang=en");
  await producer.getByLabel("Account holder").fill("Rəşad Həsənov");
  await producer.getByLabel("IBAN").fill("AZ21 NABZ 0000 0000 1370 1000 1944");
  await producer.getByLabel("Your password").fill("wrong password");
  await producer.getByRole("button", { name: "Save bank details" }).click();
  await expect(producer.getByText("The password is not correct.")).toBeVisible();
  await producer.getByLabel("IBAN").fill("AZ21 NABZ 0000 0000 1370 1000 1945");
  await producer.getByLabel("Your password").fill(DEMO_PASSWORD);
  await producer.getByRole("button", { name: "Save bank details" }).click();
  await expect(producer.getByText("This is not a valid Azerbaijani IBAN.")).toBeVisible();
  await producer.getByLabel("IBAN").fill("AZ21 NABZ 0000 0000 1370 1000 1944");
  await producer.getByLabel("Your password").fill(DEMO_PASSWORD);
  await producer.getByRole("button", { name: "Save bank details" }).click();
  await expect(producer.getByText("Saved. Payouts are held until ABAD staff confirm the new details.")).toBeVisible();
  await expectAccessible(producer);

  const admin = await (await browser.newContext()).newPage();
  await login(admin, "admin@example.az", "/admin/money?lang=en");
  await expect(admin.getByText("Every check passes.")).toBeVisible();
  const pending = admin.locator("li", { hasText: "AZ21NABZ00000000137010001944" }).filter({ has: admin.getByRole("button", { name: "Confirm" }) });
  await pending.first().getByRole("button", { name: "Confirm" }).click();
  await expect(admin.getByText("Bank details confirmed.")).toBeVisible();

  await admin.goto("/admin/payouts?lang=en");
  // Other journeys may sell at the same moment: a batch that changed is shown again, never created.
  for (let attempt = 0; attempt < 3; attempt++) {
    const create = admin.getByRole("button", { name: /^Create the batch/ });
    if ((await create.count()) === 0) break;
    await create.click();
    await expect(admin.getByText(/Payout batch created\.|The balances changed/)).toBeVisible();
    if (await admin.getByText("Payout batch created.").isVisible()) break;
  }
  await expect(admin.getByRole("heading", { name: "Payout batches" })).toBeVisible();
  await expect(admin.getByRole("link", { name: "Download CSV for the bank" }).first()).toBeVisible();
});
