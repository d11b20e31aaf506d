/**
 * Lighthouse mobile performance on the pages a shopper, a producer and a mentor open first, each
 * signed in as the demo account that sees it, in Azerbaijani (the storefront's first pages in
 * English and Russian too), against a running demo server (`npm start`):
 *   npm run bench -- --lighthouse-pages [http://localhost:3000]
 * Measure on an idle machine: Lighthouse slows the CPU four times on top of whatever else runs.
 * The main-thread CPU figures beside it hold up under load (see main-thread.ts).
 */
import { chromium, type Page } from "@playwright/test";
import { describeLighthouse, lighthouseScore } from "./lighthouse";
import { mainThreadCpu } from "./main-thread";

const DEMO_PASSWORD = "abad-demo-2026";

async function signIn(page: Page, base: string, email: string) {
  await page.goto(`${base}/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('form:has(input[name="password"]) button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  const cookies = await page.context().cookies();
  return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

async function firstLink(page: Page, url: string, prefix: string) {
  await page.goto(url);
  const href = await page.locator(`main a[href^="${prefix}"]`).first().getAttribute("href");
  if (!href) throw new Error(`no link starting with ${prefix} on ${url}`);
  return href;
}

export async function lighthousePages(base: string) {
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  try {
    // Without JavaScript the forms post and redirect as plain HTML, which is simplest to wait for.
    const newPage = async () => (await browser.newContext({ javaScriptEnabled: false })).newPage();
    const shopperPage = await newPage();
    const productPath = await firstLink(shopperPage, `${base}/products`, "/products/");
    const experiencePath = await firstLink(shopperPage, `${base}/products?sector=tourism`, "/products/");
    const producerPath = await firstLink(shopperPage, `${base}/producers`, "/producers/");
    const shopper = await signIn(shopperPage, base, "shopper@example.az");
    const orderPath = await firstLink(shopperPage, `${base}/orders`, "/orders/");
    await shopperPage.goto(`${base}${productPath}`);
    await shopperPage.locator('main form[action="/cart"] button[type="submit"]').first().click();
    await shopperPage.waitForURL((url) => url.pathname === "/cart");
    const producer = await signIn(await newPage(), base, "producer@example.az");
    const mentor = await signIn(await newPage(), base, "mentor@example.az");

    const pages: [string, string, string | null, string?][] = [
      ["home", "/", null],
      ["home, English", "/", null, "en"],
      ["home, Russian", "/", null, "ru"],
      ["catalogue", "/products", null],
      ["product", productPath, null],
      ["product, English", productPath, null, "en"],
      ["product, Russian", productPath, null, "ru"],
      ["producer", producerPath, null],
      ["experience", experiencePath, null],
      ["cart (shopper)", "/cart", shopper],
      ["checkout (shopper)", "/checkout", shopper],
      ["order (shopper)", orderPath, shopper],
      ["dashboard orders (producer)", "/dashboard/orders", producer],
      ["admin queues (mentor)", "/admin", mentor],
    ];
    const rows: [string, string][] = [];
    for (const [name, path, cookie, language] of pages) {
      const result = lighthouseScore(`${base}${path}`, { language, cookie: cookie ?? undefined });
      const cpu = await mainThreadCpu(browser, `${base}${path}`, { language, cookie: cookie ?? undefined });
      rows.push([
        `${name} ${path}`,
        `${describeLighthouse(result)} · main-thread CPU ${cpu.total} ms (style and layout ${cpu.styleLayout} ms, blocking after first paint at 4× ${cpu.blocking} ms)`,
      ]);
    }
    return rows;
  } finally {
    await browser.close();
  }
}
