import crypto from "node:crypto";
import path from "node:path";
import Database from "better-sqlite3";
import { hash } from "@node-rs/argon2";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, expectAccessible, login, loginThroughForm, waitForHydration } from "./fixtures";
import { E2E_DATA_DIR } from "../../playwright.config";

const E2E_DB = path.resolve(E2E_DATA_DIR, "abad.db");

/** An account of this test's own (the demo accounts' passwords must not change). */
async function createAccount() {
  const email = `account-${crypto.randomBytes(4).toString("hex")}@example.az`;
  const passwordHash = await hash(DEMO_PASSWORD);
  const now = new Date().toISOString().replace("Z", "+00:00");
  const db = new Database(E2E_DB, { timeout: 10_000 });
  try {
    db.prepare(
      `INSERT INTO User (id, email, name, passwordHash, role, locale, createdAt, updatedAt, passwordChangedAt) VALUES (?, ?, ?, ?, 'SHOPPER', 'en', ?, ?, ?)`,
    ).run(`account-${email}`, email, "Aysel Account", passwordHash, now, now, now);
  } finally {
    db.close();
  }
  return email;
}

function latestResetLink(email: string) {
  const db = new Database(E2E_DB, { readonly: true, timeout: 10_000 });
  try {
    const mail = db.prepare(`SELECT text FROM MailOutbox WHERE "to" = ? AND kind = 'account.mail.reset' ORDER BY createdAt DESC LIMIT 1`).get(email) as
      { text: string } | undefined;
    const match = mail && /\/reset-password\?token=[A-Za-z0-9_-]+/.exec(mail.text);
    return match ? match[0] : null;
  } finally {
    db.close();
  }
}

test("a signed-in user changes the password and is signed out everywhere else", async ({ browser }) => {
  const email = await createAccount();
  const here = await (await browser.newContext()).newPage();
  const elsewhere = await (await browser.newContext()).newPage();
  // two sessions of their own: the shared per-worker session would make both browsers one
  await loginThroughForm(here, email);
  await loginThroughForm(elsewhere, email);

  await here.goto("/account/password?lang=en");
  await expect(here.getByRole("heading", { name: "Change your password" })).toBeVisible();
  // The first focus starts the scripts; a form sent while React takes over the page is a race no
  // person typing can run (CI saw the field message missing once), so they are started first.
  await waitForHydration(here);
  // (A wrong current password counts as a failed login from this IP: that case is in the
  // integration tests, not here, where every spec shares one IP.)
  await here.getByLabel("Current password").fill(DEMO_PASSWORD);
  await here.getByLabel("New password", { exact: true }).fill("short");
  await here.getByLabel("Repeat the new password").fill("different");
  await here.getByRole("button", { name: "Change password" }).click();
  await expect(here.getByLabel("New password", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(here.getByText("The two passwords differ.")).toBeVisible();

  await here.getByLabel("Current password").fill(DEMO_PASSWORD);
  await here.getByLabel("New password", { exact: true }).fill("a-new-password-2026");
  await here.getByLabel("Repeat the new password").fill("a-new-password-2026");
  await here.getByRole("button", { name: "Change password" }).click();
  await expect(here.getByText("Your password has been changed. Every other session has been signed out.")).toBeVisible();
  await expectAccessible(here);

  // This browser stays signed in; the other one is signed out.
  await here.goto("/orders?lang=en");
  await expect(here).toHaveURL(/\/orders/);
  await elsewhere.goto("/orders?lang=en");
  await expect(elsewhere).toHaveURL(/\/login\?redirectTo=/);
  await here.context().close();
  await elsewhere.context().close();
});

test("a forgotten password is reset through a one-time link, with the same answer for unknown addresses", async ({ page }) => {
  const email = await createAccount();
  await page.goto("/forgot-password?lang=en");
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("Email").fill("nobody-at-all@example.az");
  await page.getByRole("button", { name: "Send the link" }).click();
  const sent = page.getByText("If an account exists for that address, a link is on its way.", { exact: false });
  await expect(sent).toBeVisible();
  const unknownAnswer = await page.locator("main").innerText();

  await page.goto("/forgot-password?lang=en");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(sent).toBeVisible();
  expect(await page.locator("main").innerText()).toBe(unknownAnswer);
  await expectAccessible(page);

  const link = latestResetLink(email);
  expect(link).not.toBeNull();
  await page.goto(`${link!}&lang=en`);
  await waitForHydration(page);
  await page.getByLabel("New password", { exact: true }).fill("reset-password-2026");
  await page.getByLabel("Repeat the password").fill("reset-password-2026");
  await page.getByRole("button", { name: "Save password and log in" }).click();
  await expect(page).not.toHaveURL(/reset-password/);

  // Used once: the same link no longer works.
  const again = await page.goto(`${link!}&lang=en`);
  expect(again?.status()).toBe(400);
});

test.describe("saved addresses without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });

  test("a shopper adds, marks default and deletes addresses, and the checkout offers them with the phone filled in", async ({ page }) => {
    const email = await createAccount();
    await login(page, email);
    await page.goto("/account/addresses?lang=en");
    await expect(page.getByText("No saved addresses yet.")).toBeVisible();
    // Districts are grouped by economic region, in the page's language.
    await expect(page.locator('optgroup[label="Shaki-Zagatala"] option[value="Qax"]')).toHaveCount(1);
    await page.getByLabel("District or city").selectOption("Qax");
    await page.getByLabel("Street, house, flat").fill("Heydər Əliyev pr. 3");
    await page.getByRole("button", { name: "Save the address" }).click();
    await expect(page.getByText("The address has been saved.")).toBeVisible();
    await page.getByLabel("District or city").selectOption("Lənkəran");
    await page.getByLabel("Street, house, flat").fill("x");
    await page.getByRole("button", { name: "Save the address" }).click();
    await expect(page.getByText("Enter the street, house and flat.")).toBeVisible();
    await page.getByLabel("Street, house, flat").fill("Ərəb küç. 1");
    await page.getByRole("button", { name: "Save the address" }).click();
    await page.getByRole("button", { name: "Make default: Ərəb küç. 1, Lənkəran" }).click();
    await expect(page.getByText("This is now your default address.")).toBeVisible();

    await page.goto("/producers/mammadovlar-shirniyyat-evi?lang=en");
    await page.locator(".product-card__title a").first().click();
    await page.locator("#add-to-cart").getByRole("button", { name: "Add to cart" }).click();
    await page.goto("/checkout?lang=en");
    await expect(page.getByLabel("Ərəb küç. 1, Lənkəran")).toBeChecked();
    // While a saved address is chosen, the new-address fields are out of the way.
    await expect(page.getByLabel("Street, house, flat")).toBeHidden();
    await page.getByLabel("A new address").check();
    await expect(page.getByLabel("Street, house, flat")).toBeVisible();
    await page.getByLabel("Heydər Əliyev pr. 3, Qax").check();
    await page.getByLabel("Phone").fill("+994 55 777 88 99");
    await page.getByRole("button", { name: "Place order" }).click();
    await expect(page.getByRole("heading", { name: "Thank you for your order" })).toBeVisible();
    await expect(page.getByText(/Heydər Əliyev pr. 3, Qax/).first()).toBeVisible();

    await page.goto("/producers/mammadovlar-shirniyyat-evi?lang=en");
    await page.locator(".product-card__title a").first().click();
    await page.locator("#add-to-cart").getByRole("button", { name: "Add to cart" }).click();
    await page.goto("/checkout?lang=en");
    await expect(page.getByLabel("Phone")).toHaveValue("+994 55 777 88 99");

    await page.goto("/account/addresses?lang=en");
    await page.getByRole("button", { name: "Delete: Heydər Əliyev pr. 3, Qax" }).click();
    await expect(page.getByText("The address has been deleted.")).toBeVisible();
    await expect(page.locator(".address-list li")).toHaveCount(1);
  });
});
