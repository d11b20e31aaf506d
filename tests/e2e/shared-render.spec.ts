import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { ServerProcess } from "../../scripts/server-process";
import { E2E_PORT } from "../../playwright.config";
import { waitForHydration } from "./fixtures";

/**
 * Issue #18: the page cache renders a storefront page once for everyone who shares a look
 * (language, role, cart count, their marks on a product) and fills each person's name in. What a
 * signed-in shopper gets from it must be, byte for byte, the page rendered for them alone. Two
 * servers of their own: one with the page cache, and one without it on a copy of the same
 * database (the same sessions, carts and favourites).
 */
const CACHED_PORT = E2E_PORT + 6;
const UNCACHED_PORT = E2E_PORT + 7;
const cached = `http://localhost:${CACHED_PORT}`;
const uncached = `http://localhost:${UNCACHED_PORT}`;
const PRODUCT = "/products/shaki-halva-traditional";
// Everything React and Remix escape, a character outside the BMP, and Azerbaijani letters.
const HOSTILE_NAME = `Ə'"<b>&amp; 😀 «Şəki» </script>`;
const AYSEL = "Aysel Sharedrender";

let dataDir = "";
const servers: ServerProcess[] = [];
const cookies = { aysel: "", hostile: "" };

test.describe.configure({ mode: "serial" });

function startServer(name: string, port: number, database: string, pageCacheSeconds: number) {
  const server = new ServerProcess(
    name,
    port,
    {
      ...process.env,
      PORT: String(port),
      APP_URL: cached,
      DATABASE_URL: `file:${database}`,
      DATA_DIR: dataDir,
      UPLOADS_DIR: `${dataDir}/uploads`,
      PAGE_CACHE_SECONDS: String(pageCacheSeconds),
      OUTBOX_WORKER: "off",
    },
    path.join(dataDir, `${port}.log`),
  );
  servers.push(server);
  return server.start(240_000);
}

async function post(pathname: string, form: Record<string, string>, cookie = "") {
  return fetch(`${cached}${pathname}`, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: cached, "Content-Type": "application/x-www-form-urlencoded", ...(cookie ? { Cookie: cookie } : {}) },
    body: new URLSearchParams(form),
  });
}

/** Signs a shopper up on the cached server and puts the product in their cart; returns their cookie. */
async function shopperWithCart(name: string) {
  const email = `${name.length}-${Date.now()}-${Math.random().toString(36).slice(2)}@example.az`;
  const signup = await post("/signup", { name, email, password: "shared-render-2026" });
  expect(signup.status).toBe(302);
  const cookie = (signup.headers.get("set-cookie") ?? "").split(";")[0];
  const page = await (await fetch(`${cached}${PRODUCT}`, { headers: { Cookie: cookie } })).text();
  const productId = /name="productId" value="([^"]+)"/.exec(page)![1];
  const variantId = /<select[^>]*name="variantId"[^>]*><option value="([^"]+)"/.exec(page)?.[1];
  expect((await post("/cart", { intent: "add", productId, quantity: "1", ...(variantId ? { variantId } : {}) }, cookie)).status).toBeLessThan(400);
  return { cookie, productId };
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "abad-shared-render-"));
  await startServer("the server with the page cache", CACHED_PORT, `${dataDir}/abad.db`, 300);
  const aysel = await shopperWithCart(AYSEL);
  const hostile = await shopperWithCart(HOSTILE_NAME);
  Object.assign(cookies, { aysel: aysel.cookie, hostile: hostile.cookie });
  // Aysel's favourite: a product page looks different to her, and must to no one else.
  expect((await post("/favorites", { intent: "favorite", productId: aysel.productId, redirectTo: PRODUCT }, aysel.cookie)).status).toBe(302);
  const database = new Database(`${dataDir}/abad.db`);
  database.exec(`VACUUM INTO '${dataDir}/copy.db'`);
  database.close();
  await startServer("the server without it", UNCACHED_PORT, `${dataDir}/copy.db`, 0);
});

test.afterAll(async () => {
  await Promise.all(servers.map((server) => server.kill()));
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const withoutNonces = (html: string) => html.replace(/nonce="[^"]*"/g, 'nonce=""');

async function get(base: string, pathname: string, cookie: string) {
  const response = await fetch(`${base}${pathname}`, { headers: { Cookie: cookie } });
  expect(response.status, `${base}${pathname}`).toBe(200);
  return { state: response.headers.get("x-page-cache"), html: await response.text() };
}

test("a page rendered once for a look is, with the name filled in, the page rendered for that shopper alone", async () => {
  const pages = ["/", "/products", "/products?sector=tourism", "/search?q=halva", PRODUCT, "/producers", "/producers/mammadovlar-shirniyyat-evi"];
  for (const pathname of pages) {
    const first = await get(cached, pathname, cookies.aysel);
    expect(withoutNonces(first.html), `Aysel, ${pathname}`).toBe(withoutNonces((await get(uncached, pathname, cookies.aysel)).html));
    const second = await get(cached, pathname, cookies.hostile);
    // the same look (a shopper with one item in the cart) but on the product Aysel favourited
    expect(second.state, pathname).toBe(pathname === PRODUCT ? "miss" : "hit");
    expect(second.html, pathname).not.toContain(AYSEL);
    expect(withoutNonces(second.html), `the other shopper, ${pathname}`).toBe(withoutNonces((await get(uncached, pathname, cookies.hostile)).html));
  }
});

test("a shopper's page from the cache hydrates without a mismatch and shows their own name and marks", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: cached });
  const [name, value] = cookies.hostile.split(/=(.*)/s);
  await context.addCookies([{ name, value, url: cached }]);
  const page: Page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  for (const pathname of ["/", PRODUCT]) {
    // the browser's own language (its Accept-Language) is a look of its own: the second visit is from memory
    await page.goto(pathname);
    const response = await page.goto(pathname);
    expect(response?.headers()["x-page-cache"]).toBe("hit");
    await waitForHydration(page);
    await expect(page.locator(".account-menu__name")).toHaveText(HOSTILE_NAME);
  }
  await expect(page.locator("button[aria-pressed]")).toHaveAttribute("aria-pressed", "false");
  expect(errors).toEqual([]);
  await context.close();
});
