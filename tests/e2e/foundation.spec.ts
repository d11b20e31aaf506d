import { expect, test } from "@playwright/test";
import { expectAccessible, login, loginThroughForm } from "./fixtures";

test("each demo account lands in its own area", async ({ browser }) => {
  for (const [email, path] of [
    ["producer@example.az", "/dashboard"],
    ["mentor@example.az", "/admin"],
    ["admin@example.az", "/admin"],
    ["shopper@example.az", "/"],
  ] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await loginThroughForm(page, email);
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await context.close();
  }
});

test("a shopper is refused the dashboard and the programme area", async ({ page }) => {
  await login(page, "shopper@example.az");
  for (const path of ["/dashboard", "/admin"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/girişiniz yoxdur|do not have access|нет доступа/);
  }
});

test("a logged-out visitor is sent to log in and comes back", async ({ page }) => {
  await page.goto("/favorites");
  await expect(page).toHaveURL(/\/login\?redirectTo=%2Ffavorites/);
  await loginThroughForm(page, "shopper@example.az", "/favorites");
  await expect(page).toHaveURL(/\/favorites$/);
});

test("language switch is remembered and sets <html lang>", async ({ page }) => {
  await page.goto("/?lang=ru");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("link", { name: "Каталог" }).first()).toBeVisible();
  await page.goto("/products");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await page.goto("/?lang=az");
  await expect(page.locator("html")).toHaveAttribute("lang", "az");
});

test("Azerbaijani is the default without Accept-Language hints", async ({ browser }) => {
  const context = await browser.newContext({ locale: "de-DE" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "az");
  await context.close();
});

test("sign-up shows field errors and keeps the input", async ({ page }) => {
  await page.goto("/signup?lang=en");
  await page.getByLabel("Full name").fill("Aysel Test");
  await page.getByLabel("Email").fill("shopper@example.az");
  await page.getByLabel("Password").fill("long-enough-pass");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("An account with this email already exists.")).toBeVisible();
  await expect(page.getByLabel("Full name")).toHaveValue("Aysel Test");
  await expectAccessible(page);
});

test("unknown pages render the 404 page in the visitor's language", async ({ page }) => {
  const response = await page.goto("/no-such-page?lang=en");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We could not find that page." })).toBeVisible();
});

test("an area's missing page is its own 404, in the visitor's language, with the way back to the area", async ({ page }) => {
  await login(page, "producer@example.az");
  for (const [lang, text, back] of [
    ["az", "Səhifə tapılmadı.", "İstehsalçı paneli"],
    ["en", "We could not find that page.", "Producer dashboard"],
    ["ru", "Страница не найдена.", "Кабинет производителя"],
  ] as const) {
    const response = await page.goto(`/dashboard/products/no-such-listing?lang=${lang}`);
    expect(response?.status(), lang).toBe(404);
    await expect(page.getByRole("heading", { name: text })).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: back })).toHaveAttribute("href", "/dashboard");
  }
});

test("health and security headers", async ({ request }) => {
  const health = await request.get("/healthz");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok", database: "up" });
  const home = await request.get("/");
  const csp = home.headers()["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
  expect(csp).not.toContain("'unsafe-inline' 'nonce");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(home.headers()["x-content-type-options"]).toBe("nosniff");
  expect(home.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});
