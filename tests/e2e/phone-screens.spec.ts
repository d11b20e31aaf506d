import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { login, pressAddToCart, waitForHydration } from "./fixtures";

/**
 * The main journey on a 360 px phone in Azerbaijani. With SCREENSHOTS=1 it also writes the
 * pictures the README shows into docs/screenshots/. (Each of these pages is axe-checked at 360 px in
 * every-page.spec.ts, the signed-in checkout in checkout.spec.ts.)
 */
test.use({ viewport: { width: 360, height: 780 }, deviceScaleFactor: 2 });

const SAVE = process.env.SCREENSHOTS === "1";

async function show(page: Page, path: string, name: string) {
  await page.goto(path);
  await waitForHydration(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "az");
  // A 256-colour palette keeps each picture in the repository small (a fraction of a full-colour PNG).
  if (SAVE)
    await sharp(await page.screenshot())
      .png({ palette: true, quality: 80, compressionLevel: 9, effort: 10 })
      .toFile(`docs/screenshots/${name}.png`);
}

test("a shopper's journey", async ({ page }) => {
  await page.goto("/?lang=az");
  await login(page, "shopper@example.az");
  await show(page, "/", "home");
  await show(page, "/products", "catalogue");
  // The filters wait behind one button, so the first products are on the first screen.
  await expect(page.locator(".product-grid li").first()).toBeInViewport();
  const productHref = await page.locator(".product-grid a").first().getAttribute("href");
  await show(page, productHref!, "product");
  await pressAddToCart(page);
  await expect(page.locator(".cart-link__count")).not.toHaveText("0");
  await show(page, "/cart", "cart");
  await show(page, "/checkout", "checkout");
  await show(page, "/account/addresses", "account-addresses");
  await page.goto("/orders");
  const orderHref = await page.locator('a[href^="/orders/"]').first().getAttribute("href");
  await show(page, orderHref!, "order");
});

test("a producer's orders and the programme's queues", async ({ browser }) => {
  for (const [email, path, name] of [
    ["producer@example.az", "/dashboard/orders", "dashboard-orders"],
    ["admin@example.az", "/admin", "admin-queues"],
  ] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto("/?lang=az");
    await login(page, email);
    await show(page, path, name);
    await context.close();
  }
});

test("the phone menu opens without JavaScript and holds the account and language", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/?lang=az");
  const menu = page.locator(".phone-menu");
  await expect(menu.getByRole("link", { name: "Kataloq" })).toBeHidden();
  await menu.locator("summary").click();
  await expect(menu.getByRole("link", { name: "Kataloq" })).toBeVisible();
  await expect(menu.getByRole("link", { name: "Daxil ol" })).toBeVisible();
  await menu.getByRole("link", { name: "RU" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await context.close();
});
