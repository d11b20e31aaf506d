import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible, login } from "./fixtures";
import { E2E_DATA_DIR } from "../../playwright.config";

const E2E_DB = path.resolve(E2E_DATA_DIR, "abad.db");

function query<T>(sql: string, ...params: unknown[]): T {
  const db = new Database(E2E_DB, { readonly: true, timeout: 10_000 });
  try {
    return db.prepare(sql).get(...params) as T;
  } finally {
    db.close();
  }
}

/** Console errors and uncaught exceptions (React reports hydration mismatches there). */
function collectErrors(page: Page) {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/**
 * Nothing in the page's own content or the footer reaches past the screen's right edge. (The
 * header is measured by the site-wide 360 px test; this one is about the pages added here.)
 */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => {
    const right = Math.max(...[...document.querySelectorAll("main *, footer *")].map((el) => el.getBoundingClientRect().right));
    return Math.ceil(right - document.documentElement.clientWidth);
  });
  expect(overflow, page.url()).toBeLessThanOrEqual(0);
}

const PHONE = { width: 360, height: 740 };

/** A page of its own context (axe needs one), phone-sized. */
async function phonePage(browser: Browser, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext({ viewport: PHONE, ...options });
  return context.newPage();
}
const TRUST = ["contact", "delivery", "returns", "privacy", "terms", "verified"];

test.describe("trust pages on a phone", () => {
  test.use({ viewport: PHONE });

  // axe-checked, like every page, in every-page.spec.ts
  test("the footer leads to every page; all three languages fit 360 px and hydrate cleanly", async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto("/?lang=az");
    await page.locator("footer").getByRole("link", { name: "Əlaqə" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Əlaqə" })).toBeVisible();
    await expect(page.locator("address")).toContainText("ABAD");
    await page.locator("footer").getByRole("link", { name: "“ABAD təsdiqli” nə deməkdir" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "“ABAD təsdiqli” nə deməkdir" })).toBeVisible();
    for (const slug of TRUST) {
      for (const lang of ["az", "en", "ru"]) {
        await page.goto(`/${slug}?lang=${lang}`);
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expectNoSidewaysScroll(page);
      }
    }
    await page.waitForLoadState("networkidle");
    expect(errors).toEqual([]);
  });

  test("a real favicon is served at /favicon.ico and linked from every page", async ({ page, request }) => {
    const icon = await request.get("/favicon.ico");
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
    expect((await icon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
    await page.goto("/contact");
    await expect(page.locator('link[rel="icon"][href="/favicon.ico"]')).toHaveCount(1);
  });
});

test("a shopper must choose stars: an untouched review is an error (with and without JavaScript), then the review shows", async ({ browser }) => {
  const order = query<{ id: string }>(
    `SELECT o.id FROM "Order" o JOIN User u ON u.id = o.userId WHERE u.email = 'shopper@example.az' AND o.status = 'COMPLETED' ORDER BY o.number LIMIT 1`,
  );
  const untouched = async (page: Page) => {
    await login(page, "shopper@example.az", `/orders/${order.id}?lang=en`);
    const rating = page.getByRole("group", { name: "Your rating" });
    await expect(rating.getByRole("radio")).toHaveCount(5);
    for (const radio of await rating.getByRole("radio").all()) await expect(radio).not.toBeChecked();
    await page.getByRole("button", { name: "Publish review" }).click();
    await expect(page.getByText("Choose a rating from 1 to 5.")).toBeVisible();
    await expectNoSidewaysScroll(page);
  };
  const withScript = await phonePage(browser);
  await untouched(withScript);
  await expectAccessible(withScript);
  await withScript.context().close();

  const page = await phonePage(browser, { javaScriptEnabled: false });
  await untouched(page);
  // The star a shopper sees is the radio's label.
  await page.getByRole("group", { name: "Your rating" }).locator("label").nth(3).click();
  await expect(page.getByRole("radio", { name: "4 stars" })).toBeChecked();
  await page.getByLabel("What did you think? (optional)").fill("Ətirli və təzə idi.");
  await page.getByRole("button", { name: "Publish review" }).click();
  await expect(page.getByText("Thank you: your review is on the product page.")).toBeVisible();
  await page.context().close();
});

test("a producer answers a review in public and a mentor hides an abusive one", async ({ browser }) => {
  const producer = await phonePage(browser);
  await login(producer, "producer@example.az", "/dashboard/reviews?lang=en");
  await expect(producer.getByRole("heading", { level: 1, name: "Shoppers' reviews" })).toBeVisible();
  await expectNoSidewaysScroll(producer);
  const first = producer
    .getByRole("listitem")
    .filter({ has: producer.getByRole("button", { name: "Publish reply" }) })
    .first();
  const productLink = await first.getByRole("heading").getByRole("link").getAttribute("href");
  await first.getByLabel("Your reply").fill("Təşəkkür edirik! Yenə gözləyirik.");
  await first.getByRole("button", { name: "Publish reply" }).click();
  await expect(producer.getByText("Reply saved.")).toBeVisible();
  await producer.goto(`${productLink}?lang=en`);
  await expect(producer.getByText("Təşəkkür edirik! Yenə gözləyirik.")).toBeVisible();
  await producer.context().close();

  const mentor = await phonePage(browser);
  await login(mentor, "mentor@example.az", "/admin/reviews?lang=en");
  await expectNoSidewaysScroll(mentor);
  // Nigar's reviews are of other producers' products than the one whose reply the producer writes.
  const item = mentor
    .getByRole("listitem")
    .filter({ hasText: "Nigar" })
    .filter({ has: mentor.getByRole("button", { name: /Hide review/ }) })
    .last();
  const reason = item.getByLabel("Reason for hiding");
  const reasonId = await reason.getAttribute("id");
  await item.getByRole("button", { name: /Hide review/ }).click();
  const same = mentor.locator(`li:has(#${reasonId})`);
  await expect(same.getByText("Write the reason, so the producer knows what to change.")).toBeVisible();
  await same.getByLabel("Reason for hiding").fill("Şəxsi telefon nömrəsi yazılıb");
  await same.getByRole("button", { name: /Hide review/ }).click();
  await expect(mentor.getByText("The review is hidden and no longer counts in the average.")).toBeVisible();
  await mentor.goto("/admin/reviews?hidden=1&lang=en");
  await expect(mentor.getByText("Hidden: Şəxsi telefon nömrəsi yazılıb")).toBeVisible();
  await mentor.context().close();
});

test("a change to a live listing keeps it on sale until a mentor approves it", async ({ browser }) => {
  const listing = query<{ id: string; slug: string; titleAz: string }>(
    `SELECT p.id, p.slug, p.titleAz FROM Product p JOIN ProducerMember m ON m.producerId = p.producerId JOIN User u ON u.id = m.userId
     WHERE u.email = 'producer@example.az' AND p.status = 'PUBLISHED' AND p.kind = 'GOOD' ORDER BY p.slug DESC LIMIT 1`,
  );
  const producer = await phonePage(browser);
  await login(producer, "producer@example.az", `/dashboard/products/${listing.id}?lang=en`);
  await producer.getByLabel("Name").first().fill(`${listing.titleAz} (yeni qablaşdırma)`);
  await producer.getByRole("button", { name: "Save changes" }).click();
  await expect(producer.getByText(/the current version stays on sale/)).toBeVisible();
  await expectAccessible(producer);
  const live = await producer.goto(`/products/${listing.slug}?lang=az`);
  expect(live?.status()).toBe(200);
  await expect(producer.getByRole("heading", { level: 1, name: listing.titleAz, exact: true })).toBeVisible();
  await producer.context().close();

  const mentor = await phonePage(browser);
  await login(mentor, "mentor@example.az", "/admin?lang=en");
  const change = mentor.getByRole("listitem").filter({ hasText: `${listing.titleAz} (yeni qablaşdırma)` });
  await expect(change.getByText("Title (AZ)")).toBeVisible();
  await expectAccessible(mentor);
  await change.getByRole("button", { name: /Approve changes/ }).click();
  await expect(mentor.getByText("The changes are live.")).toBeVisible();
  await mentor.goto(`/products/${listing.slug}?lang=az`);
  await expect(mentor.getByRole("heading", { level: 1, name: `${listing.titleAz} (yeni qablaşdırma)` })).toBeVisible();
  await mentor.context().close();
});
