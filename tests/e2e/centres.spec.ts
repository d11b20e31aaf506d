import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, login } from "./fixtures";

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
