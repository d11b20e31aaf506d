import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

/**
 * Issue #20's look, checked in a real browser: the storefront pages are axe-clean in the light
 * and the dark scheme, draw their headings in the self-hosted Geologica (whose files hold every
 * Azerbaijani letter and the manat sign), and do not move once drawn (layout shift 0).
 */
test.use({ viewport: { width: 360, height: 780 } });

async function storefrontPaths(page: Page) {
  await page.goto("/products?sector=handicraft&lang=az");
  const product = await page.locator(".product-grid a[href^='/products/']").first().getAttribute("href");
  await page.goto("/products?sector=tourism&lang=az");
  const experience = await page.locator(".product-grid a[href^='/products/']").first().getAttribute("href");
  await page.goto("/producers?lang=az");
  const producer = await page.locator("main a[href^='/producers/']").first().getAttribute("href");
  return ["/", "/products", product!, producer!, experience!];
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`the storefront is axe-clean in the ${colorScheme} scheme`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme, viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of await storefrontPaths(page)) {
      await page.goto(`${path}${path.includes("?") ? "&" : "?"}lang=az`);
      await page.waitForFunction(() => document.documentElement.dataset.hydrated === "true");
      problems.push(...(await seriousViolations(page)).map((v) => `${path}: ${v}`));
    }
    expect(problems).toEqual([]);
    await context.close();
  });
}

test("the dark scheme really is dark", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto("/?lang=az");
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r, g, b] = background.match(/\d+/g)!.map(Number);
  expect(r + g + b).toBeLessThan(150);
  await context.close();
});

for (const lang of ["az", "ru"] as const) {
  test(`headings are drawn in Geologica and the manat sign has a glyph (${lang})`, async ({ page }) => {
    await page.goto(`/products?lang=${lang}`);
    await page.evaluate(() => document.fonts.ready);
    const text = "Azərbaycan İsmayıllı Şəki ğ ç ö ü Ъ ж ₼";
    const fonts = await page.evaluate(async (text) => ({
      // load() fetches the faces this text needs; check() is then true only if they all arrived
      loaded: (await document.fonts.load('600 16px "Geologica"', text)).length,
      heading: getComputedStyle(document.querySelector("h1")!).fontFamily,
      // check() is true only when every face the text needs is loaded
      letters: document.fonts.check('600 16px "Geologica"', text),
      manat: document.fonts.check('400 16px "ABAD Manat"', "₼"),
      preloaded: [...document.querySelectorAll('link[rel="preload"][as="font"]')].map((l) => l.getAttribute("href")),
    }), text);
    expect(fonts.loaded).toBe(3);
    expect(fonts.heading).toContain("Geologica");
    expect(fonts.letters).toBe(true);
    expect(fonts.manat).toBe(true);
    expect(fonts.preloaded.some((href) => href?.includes(lang === "az" ? "latin-ext" : "cyrillic"))).toBe(true);
  });
}

test("nothing moves after it is drawn (cumulative layout shift 0) on the home and product pages", async ({ page }) => {
  const paths = await storefrontPaths(page);
  for (const path of [paths[0], paths[2]]) {
    await page.goto(`${path}?lang=az`);
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === "true");
    await page.evaluate(() => document.fonts.ready);
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
              if (!entry.hadRecentInput) total += entry.value;
            }
          }).observe({ type: "layout-shift", buffered: true });
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
        }),
    );
    expect(shift, path).toBe(0);
  }
});
