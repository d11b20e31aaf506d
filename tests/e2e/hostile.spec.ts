/**
 * Hostile input against the real production server: script payloads in every free-text field
 * rendered as text, path traversal in upload and asset URLs, oversized bodies, cross-site form
 * posts, tampered cookies and order links, and the security headers on every kind of response.
 * Records are made with unique names (directly in the e2e database, as factories would) so the
 * spec can run beside the others.
 */
import crypto from "node:crypto";
import http from "node:http";
import path from "node:path";
import Database from "better-sqlite3";
import { hash } from "@node-rs/argon2";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, login } from "./fixtures";
import { E2E_DATA_DIR } from "../../playwright.config";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const E2E_DB = path.resolve(E2E_DATA_DIR, "abad.db");
const DEMO_PRODUCER = "mammadovlar-shirniyyat-evi";

const XSS = {
  script: "<script>alert(1)</script>",
  img: '"><img src=x onerror=alert(1)>',
  js: "javascript:alert(1)",
  closeScript: "</script><script>alert(1)</script>",
};

const tag = crypto.randomBytes(4).toString("hex");
const prismaNow = () => new Date().toISOString().replace("Z", "+00:00");

function withDb<T>(run: (db: Database.Database) => T): T {
  const db = new Database(E2E_DB, { timeout: 10_000 });
  try {
    return run(db);
  } finally {
    db.close();
  }
}

type Fixture = { productSlug: string; productTitle: string; producerSlug: string; producerId: string; word: string; memberEmail: string };
let fixture: Fixture;

/**
 * A producer of our own (with a member account, so the demo producer's pages stay as other specs
 * expect them) whose name, story, product and mentor note carry the payloads.
 */
async function createHostileRecords(): Promise<Fixture> {
  const passwordHash = await hash(DEMO_PASSWORD);
  return withDb((db) => {
    const demo = db.prepare(`SELECT id, regionId FROM Producer WHERE slug = ?`).get(DEMO_PRODUCER) as { id: string; regionId: number };
    const category = db.prepare(`SELECT categoryId FROM Product WHERE producerId = ? LIMIT 1`).get(demo.id) as { categoryId: number };
    const sector = db.prepare(`SELECT id FROM Sector LIMIT 1`).get() as { id: number };
    const word = `zxq${tag}`;
    const now = prismaNow();
    const producerId = `hostile-r-${tag}`;
    const producerSlug = `hostile-producer-${tag}`;
    const memberEmail = `hostile-producer-${tag}@example.az`;
    const story = `${XSS.script} ${XSS.js}`;
    db.prepare(
      `INSERT INTO Producer (id, slug, name, regionId, storyAz, storyEn, storyRu, status, createdAt, updatedAt, approvedAt)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?)`,
    ).run(producerId, producerSlug, `${word} ${XSS.img}`, demo.regionId, story, story, story, now, now, now);
    db.prepare(`INSERT INTO ProducerSector (producerId, sectorId) VALUES (?, ?)`).run(producerId, sector.id);
    // Delivers everywhere for free, as a producer did before delivery zones, so the guest's order goes through.
    db.prepare(`INSERT INTO DeliveryZone (id, producerId, everywhere, feeQ, minDays, maxDays) VALUES (?, ?, 1, 0, 1, 5)`).run(`zone-${producerId}`, producerId);
    const userId = `hostile-u-${tag}`;
    db.prepare(`INSERT INTO User (id, email, name, passwordHash, role, createdAt, updatedAt, passwordChangedAt) VALUES (?, ?, ?, ?, 'SHOPPER', ?, ?, ?)`).run(
      userId,
      memberEmail,
      `Hostile ${tag}`,
      passwordHash,
      now,
      now,
      now,
    );
    db.prepare(`INSERT INTO ProducerMember (id, producerId, userId, role, createdAt) VALUES (?, ?, ?, 'OWNER', ?)`).run(
      `hostile-m-${tag}`,
      producerId,
      userId,
      now,
    );

    const productSlug = `hostile-${tag}`;
    const productTitle = `${word} ${XSS.script} ${XSS.closeScript}`;
    const description = `${XSS.img} ${XSS.js}`;
    db.prepare(
      `INSERT INTO Product (id, slug, producerId, categoryId, titleAz, titleEn, titleRu, descriptionAz, descriptionEn, descriptionRu, unit, priceQ, stock, status, kind, createdAt, updatedAt, publishedAt)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'kg', 500, 1000, 'PUBLISHED', 'GOOD', ?, ?, ?)`,
    ).run(
      `hostile-p-${tag}`,
      productSlug,
      producerId,
      category.categoryId,
      productTitle,
      productTitle,
      productTitle,
      description,
      description,
      description,
      now,
      now,
      now,
    );

    // A shopper's review, by an account whose name is a payload too.
    const reviewerId = `hostile-v-${tag}`;
    db.prepare(`INSERT INTO User (id, email, name, passwordHash, role, createdAt, updatedAt, passwordChangedAt) VALUES (?, ?, ?, ?, 'SHOPPER', ?, ?, ?)`).run(
      reviewerId,
      `hostile-reviewer-${tag}@example.az`,
      XSS.img,
      passwordHash,
      now,
      now,
      now,
    );
    db.prepare(`INSERT INTO Review (id, productId, userId, orderId, rating, body, createdAt) VALUES (?, ?, ?, ?, 5, ?, ?)`).run(
      `hostile-w-${tag}`,
      `hostile-p-${tag}`,
      reviewerId,
      `hostile-o-${tag}`,
      `Review ${XSS.script} ${XSS.js}`,
      now,
    );

    const mentor = db.prepare(`SELECT id FROM User WHERE email = 'mentor@example.az'`).get() as { id: string };
    db.prepare(`INSERT INTO MentorNote (id, producerId, authorId, body, createdAt) VALUES (?, ?, ?, ?, ?)`).run(
      `hostile-n-${tag}`,
      producerId,
      mentor.id,
      `Note ${XSS.img} ${XSS.script}`,
      now,
    );
    return { productSlug, productTitle, producerSlug, producerId, word, memberEmail };
  });
}

test.beforeAll(async () => {
  fixture = await createHostileRecords();
});

/** Fails the test if any script ran (a dialog) or the page tried one that CSP stopped. */
function watchForScripts(page: Page) {
  const dialogs: string[] = [];
  const blocked: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
  });
  return async () => {
    // Markup that escaped would have made these elements, whatever CSP then did with them.
    const injected = await page.evaluate(
      () =>
        document.querySelectorAll('img[src="x"], [onerror], a[href^="javascript:"]').length +
        // (The payloads also travel, escaped, inside the framework's data scripts: only a script
        // that is nothing but the payload was made by it.)
        [...document.scripts].filter((s) => s.textContent?.trim() === "alert(1)").length,
    );
    expect(injected, "elements made from a payload").toBe(0);
    expect(dialogs, "dialogs").toEqual([]);
    expect(blocked, "CSP violations").toEqual([]);
  };
}

test.describe("script payloads are shown as text", () => {
  test("in a product's title, description and reviews, on its page and in search", async ({ page }) => {
    const check = watchForScripts(page);
    await page.goto(`/products/${fixture.productSlug}?lang=en`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(fixture.productTitle);
    await expect(page.locator(".product-page__description")).toContainText(`${XSS.img} ${XSS.js}`);
    await expect(page.locator(".reviews")).toContainText(`Review ${XSS.script} ${XSS.js}`);
    // (Reviews show the author's first name only: here `"><img`, as text.)
    await expect(page.locator(".reviews")).toContainText(`— ${XSS.img.split(" ")[0]},`);
    await check();

    await page.goto(`/search?lang=en&q=${fixture.word}`);
    // In the results: once hydrated, the header's search box may also hold the title in its
    // closed (hidden) suggestion list, and which one came first depended on timing.
    await expect(page.locator("main").getByText(fixture.productTitle).first()).toBeVisible();
    await check();
  });

  test("in a producer's name and story", async ({ page }) => {
    const check = watchForScripts(page);
    await page.goto(`/producers/${fixture.producerSlug}?lang=en`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`${fixture.word} ${XSS.img}`);
    await expect(page.getByText(`${XSS.script} ${XSS.js}`)).toBeVisible();
    await check();
  });

  test("in the search box and the results heading", async ({ page }) => {
    const check = watchForScripts(page);
    for (const q of Object.values(XSS)) {
      await page.goto(`/search?lang=en&${new URLSearchParams({ q })}`);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(q);
      await expect(page.locator("#filter-q")).toHaveValue(q);
    }
    await check();
  });

  test("in a mentor's note", async ({ page }) => {
    const check = watchForScripts(page);
    await login(page, "mentor@example.az");
    await page.goto(`/admin/producers/${fixture.producerId}?lang=en`);
    await expect(page.getByText(`Note ${XSS.img} ${XSS.script}`)).toBeVisible();
    await check();
  });

  test("in a guest's name and address, for the guest and for the producer; forged order links are 404", async ({ browser }) => {
    const guest = await (await browser.newContext()).newPage();
    const check = watchForScripts(guest);
    await guest.goto(`/products/${fixture.productSlug}?lang=en`);
    await guest.getByRole("button", { name: "Add to cart" }).click();
    await expect(guest.getByText("Added to your cart.").or(guest.getByRole("heading", { name: "Cart", exact: true }))).toBeVisible();
    await guest.goto("/checkout?lang=en");
    const email = `hostile-${tag}@example.az`;
    await guest.getByLabel("Full name").fill(XSS.img);
    await guest.getByLabel("Email").fill(email);
    await guest.getByLabel("Phone").fill("+994 50 555 12 34");
    await guest.getByLabel("Street, house, flat").fill(`${XSS.script} Nizami 10`);
    await guest.getByLabel("District or city").selectOption("Nəsimi");
    await guest.getByLabel("Cash on delivery or at pickup").check();
    await guest.getByRole("button", { name: "Place order" }).click();
    await expect(guest.getByRole("heading", { name: "Thank you for your order" })).toBeVisible();
    await check();

    // The guest's links open with their signatures and not with a changed one.
    const confirmation = new URL(guest.url());
    const orderHref = await guest
      .getByRole("link", { name: /Follow order/ })
      .first()
      .getAttribute("href");
    const orderUrl = new URL(orderHref!, confirmation);
    expect((await guest.goto(orderUrl.pathname + orderUrl.search))?.status()).toBe(200);
    await expect(guest.getByText(`${XSS.script} Nizami 10`).first()).toBeVisible();
    await check();
    for (const url of [confirmation, orderUrl]) {
      const token = url.searchParams.get("token")!;
      const forged = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
      expect((await guest.goto(`${url.pathname}?token=${forged}`))?.status(), url.pathname).toBe(404);
      expect((await guest.goto(url.pathname))?.status(), url.pathname).toBe(404);
    }
    await guest.context().close();

    const orderId = withDb(
      (db) => (db.prepare(`SELECT o.id FROM "Order" o JOIN CheckoutGroup g ON g.id = o.groupId WHERE g.email = ?`).get(email) as { id: string }).id,
    );
    const producer = await (await browser.newContext()).newPage();
    const checkProducer = watchForScripts(producer);
    await login(producer, fixture.memberEmail);
    await producer.goto(`/dashboard/orders/${orderId}?lang=en`);
    await expect(producer.locator(".packing-slip strong").first()).toHaveText(XSS.img);
    await expect(producer.locator(".packing-slip")).toContainText(`${XSS.script} Nizami 10`);
    await checkProducer();
    await producer.context().close();
  });
});

// ─── Raw HTTP: what a browser would never send ───────────────────────────────────────────────

type RawReply = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** Sends the path exactly as written (no URL normalisation), on loopback. */
function raw(
  method: string,
  pathname: string,
  options: { headers?: Record<string, string>; body?: Buffer | string; chunked?: boolean; earlyAnswer?: boolean } = {},
): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { Host: `localhost:${PORT}`, ...options.headers };
    if (options.body !== undefined && !options.chunked) headers["Content-Length"] = String(Buffer.byteLength(options.body));
    const req = http.request({ host: "127.0.0.1", port: PORT, method, path: pathname, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") });
        req.destroy();
      });
      res.on("error", reject);
    });
    // The server may answer (413) and close before it has read the whole body.
    req.on("error", (error) => reject(error));
    if (options.body !== undefined && options.earlyAnswer) {
      // Announce the whole length but send only the start: the limit must be decided from the
      // header, before the server reads (or the client sends) megabytes it will refuse.
      req.write(Buffer.from(options.body).subarray(0, 64 * 1024));
      return;
    }
    if (options.body !== undefined) {
      if (options.chunked) {
        const body = Buffer.from(options.body);
        for (let i = 0; i < body.length; i += 64 * 1024) req.write(body.subarray(i, i + 64 * 1024));
      } else req.write(options.body);
    }
    req.end();
  });
}

const FORM = { "Content-Type": "application/x-www-form-urlencoded" };
const SAME_ORIGIN = { ...FORM, Origin: `http://localhost:${PORT}` };

function expectSecurityHeaders(reply: { headers: Record<string, string | string[] | undefined> }, label: string) {
  const csp = String(reply.headers["content-security-policy"] ?? "");
  const scriptSrc =
    csp
      .split(";")
      .map((d) => d.trim())
      .find((d) => d.startsWith("script-src")) ?? "";
  expect(scriptSrc, `${label}: script-src`).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
  expect(scriptSrc, `${label}: script-src`).not.toContain("unsafe-inline");
  expect(scriptSrc, `${label}: script-src`).not.toContain("unsafe-eval");
  expect(csp, `${label}: CSP`).toContain("frame-ancestors 'none'");
  expect(reply.headers["x-content-type-options"], `${label}: nosniff`).toBe("nosniff");
  expect(reply.headers["referrer-policy"], `${label}: Referrer-Policy`).toBeTruthy();
  return scriptSrc.match(/'nonce-([^']+)'/)![1];
}

test.describe("the HTTP server", () => {
  test("sends the security headers on every kind of response", async ({ request }) => {
    const home = await raw("GET", "/?lang=en");
    const nonce = expectSecurityHeaders(home, "HTML page");
    // Every script in the page carries this response's nonce; no inline handlers.
    const scripts = [...home.body.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
    expect(home.body).not.toMatch(/\son[a-z]+="/);
    const again = await raw("GET", "/?lang=en");
    expect(expectSecurityHeaders(again, "HTML page again")).not.toBe(nonce);

    const css = home.body.match(/href="(\/assets\/[^"]+\.css)"/)![1];
    const image = withDb((db) => db.prepare(`SELECT fileKey, widths FROM Image LIMIT 1`).get() as { fileKey: string; widths: string });
    const cases: [string, string, number][] = [
      ["JSON", "/healthz", 200],
      ["CSS asset", css, 200],
      ["uploaded image", `/uploads/${image.fileKey}/${image.widths.split(",")[0]}.jpg`, 200],
      ["404 page", `/no-such-page-${tag}`, 404],
      ["missing upload", `/uploads/no-such-${tag}.jpg`, 404],
      ["robots", "/robots.txt", 200],
    ];
    for (const [label, url, status] of cases) {
      const reply = await request.get(url);
      expect(reply.status(), label).toBe(status);
      expectSecurityHeaders({ headers: reply.headers() }, label);
    }
    expectSecurityHeaders(await raw("POST", "/cart", { headers: { ...FORM, Origin: "https://evil.example" }, body: "intent=add" }), "403");
    expectSecurityHeaders(await raw("POST", "/cart", { headers: SAME_ORIGIN, body: `pad=${"a".repeat(1024 * 1024 + 10)}` }), "413");
  });

  test("never serves a file outside the uploads and assets folders", async () => {
    const secrets = [/SQLite format 3/, /"name": "abad-market"/, /^[0-9a-f]{64}\s*$/m, /root:x:0:0/];
    const attempts = [
      "/uploads/../abad.db",
      "/uploads/../../package.json",
      "/uploads/%2e%2e/abad.db",
      "/uploads/%2E%2E/%2E%2E/package.json",
      "/uploads/..%2fabad.db",
      "/uploads/..%2Fsession-secret",
      "/uploads/%2e%2e%2fabad.db",
      "/uploads/..%5cabad.db",
      "/uploads/%252e%252e/abad.db",
      "/uploads/....//abad.db",
      "/uploads/..;/abad.db",
      "/uploads/%c0%ae%c0%ae/abad.db",
      "/uploads/..%00/abad.db",
      "/uploads//etc/passwd",
      "/uploads/%2fetc%2fpasswd",
      "/uploads/.%2e/.%2e/package.json",
      "/uploads/.env",
      "/uploads/../session-secret",
      "/assets/../../package.json",
      "/assets/%2e%2e/%2e%2e/package.json",
      "/%2e%2e/%2e%2e/package.json",
      "/..%2f..%2fpackage.json",
      "/data/abad.db",
      `/${E2E_DATA_DIR}/abad.db`,
    ];
    for (const attempt of attempts) {
      const reply = await raw("GET", attempt);
      expect([400, 403, 404], attempt).toContain(reply.status);
      for (const secret of secrets) expect(reply.body, attempt).not.toMatch(secret);
    }
  });

  test("answers bodies over 1 MB, and uploads over 16 MB, with 413 and a message, writing nothing", async () => {
    const big = await raw("POST", "/cart", { headers: SAME_ORIGIN, body: `intent=add&productId=x&pad=${"a".repeat(1024 * 1024)}` });
    expect(big.status).toBe(413);
    expect(big.body).toContain("The request is too large.");
    expect(big.headers["set-cookie"]).toBeUndefined();

    const boundary = `----hostile${tag}`;
    const upload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="intent"\r\n\r\nupload\r\n--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="big.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
      ),
      Buffer.alloc(17 * 1024 * 1024, 0xff),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const productId = withDb((db) => (db.prepare(`SELECT id FROM Product WHERE slug = ?`).get(fixture.productSlug) as { id: string }).id);
    const tooBig = await raw("POST", `/dashboard/products/${productId}/photos`, {
      headers: { Origin: `http://localhost:${PORT}`, "Content-Type": `multipart/form-data; boundary=${boundary}` },
      body: upload,
      earlyAnswer: true,
    });
    expect(tooBig.status).toBe(413);
    expect(tooBig.body).toContain("The request is too large.");
  });

  test("refuses a body of unknown length once it passes 1 MB", async () => {
    const reply = await raw("POST", "/cart", {
      headers: { ...SAME_ORIGIN, "Transfer-Encoding": "chunked" },
      body: `intent=add&productId=x&pad=${"a".repeat(2 * 1024 * 1024)}`,
      chunked: true,
    }).catch(() => null);
    // Either a 413 or the connection is cut: never an accepted post.
    if (reply) expect(reply.status).toBe(413);
  });

  test("rejects cross-site form posts with 403 and writes nothing", async () => {
    const own = await raw("POST", "/cart", { headers: SAME_ORIGIN, body: "intent=add&productId=nope" });
    expect(own.status, "a same-origin post still works").not.toBe(403);

    const foreign: Record<string, string>[] = [
      { Origin: "https://evil.example" },
      { Origin: "null" },
      { Origin: `http://localhost:${PORT}.evil.example` },
      { Origin: `http://localhost:${PORT + 1}` },
      { Origin: `https://localhost:${PORT}x` },
      { Origin: "not a url" },
      { "Sec-Fetch-Site": "cross-site" },
    ];
    const productId = withDb((db) => (db.prepare(`SELECT id FROM Product WHERE slug = ?`).get(fixture.productSlug) as { id: string }).id);
    for (const headers of foreign) {
      for (const [method, url, body] of [
        ["POST", "/cart", `intent=add&productId=${productId}&quantity=1`],
        ["POST", "/login", "email=shopper%40example.az&password=abad-demo-2026"],
        ["POST", "/logout", ""],
        ["POST", "/signup", `name=X&email=csrf-${tag}%40example.az&password=long-enough-1`],
        ["POST", "/forgot-password", "email=shopper%40example.az"],
        ["PUT", "/cart", "intent=add"],
        ["DELETE", "/cart", ""],
        ["PATCH", "/checkout", ""],
      ] as const) {
        const reply = await raw(method, url, { headers: { ...FORM, ...headers }, body });
        expect(reply.status, `${method} ${url} ${JSON.stringify(headers)}`).toBe(403);
        expect(reply.body).toContain("Cross-site form posts are not accepted.");
        expect(reply.headers["set-cookie"]).toBeUndefined();
      }
    }
    withDb((db) => expect((db.prepare(`SELECT count(*) AS n FROM User WHERE email = ?`).get(`csrf-${tag}@example.az`) as { n: number }).n).toBe(0));

    // A checkout posted from another site with the shopper's own cart cookie places nothing.
    const cart = await raw("POST", "/cart", { headers: SAME_ORIGIN, body: `intent=add&productId=${productId}&quantity=1&inPlace=1` });
    const cookie = String(cart.headers["set-cookie"]).split(";")[0];
    const email = `csrf-checkout-${tag}@example.az`;
    const checkout = await raw("POST", "/checkout", {
      headers: { ...FORM, Origin: "https://evil.example", Cookie: cookie },
      body: new URLSearchParams({
        idempotencyKey: crypto.randomUUID(),
        name: "X",
        email,
        phone: "+994 50 123 45 67",
        paymentMethod: "CASH",
        district: "Nəsimi",
        street: "Bakı, Nizami 10",
      }).toString(),
    });
    expect(checkout.status).toBe(403);
    withDb((db) => expect((db.prepare(`SELECT count(*) AS n FROM CheckoutGroup WHERE email = ?`).get(email) as { n: number }).n).toBe(0));
  });

  test("a form on another page posting here is refused in the browser too", async ({ page }) => {
    await page.setContent(
      `<form method="post" action="http://localhost:${PORT}/cart"><input name="intent" value="add"><input name="productId" value="x"><button>go</button></form>`,
    );
    const [response] = await Promise.all([page.waitForResponse(`http://localhost:${PORT}/cart`), page.getByRole("button", { name: "go" }).click()]);
    expect(response.status()).toBe(403);
    await expect(page.getByText("Cross-site form posts are not accepted.")).toBeVisible();
  });
});

test.describe("tampered cookies", () => {
  const flip = (value: string) => {
    const i = Math.floor(value.length / 3);
    return value.slice(0, i) + (value[i] === "A" ? "B" : "A") + value.slice(i + 1);
  };

  test("a changed session cookie is a logged-out visitor", async ({ page, context }) => {
    await login(page, "shopper@example.az");
    await page.goto("/orders?lang=en");
    await expect(page).toHaveURL(/\/orders/);
    const session = (await context.cookies()).find((c) => c.name === "__session")!;
    await context.addCookies([{ ...session, value: flip(session.value) }]);
    await page.goto("/orders?lang=en");
    await expect(page).toHaveURL(/\/login\?redirectTo=/);
    await expect(page.getByRole("link", { name: "Log in" }).first()).toBeVisible();
  });

  test("a changed cart cookie is an empty cart", async ({ page, context }) => {
    await page.goto(`/products/${fixture.productSlug}?lang=en`);
    await page.getByRole("button", { name: "Add to cart" }).click();
    await expect(page.getByText("Added to your cart.").or(page.getByRole("heading", { name: "Cart", exact: true }))).toBeVisible();
    const cart = (await context.cookies()).find((c) => c.name === "cart")!;
    await context.addCookies([{ ...cart, value: flip(cart.value) }]);
    await page.goto("/cart?lang=en");
    await expect(page.getByText("Your cart is empty.")).toBeVisible();
  });
});
