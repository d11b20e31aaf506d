import { expect, type Cookie, type Page } from "@playwright/test";
import axe from "axe-core";
import { bakuDay } from "~/utils/baku-time";

export const DEMO_PASSWORD = "abad-demo-2026";

/** Logs in through the login form, as a person does. */
export async function loginThroughForm(page: Page, email: string, redirectTo?: string) {
  await page.goto(`/login${redirectTo ? `?redirectTo=${encodeURIComponent(redirectTo)}` : ""}`);
  await page.getByLabel(/E-poçt|Email|E-mail/).fill(email);
  await page.getByLabel(/Şifrə|Password|Пароль/).fill(DEMO_PASSWORD);
  await page
    .locator("form")
    .getByRole("button", { name: /Daxil ol|Log in|Войти/ })
    .click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/** This worker's signed-in sessions, by email: one form login per account and worker. */
const sessions = new Map<string, Cookie[]>();
const SESSION_COOKIES = ["__session", "login_device"];

/**
 * Signed in as `email`, on `redirectTo` or the account's home. The first time in a worker this goes
 * through the form (see loginThroughForm); later calls reuse that session's cookies. A guest cart is
 * merged into the account only by the form, so a browser holding one always takes the form.
 */
export async function login(page: Page, email: string, redirectTo?: string) {
  const context = page.context();
  const saved = sessions.get(email);
  const guestCart = (await context.cookies()).some((cookie) => cookie.name === "cart");
  if (saved && !guestCart) {
    await context.addCookies(saved);
    // a signed-in visitor to /login is sent to their home
    await page.goto(redirectTo ?? "/login");
    if (!new URL(page.url()).pathname.startsWith("/login")) return;
  }
  await loginThroughForm(page, email, redirectTo);
  sessions.set(
    email,
    (await context.cookies()).filter((cookie) => SESSION_COOKIES.includes(cookie.name)),
  );
}

/**
 * Until React has hydrated (the root layout then marks <html>), a click is a plain link or form
 * post: the scripts start on the visitor's first interaction (app/utils/scripts-on-interaction.server.ts).
 * Tests of what JavaScript does on a page interact (a scroll event, which changes nothing) and wait.
 */
export async function waitForHydration(page: Page) {
  await page.waitForFunction(() => {
    dispatchEvent(new Event("scroll"));
    return document.documentElement.dataset.hydrated === "true";
  });
}

/**
 * How wide the page is, everything drawn: parts a phone has not scrolled near yet are skipped by
 * `content-visibility: auto`, which clips what they would overflow, so they are drawn first.
 */
export async function pageWidth(page: Page): Promise<number> {
  // Not page.addStyleTag: it waits for the style's load event, which never fires with JavaScript off.
  return page.evaluate(() => {
    const drawAll = document.createElement("style");
    drawAll.textContent = "* { content-visibility: visible !important; }";
    document.head.append(drawAll);
    return document.documentElement.scrollWidth;
  });
}

/**
 * Every axe violation on the current page, of any impact, as "rule (impact): where". axe-core is
 * put into the page once and runs there: @axe-core/playwright put it in twice and finished every
 * run in a new blank page, three times as long (most of every-page.spec's Azerbaijani pass). What
 * that buys is looking into cross-origin frames; no page here has a frame, and one that does fails
 * here instead of going unchecked.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  expect(page.frames(), `${page.url()}: a frame, which axe here does not look into`).toHaveLength(1);
  await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const { violations } = await (window as unknown as { axe: typeof axe }).axe.run(document);
    return violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
  });
}

/** Zero axe violations, of any impact, on the current page. */
export async function expectAccessible(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

/** A Baku calendar day some days from now, as a date input takes it. */
export function bakuDayFromNow(days: number): string {
  return bakuDay(new Date(Date.now() + days * 86_400_000));
}

/** Presses the first add-to-cart button on the page (a product page's). */
export async function pressAddToCart(page: Page) {
  await page
    .locator("form")
    .filter({ has: page.locator('input[name="intent"][value="add"]') })
    .first()
    .locator('button[type="submit"]')
    .click();
}
