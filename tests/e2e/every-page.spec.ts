import { expect, test, type Page } from "@playwright/test";
import { axeViolations, bakuDayFromNow, login, pageWidth, pressAddToCart, waitForHydration } from "./fixtures";

/**
 * Every page of every area, in all three languages, on a 360 px phone: no hydration error, no
 * console error, nothing wider than the screen, no heading level skipped; and once, in Azerbaijani,
 * no axe violation (the other specs axe-check only states these visits do not reach: a form's
 * errors, a notice after an action, the dark scheme). Pages with ids are found by following the
 * links the lists show, so the test follows the demo data rather than hard-coding it. One test per
 * area and language, so the two workers share the load.
 */
const LANGS = ["az", "en", "ru"] as const;
type Lang = (typeof LANGS)[number];
const PHONE = { width: 360, height: 780 };

test.use({ viewport: PHONE });

type Problem = string;

function withLang(path: string, lang: string) {
  const url = new URL(path, "http://x");
  url.searchParams.set("lang", lang);
  return `${url.pathname}${url.search}`;
}

/** Collects console errors and uncaught exceptions (React reports hydration mismatches there). */
function watch(page: Page) {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

async function checkPage(page: Page, errors: string[], path: string, lang: Lang, expectStatus = 200): Promise<Problem[]> {
  errors.length = 0;
  const response = await page.goto(withLang(path, lang));
  const problems: Problem[] = [];
  const where = `${lang} ${path}`;
  if (response?.status() !== expectStatus) problems.push(`${where}: HTTP ${response?.status()}`);
  // Set by the root layout's effect, which runs only after hydration has committed.
  await waitForHydration(page);
  const width = await pageWidth(page);
  if (width > PHONE.width) {
    // Name the innermost visible elements that stick out, to say what to fix.
    const culprits = await page.evaluate((max) => {
      const sticksOut = (el: Element) => el.getBoundingClientRect().right > max + 0.5;
      const wide = Array.from(document.querySelectorAll("body *")).filter((el) => sticksOut(el) && !Array.from(el.children).some(sticksOut));
      return wide.slice(0, 3).map((el) => {
        const name = `${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? `.${el.className.split(" ").join(".")}` : ""}`;
        return `${name} (${Math.round(el.getBoundingClientRect().right)}) "${(el.textContent ?? "").trim().slice(0, 40)}"`;
      });
    }, PHONE.width);
    problems.push(`${where}: ${width}px wide: ${culprits.join(", ")}`);
  }
  // Headings go down one level at a time (h1 → h2 → h3), as screen-reader users navigate by them.
  const skipped = await page.evaluate(() => {
    let previous = 0;
    const skips: string[] = [];
    for (const heading of Array.from(document.querySelectorAll("h1, h2, h3, h4, h5, h6"))) {
      const level = Number(heading.tagName[1]);
      if (previous > 0 && level > previous + 1) skips.push(`h${previous} → h${level} "${(heading.textContent ?? "").trim().slice(0, 40)}"`);
      previous = level;
    }
    return skips;
  });
  for (const skip of skipped) problems.push(`${where}: heading skipped: ${skip}`);
  // A page answered with an error status on purpose logs its own failed document request.
  const relevant = errors.filter((e) => !(expectStatus !== 200 && e.includes(`status of ${expectStatus}`)));
  for (const error of relevant) problems.push(`${where}: ${error.slice(0, 300)}`);
  // Words do not change what axe checks: one language is enough, and axe is the slow part.
  if (lang === "az") for (const violation of await axeViolations(page)) problems.push(`${where}: axe ${violation}`);
  return problems;
}

/**
 * The hrefs of links on a page that match a pattern, first few only. Read from the server's HTML
 * with the page's cookies (every link is in it, as pages work without JavaScript): a browser
 * visit per lookup, scripts and pictures and all, was a tenth of this spec's time.
 */
async function links(page: Page, path: string, pattern: RegExp, count = 1): Promise<string[]> {
  const response = await page.request.get(path);
  expect(response.status(), path).toBe(200);
  const hrefs = [...(await response.text()).matchAll(/<a\s[^>]*?href="([^"]*)"/g)].map((match) => match[1].replace(/&amp;/g, "&"));
  const found = [...new Set(hrefs.map((h) => new URL(h, "http://x").pathname).filter((p) => pattern.test(p)))];
  expect(found.length, `links matching ${pattern} on ${path}`).toBeGreaterThan(0);
  return found.slice(0, count);
}

async function checkAll(page: Page, lang: Lang, paths: string[], extra: Array<[string, number]> = []) {
  const errors = watch(page);
  const problems: Problem[] = [];
  for (const path of paths) problems.push(...(await checkPage(page, errors, path, lang)));
  for (const [path, status] of extra) problems.push(...(await checkPage(page, errors, path, lang, status)));
  expect(problems).toEqual([]);
}

for (const lang of LANGS) {
  test(`storefront: the catalogue, products and producers as a visitor (${lang})`, async ({ page }) => {
    // each page in Azerbaijani goes through axe too: minutes on a busy machine
    test.setTimeout(lang === "az" ? 360_000 : 180_000);
    const products = await links(page, "/products", /^\/products\/[^/]+$/);
    const experiences = await links(page, "/products?sector=tourism", /^\/products\/[^/]+$/);
    // a carpet: its page lists the product's facts
    const carpets = await links(page, "/products?category=carpets", /^\/products\/[^/]+$/, 1);
    const producers = await links(page, "/producers", /^\/producers\/[^/]+$/);
    const collections = await links(page, "/", /^\/collections\/[^/]+$/);
    await checkAll(page, lang, [
      "/",
      ...collections,
      "/products",
      "/products?sector=tourism&inSeason=1&sort=price-asc",
      "/products?region=daglig-sirvan",
      "/search?q=bal",
      ...products,
      ...carpets,
      ...experiences,
      "/producers",
      ...producers,
    ]);
  });

  test(`storefront: cart, checkout, account forms and information pages as a visitor (${lang})`, async ({ page }) => {
    test.setTimeout(lang === "az" ? 360_000 : 180_000);
    // A cart line makes the cart and checkout show their full forms.
    await page.goto((await links(page, "/products", /^\/products\/[^/]+$/))[0]);
    await pressAddToCart(page);
    await page.waitForLoadState("networkidle");
    await checkAll(
      page,
      lang,
      ["/cart", "/checkout", "/login", "/signup", "/forgot-password", "/sell", "/contact", "/delivery", "/returns", "/privacy", "/terms", "/verified"],
      [
        ["/no-such-page", 404],
        ["/reset-password?token=not-a-real-token", 400],
      ],
    );
  });

  test(`shopper account pages (${lang})`, async ({ page }) => {
    test.setTimeout(lang === "az" ? 360_000 : 180_000);
    await login(page, "shopper@example.az");
    const orders = await links(page, "/orders", /^\/orders\/[^/]+$/, 2);
    const threads = await links(page, "/messages", /^\/messages\/[^/]+$/, 1);
    const product = (await links(page, "/products", /^\/products\/[^/]+$/))[0].split("/").pop();
    await checkAll(page, lang, [
      "/",
      "/orders",
      ...orders,
      "/messages",
      ...threads,
      `/messages/new?product=${product}`,
      "/favorites",
      "/account/addresses",
      "/account/password",
      "/cart",
      "/sell",
    ]);
  });

  test(`producer dashboard: products and listing forms (${lang})`, async ({ page }) => {
    test.setTimeout(lang === "az" ? 360_000 : 180_000);
    await login(page, "producer@example.az");
    const listings = await links(page, "/dashboard/products", /^\/dashboard\/products\/(?!new$|import$)[^/.]+$/, 1);
    const consignments = await links(page, "/dashboard/consignments", /^\/dashboard\/consignments\/(?!new$)[^/]+$/, 1);
    await checkAll(page, lang, [
      "/dashboard",
      "/dashboard/products",
      "/dashboard/products/new",
      "/dashboard/products/new?kind=EXPERIENCE",
      "/dashboard/products/new?kind=STAY",
      ...listings,
      `${listings[0]}/photos`,
      "/dashboard/products/import",
      "/dashboard/profile",
      "/dashboard/delivery",
      "/dashboard/centres",
      "/dashboard/consignments",
      "/dashboard/consignments/new",
      ...consignments,
      "/sell",
    ]);
  });

  test(`producer dashboard: orders, messages, reviews, insights, payouts and team (${lang})`, async ({ page }) => {
    test.setTimeout(lang === "az" ? 360_000 : 180_000);
    await login(page, "producer@example.az");
    const orders = await links(page, "/dashboard/orders", /^\/dashboard\/orders\/[^/]+$/, 2);
    const threads = await links(page, "/dashboard/messages", /^\/dashboard\/messages\/[^/]+$/, 2);
    await checkAll(page, lang, [
      "/dashboard/orders",
      ...orders,
      "/dashboard/messages",
      ...threads,
      "/dashboard/reviews",
      "/dashboard/insights",
      "/dashboard/insights?days=90",
      "/dashboard/insights/planning",
      "/dashboard/payouts",
      "/dashboard/team",
    ]);
  });

  test(`tourism: a stay with dates, an experience, and the hosts' bookings pages (${lang})`, async ({ page }) => {
    test.setTimeout(lang === "az" ? 360_000 : 180_000);
    const stay = "/products/double-room-in-a-lahij-stone-house";
    await checkAll(page, lang, [
      stay,
      `${stay}?checkIn=${bakuDayFromNow(30)}&checkOut=${bakuDayFromNow(32)}&guests=2`,
      `${stay}?checkIn=${bakuDayFromNow(5)}&checkOut=${bakuDayFromNow(7)}&guests=9`,
      "/products/shaki-piti-cooking-class",
    ]);
    await login(page, "nabiyevlar-piti-evi@example.az");
    const sessions = await links(page, "/dashboard/bookings", /^\/dashboard\/bookings$/, 1);
    await page.goto("/dashboard/bookings");
    const guestList = await page.locator("a.booking-calendar__session").first().getAttribute("href");
    // the cooking class's dates, and its own edit form
    const slots = await links(page, "/dashboard/products", /^\/dashboard\/products\/[^/]+\/slots$/, 1);
    await checkAll(page, lang, [...sessions, ...(guestList ? [guestList] : []), slots[0].replace(/\/slots$/, ""), ...slots]);
    await page.context().clearCookies();
    await login(page, "malikovlar-lahij-qonaq-evi@example.az");
    await checkAll(page, lang, ["/dashboard/bookings", `/dashboard/bookings?day=${bakuDayFromNow(5)}`]);
  });

  test(`programme area: queues, producers, tasks, collections and reports as the admin (${lang})`, async ({ page }) => {
    test.setTimeout(lang === "az" ? 360_000 : 180_000);
    await login(page, "admin@example.az");
    const producers = await links(page, "/admin/producers", /^\/admin\/producers\/[^/]+$/, 1);
    const collections = await links(page, "/admin/collections", /^\/admin\/collections\/[^/]+$/, 1);
    await checkAll(page, lang, [
      "/admin",
      "/admin/producers",
      ...producers,
      "/admin/tasks",
      "/admin/collections",
      ...collections,
      "/admin/reports",
      "/admin/planning",
    ]);
  });

  test(`ABAD centres: the admin's centre pages and the centre staff's own (${lang})`, async ({ page }) => {
    test.setTimeout(lang === "az" ? 300_000 : 150_000);
    await login(page, "admin@example.az");
    const centres = await links(page, "/admin/centres", /^\/admin\/centres\/[^/]+$/, 1);
    await checkAll(page, lang, ["/admin/centres", ...centres]);
    await page.context().clearCookies();
    await login(page, "centre@example.az");
    const notes = await links(page, "/centre/consignments", /^\/centre\/consignments\/[^/]+$/, 2);
    await checkAll(page, lang, [
      "/centre",
      "/centre/parcels",
      "/centre/counter",
      "/centre/counter?q=halva",
      "/centre/counter/seed-counter-sale-0001",
      "/centre/consignments",
      ...notes,
    ]);
  });

  test(`programme area: reviews, messages, money, audit and staff as the admin (${lang})`, async ({ page }) => {
    test.setTimeout(lang === "az" ? 360_000 : 180_000);
    await login(page, "admin@example.az");
    const threads = await links(page, "/admin/messages", /^\/admin\/messages\/[^/]+$/, 1);
    await checkAll(page, lang, [
      "/admin/reviews",
      "/admin/reviews?hidden=1",
      "/admin/returns",
      "/admin/messages",
      ...threads,
      "/admin/payouts",
      "/admin/money",
      "/admin/audit",
      "/admin/staff",
    ]);
  });
}
