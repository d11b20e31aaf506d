import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, login, waitForHydration } from "./fixtures";

/**
 * ABAD centres, item 1 of issue #19: an admin adds a centre and makes a new account its staff, on a
 * phone and without JavaScript (plain form posts); that person then sees only their own centre.
 * The pages' axe, width and hydration checks are in every-page.spec.ts.
 */
test.use({ viewport: { width: 360, height: 780 }, javaScriptEnabled: false });

test("an admin adds a centre and its staff member, who sees only that centre", async ({ browser, page }) => {
  const email = `centre-${Date.now()}@example.az`;
  const person = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 780 } });
  const staff = await person.newPage();
  await staff.goto("/signup?lang=en");
  await staff.getByLabel("Name").fill("Aysel Centre");
  await staff.getByLabel("Email").fill(email);
  await staff.getByLabel("Password").fill(DEMO_PASSWORD);
  await staff.getByRole("button", { name: "Create account" }).click();
  await staff.waitForURL((url) => !url.pathname.startsWith("/signup"));

  await login(page, "admin@example.az", "/admin/centres?lang=en");
  await expect(page.getByRole("rowheader", { name: "ABAD Old City centre" })).toBeVisible();
  const form = page.locator("#create-centre");
  await form.getByLabel("Name in Azerbaijani").fill("ABAD Gəncə mərkəzi");
  await form.getByLabel("Name in English").fill("ABAD Ganja centre");
  await form.getByLabel("Name in Russian").fill("Центр ABAD в Гяндже");
  await form.getByLabel("District or city").selectOption("Gəncə");
  await form.getByLabel("Street, house, flat").fill("Cavadxan küç. 12");
  await form.getByLabel("Opening hours in Azerbaijani").fill("B.e.–C. 10:00–18:00");
  await form.getByLabel("Phone").fill("+994 22 256 00 30");
  await form.getByRole("button", { name: "Add centre" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Centre added." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "ABAD Ganja centre" })).toBeVisible();
  await page.getByLabel("Email of the person's account").fill(email);
  await page.getByRole("button", { name: "Add to staff" }).click();
  await expect(page.getByRole("status").filter({ hasText: "now works at this centre" })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();

  // The assignment ended the person's session: they sign in again and land on their centre.
  await staff.goto("/login?lang=en");
  await staff.getByLabel("Email").fill(email);
  await staff.getByLabel("Password").fill(DEMO_PASSWORD);
  await staff.locator("form").getByRole("button", { name: "Log in" }).click();
  await staff.waitForURL((url) => url.pathname === "/centre");
  await expect(staff.getByRole("heading", { level: 1, name: "ABAD Ganja centre" })).toBeVisible();
  await staff.getByLabel("Opening hours in English").fill("Mon–Fri 10:00–18:00");
  await staff.getByRole("button", { name: "Save", exact: true }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(staff.getByText("Mon–Fri 10:00–18:00", { exact: true })).toBeVisible();
  expect((await staff.goto("/admin/centres"))?.status()).toBe(403);
  expect((await staff.goto("/dashboard"))?.status()).toBe(403);
  await person.close();

  // Shoppers never reach the centre area.
  await page.context().clearCookies();
  await login(page, "shopper@example.az");
  expect((await page.goto("/centre"))?.status()).toBe(403);
});

test("an online order is picked up at the Baku centre: paid by card, sent, received and handed over against its number", async ({ browser }) => {
  test.setTimeout(120_000);
  const shopper = await (await browser.newContext({ javaScriptEnabled: true, viewport: { width: 360, height: 780 } })).newPage();
  await shopper.goto("/producers/mammadovlar-shirniyyat-evi?lang=en");
  await shopper.locator(".product-card__title a").first().click();
  await waitForHydration(shopper);
  await shopper.locator("#add-to-cart").getByRole("button", { name: "Add to cart" }).click();
  await expect(shopper.getByText("Added to your cart.")).toBeVisible();
  await shopper.goto("/checkout?lang=en");
  await waitForHydration(shopper);
  await shopper.getByLabel("Full name").fill("Orxan Səfərov");
  await shopper.getByLabel("Email").fill("centre-pickup-e2e@example.az");
  await shopper.getByLabel("Phone").fill("+994 50 555 12 34");
  await shopper.getByRole("radio", { name: /^Pickup at ABAD Old City centre \(₼2\.00, 3 days\)/ }).check();
  await expect(shopper.locator(".checkout__figures").first()).toContainText("Delivery₼2.00");
  await shopper.getByLabel("Card (secure payment by Stripe)").check();
  await shopper.getByRole("button", { name: "Place order" }).click();
  await shopper.getByRole("button", { name: "Pay" }).click();
  await expect(shopper.getByText("Your card payment is confirmed.")).toBeVisible({ timeout: 15_000 });
  await expect(shopper.locator(".order-summary").first()).toContainText("Pickup at an ABAD centre: Kiçik Qala küç. 5");
  const number = ((await shopper.locator(".order-summary h2").first().textContent()) ?? "").match(/AB-[\w-]+/)![0];
  const orderPage = shopper.url();

  const producer = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await login(producer, "producer@example.az", "/dashboard/orders?lang=en&status=CONFIRMED");
  await producer.getByRole("link", { name: number }).click();
  await producer.getByRole("button", { name: "Mark as shipped" }).click();
  await expect(producer.locator("h1 .badge")).toHaveText("Shipped");
  await expect(producer.getByRole("button", { name: "Mark as completed" })).toHaveCount(0);

  const centre = await (await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 780 } })).newPage();
  await login(centre, "centre@example.az", "/centre/parcels?lang=en");
  await centre.getByRole("button", { name: `Received from the producer Order ${number}` }).click();
  await expect(centre.getByRole("status").filter({ hasText: "Parcel received." })).toBeVisible();
  const parcel = centre.locator(".parcel-list li").filter({ hasText: `Order ${number}` });
  await parcel.getByLabel("Order number the shopper gives").fill("AB-0000-0000");
  await parcel.getByRole("button", { name: `Handed to the shopper Order ${number}` }).click();
  await expect(centre.getByText("That is not this parcel's order number: do not hand it over.")).toBeVisible();
  await centre
    .locator(".parcel-list li")
    .filter({ hasText: `Order ${number}` })
    .getByLabel("Order number the shopper gives")
    .fill(number.toLowerCase());
  await centre.getByRole("button", { name: `Handed to the shopper Order ${number}` }).click();
  await expect(centre.getByRole("status").filter({ hasText: "Parcel handed over." })).toBeVisible();

  await shopper.goto(orderPage);
  await expect(shopper.locator(".order-summary .badge").first()).toHaveText("Completed");
});
