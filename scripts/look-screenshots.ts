/**
 * Before/after pictures for the README's "Look" section: home, catalogue, a product, a producer
 * and an experience, in Azerbaijani, on a 360 px phone and a 1280 px laptop.
 *   tsx scripts/look-screenshots.ts --base http://localhost:3000 --name after
 * Writes docs/look/<page>-<device>-<name>.png (and, for "after", the catalogue narrowed to a
 * region), as 256-colour PNGs. Needs a running server with the demo data.
 */
import { chromium } from "@playwright/test";
import sharp from "sharp";

const arg = (flag: string, fallback: string) => {
  const i = process.argv.indexOf(flag);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const base = arg("--base", "http://localhost:3000");
const name = arg("--name", "after");

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
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
  // the family whose page has both goods and the experiences they host
  const producer = "/producers/karimovlar-misgar-evi";
  const pages = [
    ["home", "/"],
    ["catalogue", "/products"],
    ["product", firstProduct!],
    ["producer", producer],
    ["experience", experience!],
    ...(name === "after" ? [["region", "/products?region=daglig-sirvan"] as const] : []),
  ] as const;
  for (const [label, path] of pages) {
    await page.goto(`${base}${path}${path.includes("?") ? "&" : "?"}lang=az`, { waitUntil: "networkidle" });
    // a 256-colour palette keeps each picture a fraction of a full-colour PNG
    await sharp(await page.screenshot())
      .png({ palette: true, quality: 80, compressionLevel: 9, effort: 10 })
      .toFile(`docs/look/${label}-${device}-${name}.png`);
  }
  await context.close();
}
await browser.close();
