/**
 * Before/after pictures for the README's "Look" section: home, catalogue, a product, a producer
 * and an experience, in Azerbaijani, on a 360 px phone and a 1280 px laptop.
 *   tsx scripts/look-screenshots.ts --base http://localhost:3000 --name after
 * Writes docs/look/<page>-<device>-<name>.png. Needs a running server with the demo data.
 */
import { chromium } from "@playwright/test";

const arg = (flag: string, fallback: string) => {
  const i = process.argv.indexOf(flag);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const base = arg("--base", "http://localhost:3000");
const name = arg("--name", "after");

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const devices = [
  { device: "phone", viewport: { width: 360, height: 780 }, deviceScaleFactor: 2 },
  { device: "laptop", viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
] as const;
for (const { device, viewport, deviceScaleFactor } of devices) {
  const context = await browser.newContext({ viewport, deviceScaleFactor, locale: "az" });
  const page = await context.newPage();
  await page.goto(`${base}/?lang=az`);
  const firstProduct = await page.locator('a[href^="/products/"]').first().getAttribute("href");
  await page.goto(`${base}/products?sector=tourism`);
  const experience = await page.locator('.product-grid a[href^="/products/"]').first().getAttribute("href");
  await page.goto(`${base}/producers`);
  const producer = await page.locator('main a[href^="/producers/"]').first().getAttribute("href");
  const pages = [
    ["home", "/"],
    ["catalogue", "/products"],
    ["product", firstProduct!],
    ["producer", producer!],
    ["experience", experience!],
  ] as const;
  for (const [label, path] of pages) {
    await page.goto(base + path, { waitUntil: "networkidle" });
    await page.screenshot({ path: `docs/look/${label}-${device}-${name}.png` });
  }
  await context.close();
}
await browser.close();
