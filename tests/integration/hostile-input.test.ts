/**
 * Hostile input at the loader/action level: search and filter fuzzing, open redirects, tampered
 * cookies and guest order links. Rendering (XSS), the HTTP server's own defences (Origin check,
 * body limits, upload paths, headers) are in tests/e2e/hostile.spec.ts, against the real server.
 */
import crypto from "node:crypto";
import { createCookie, createCookieSessionStorage } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { loader as cartLoader } from "~/routes/cart";
import { loader as confirmationLoader } from "~/routes/checkout.$groupId";
import { loader as ordersLoader } from "~/routes/orders._index";
import { loader as orderLoader } from "~/routes/orders.$id";
import { loader as productsLoader } from "~/routes/products._index";
import { loader as searchLoader } from "~/routes/search";
import { action as loginAction } from "~/routes/login";
import { signLink } from "~/utils/signed-links.server";
import { getUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { createProducer, createProduct, createUser, FACTORY_PASSWORD } from "../support/factories";
import { checkoutForm, guestCartWith, submitCheckout } from "../support/checkout";
import { dataOf, getRequest, headerOf, loadContext, postRequest, sessionCookieFor, settle, statusOf } from "../support/http";

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: loadContext });

// ─── Search ──────────────────────────────────────────────────────────────────────────────────

const HOSTILE_QUERIES = [
  // FTS5 syntax beyond what storefront.test.ts already sends
  "bal NEAR/2 halva",
  "{titleAz titleEn}: bal",
  "titleAz:bal",
  "^bal",
  "bal + halva",
  "NOT bal",
  "-bal",
  "bal)",
  '"',
  '""',
  '"bal',
  "*bal",
  "bal***",
  "(((((((((((((((((((((((((((((((bal",
  // SQL
  "' OR '1'='1",
  "%' OR 1=1 --",
  "1; SELECT * FROM User; --",
  "bal' UNION SELECT passwordHash, email FROM User --",
  "/* comment */ bal",
  "'); PRAGMA writable_schema = 1; --",
  "\\",
  "%",
  "_",
  // markup, control characters, odd Unicode
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "bal\u0000halva",
  "\u202Ebal",
  "bal\u0301",
  "😀 bal",
  "İıƏə",
  "a".repeat(5000),
  "bal ".repeat(300),
];

const ALPHABET = [...`"'*^():{}+-/\\%_;=<>!?.,|&~\`[]@#$ \t\nabcNEARORANDNOTəıİğşç0123456789`, "\u0000", "😀", "\u202E"];
function randomQuery(random: () => number) {
  return Array.from({ length: 1 + Math.floor(random() * 40) }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join("");
}
/** Deterministic, so a failure can be replayed. */
function seeded(seed: number) {
  return () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

describe("search and catalogue under hostile queries", () => {
  let productCount = 0;
  beforeAll(async () => {
    const producer = await createProducer();
    await createProduct(producer.id, { titleAz: "Dağ balı", titleEn: "Mountain honey" });
    await createProduct(producer.id, { titleAz: "Şəki halvası", titleEn: "Shaki halva" });
    productCount = await db.product.count();
  });

  it("answers every hostile query with a page, on /search and on the catalogue", async () => {
    for (const q of HOSTILE_QUERIES) {
      const url = `/search?${new URLSearchParams({ q })}`;
      const page = await searchLoader(args(getRequest(url)));
      expect(Array.isArray(page.result.items), q).toBe(true);
      const catalogue = await productsLoader(args(getRequest(`/products?${new URLSearchParams({ q })}`)));
      expect(catalogue.result.total, q).toBeGreaterThanOrEqual(0);
    }
    expect(await db.product.count()).toBe(productCount);
  });

  it("reads the syntax characters as spaces and operators as plain words", async () => {
    const titles = async (q: string) => (await searchLoader(args(getRequest(`/search?${new URLSearchParams({ q })}`)))).result.items.map((p) => p.title);
    for (const q of ["bal)", "(bal", '"bal"', "bal*", "{bal}", "bal:", "^bal", "-bal"]) expect(await titles(q), q).toContain("Dağ balı");
    // Every word is required, and OR, NEAR are words here, not operators (OR, a stopword, is dropped).
    expect(await titles("bal OR halva")).toEqual([]);
    expect(await titles('"bal*" NEAR')).toEqual([]);
    expect(await titles("' OR 'x'='x")).toEqual([]);
    expect(await titles("<b>halva</b>")).toEqual([]);
    expect(await titles("halva' --")).toContain("Şəki halvası");
  });

  it("survives 300 random strings of FTS and SQL punctuation", async () => {
    const random = seeded(20_260_501);
    for (let i = 0; i < 300; i++) {
      const q = randomQuery(random);
      const result = await settle(() => searchLoader(args(getRequest(`/search?${new URLSearchParams({ q })}`))));
      expect(statusOf(result), JSON.stringify(q)).toBe(200);
    }
  });

  it("ignores hostile filter values instead of failing", async () => {
    const queries = [
      "min=-5&max=1e309",
      "min=NaN&max=Infinity",
      "page=-1",
      "page=99999999999999999999",
      "page=1.5",
      "sort=';DROP TABLE Product;--",
      "category=../../etc/passwd",
      "region=%00",
      "sector=<script>",
      "inStock=<script>&inSeason[]=1",
      "q=bal&q=halva&q='",
      "lang=../../x",
    ];
    for (const query of queries) {
      const result = await settle(() => productsLoader(args(getRequest(`/products?${query}`))));
      expect(statusOf(result), query).toBe(200);
    }
    expect(await db.product.count()).toBe(productCount);
  });
});

// ─── Redirects after login ───────────────────────────────────────────────────────────────────

describe("the login redirect stays on this site", () => {
  const loginTo = async (redirectTo: string) => {
    const user = await createUser();
    const result = await settle(() => loginAction(args(postRequest("/login", { email: user.email, password: FACTORY_PASSWORD, redirectTo }))));
    expect(statusOf(result)).toBe(302);
    return headerOf(result, "Location")!;
  };

  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "//evil.example",
    "https://evil.example/",
    "data:text/html,<script>alert(1)</script>",
    " //evil.example",
  ])("%s → a local page", async (target) => {
    const location = await loginTo(target);
    expect(location.startsWith("/")).toBe(true);
    expect(location.startsWith("//")).toBe(false);
  });

  // Browsers read a backslash as a slash and drop tabs and newlines in URLs, so `/\evil.example`
  // and `/<TAB>/evil.example` would be `//evil.example`, another site.
  it.each(["/\\evil.example", "/\t/evil.example", "/\n/evil.example"])("%j → a local page", async (target) => {
    const location = await loginTo(target);
    const resolved = new URL(location.replace(/[\t\n\r]/g, "").replace(/\\/g, "/"), "http://localhost");
    expect(resolved.host).toBe("localhost");
  });
});

// ─── Cookies ─────────────────────────────────────────────────────────────────────────────────

/** Flips one character of a signed cookie's value or signature. */
function tamper(cookie: string, part: "value" | "signature") {
  const [name, raw] = cookie.split(/=(.*)/s);
  const value = decodeURIComponent(raw);
  const dot = value.lastIndexOf(".");
  const index = part === "value" ? Math.floor(dot / 2) : dot + 3;
  const swapped = value[index] === "A" ? "B" : "A";
  return `${name}=${encodeURIComponent(value.slice(0, index) + swapped + value.slice(index + 1))}`;
}

describe("tampered session cookies are a logged-out visitor", () => {
  it("refuses a changed value, a changed signature, another secret and an expired session", async () => {
    const user = await createUser();
    const cookie = await sessionCookieFor(user.id);
    expect((await getUser(getRequest("/", { cookie })))?.id).toBe(user.id);
    const sessionId = (await db.session.findFirstOrThrow({ where: { userId: user.id } })).id;

    const foreign = createCookieSessionStorage({ cookie: { name: "__session", secrets: ["not-our-secret-at-all-0123"] } });
    const forgedSession = await foreign.getSession();
    forgedSession.set("sessionId", sessionId);
    const forged = (await foreign.commitSession(forgedSession)).split(";")[0];
    const unsigned = `__session=${encodeURIComponent(btoa(JSON.stringify({ sessionId })))}`;

    for (const [label, bad] of [
      ["value", tamper(cookie, "value")],
      ["signature", tamper(cookie, "signature")],
      ["other secret", forged],
      ["unsigned", unsigned],
      ["garbage", "__session=%%%%"],
      ["huge", `__session=${"A".repeat(8000)}`],
    ] as const) {
      expect(await getUser(getRequest("/", { cookie: bad })), label).toBeNull();
      const guarded = await settle(() => ordersLoader(args(getRequest("/orders", { cookie: bad }))));
      expect(statusOf(guarded), label).toBe(302);
    }

    await db.session.update({ where: { id: sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getUser(getRequest("/", { cookie }))).toBeNull();
  });
});

describe("tampered cart cookies are an empty cart", () => {
  it("ignores a cart whose price, quantity or signature was changed", async () => {
    const product = await createProduct((await createProducer()).id, { stock: 50, priceQ: 2500 });
    const cookie = await guestCartWith([{ productId: product.id, quantity: 2 }]);
    const view = async (c: string) => (await cartLoader(args(getRequest("/cart", { cookie: c })))).cart;
    expect((await view(cookie)).groups).toHaveLength(1);

    // A cart cookie for the same product at 1 qəpik, signed with a key that is not ours.
    const lines = await guestCartCookieValue(cookie);
    const cheap = lines.map((line) => ({ ...line, priceQ: 1, quantity: 40 }));
    const foreign = createCookie("cart", { secrets: ["not-our-secret-at-all-0123"] });
    const forged = (await foreign.serialize(cheap)).split(";")[0];
    const unsigned = `cart=${encodeURIComponent(btoa(JSON.stringify(cheap)))}`;

    for (const [label, bad] of [
      ["value", tamper(cookie, "value")],
      ["signature", tamper(cookie, "signature")],
      ["other secret", forged],
      ["unsigned", unsigned],
    ] as const) {
      expect((await view(bad)).groups, label).toEqual([]);
      const result = await submitCheckout(checkoutForm({ email: "tamper@example.az" }), bad);
      expect(dataOf<{ error: Record<string, string[]> }>(result).error[""], label).toEqual(["checkout.emptyCart"]);
    }
    expect(await db.checkoutGroup.count({ where: { email: "tamper@example.az" } })).toBe(0);
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(50);
  });
});

/** The lines inside our own signed cart cookie. */
async function guestCartCookieValue(cookie: string) {
  const { guestCartCookie } = await import("~/utils/cookies.server");
  return (await guestCartCookie().parse(cookie)) as { productId: string; quantity: number; priceQ: number }[];
}

// ─── Guest order links ───────────────────────────────────────────────────────────────────────

describe("guest order links only open with their own signature", () => {
  let first: { groupId: string; orderId: string };
  let second: { groupId: string; orderId: string };

  beforeAll(async () => {
    const product = await createProduct((await createProducer()).id, { stock: 20 });
    const place = async (email: string) => {
      const result = await submitCheckout(checkoutForm({ email }), await guestCartWith([{ productId: product.id, quantity: 1 }]));
      const groupId = headerOf(result, "Location")!.split("?")[0].split("/").pop()!;
      const order = await db.order.findFirstOrThrow({ where: { groupId } });
      return { groupId, orderId: order.id };
    };
    first = await place("link-one@example.az");
    second = await place("link-two@example.az");
  });

  it("opens an order and a confirmation with the right token", async () => {
    const order = await orderLoader(args(getRequest(`/orders/${first.orderId}?token=${signLink("order", first.orderId)}`), { id: first.orderId }));
    expect(order.order.id).toBe(first.orderId);
  });

  it("gives 404 for a token of another order, of the other kind of link, or a mangled one", async () => {
    const good = signLink("order", first.orderId);
    const tokens = {
      "another order's": signLink("order", second.orderId),
      "the group link's": signLink("group", first.orderId),
      truncated: good.slice(0, 31),
      "one longer": `${good}A`,
      "upper-cased": good.toUpperCase() === good ? good.toLowerCase() : good.toUpperCase(),
      "with a space": `${good.slice(0, 31)} `,
      empty: "",
    };
    for (const [label, token] of Object.entries(tokens)) {
      const result = await settle(() => orderLoader(args(getRequest(`/orders/${first.orderId}?token=${encodeURIComponent(token)}`), { id: first.orderId })));
      expect(statusOf(result), label).toBe(404);
    }
    const crossed = await settle(() =>
      confirmationLoader(args(getRequest(`/checkout/${first.groupId}?token=${signLink("order", first.groupId)}`), { groupId: first.groupId })),
    );
    expect(statusOf(crossed)).toBe(404);
    const other = await settle(() =>
      confirmationLoader(args(getRequest(`/checkout/${first.groupId}?token=${signLink("group", second.groupId)}`), { groupId: first.groupId })),
    );
    expect(statusOf(other)).toBe(404);
  });

  it("does not open a guest's order for a signed-in stranger without the token", async () => {
    const cookie = await sessionCookieFor((await createUser()).id);
    const result = await settle(() => orderLoader(args(getRequest(`/orders/${first.orderId}`, { cookie }), { id: first.orderId })));
    expect(statusOf(result)).toBe(404);
    const random = crypto.randomBytes(24).toString("base64url").slice(0, 32);
    const guessed = await settle(() => orderLoader(args(getRequest(`/orders/${first.orderId}?token=${random}`, { cookie }), { id: first.orderId })));
    expect(statusOf(guessed)).toBe(404);
  });
});
