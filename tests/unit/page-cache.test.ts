import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fillPlaceholders, pageCache } from "~/server/page-cache";

let base = "";
let renders = 0;
const visits: string[] = [];
const NAME_SLOT = "nameslot0123456789";
/** The look as the app reads it, here from two cookies: `who` (a name) and `cart` (a count). */
function lookOf(request: Request) {
  const cookie = request.headers.get("cookie") ?? "";
  const who = /who=([^;]*)/.exec(cookie)?.[1];
  const cart = /cart=(\d+)/.exec(cookie)?.[1] ?? "0";
  const language = request.headers.get("accept-language") ?? "az";
  const name = who === undefined ? null : decodeURIComponent(who);
  return Promise.resolve({
    key: JSON.stringify([language, name !== null, cart]),
    look: { name: name === null ? null : NAME_SLOT, cart },
    fills: name === null ? [] : ([[NAME_SLOT, name]] as [string, string][]),
  });
}
let server: http.Server;
// The cache's clock: it moves only when a test moves it, so no test depends on how fast it runs.
let clock = 1_000_000;

beforeAll(async () => {
  server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  base = `http://${host}`;
  const app = express();
  app.use((_req, res, next) => {
    res.locals.cspNonce = crypto.randomBytes(8).toString("hex");
    next();
  });
  app.get(
    "*",
    pageCache({
      seconds: 5,
      publicHost: host,
      now: () => clock,
      lookOf,
      render: async (request, _req, res, look) => {
        renders++;
        const url = new URL(request.url);
        const { name, cart } = look as { name: string | null; cart: string };
        const headers: Record<string, string> = { "Content-Type": "text/html; charset=utf-8" };
        if (url.searchParams.has("setcookie")) headers["Set-Cookie"] = "x=1";
        const status = url.pathname === "/products/missing" ? 404 : 200;
        return new Response(`<script nonce="${res.locals.cspNonce}">page ${url.pathname}</script><p>${name ?? "guest"} ${cart}</p>`, { status, headers });
      },
      recordVisit: async (request) => void visits.push(new URL(request.url).pathname + new URL(request.url).search),
    }),
  );
  app.use((_req, res) => res.status(418).send("rendered without the cache"));
  server.on("request", app);
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers });

describe("page cache for storefront pages", () => {
  it("renders once, serves the copy with a fresh nonce and still counts product views and searches", async () => {
    const before = renders;
    const first = await get("/products/shaki-halva");
    expect(first.headers.get("x-page-cache")).toBe("miss");
    const firstBody = await first.text();
    const second = await get("/products/shaki-halva");
    expect(second.headers.get("x-page-cache")).toBe("hit");
    const secondBody = await second.text();
    expect(renders - before).toBe(1);
    const nonceOf = (html: string) => /nonce="(\w+)"/.exec(html)?.[1];
    expect(nonceOf(secondBody)).toBeTruthy();
    expect(nonceOf(secondBody)).not.toBe(nonceOf(firstBody));
    expect(secondBody.replace(/nonce="\w+"/, "")).toBe(firstBody.replace(/nonce="\w+"/, ""));
    await get("/search?q=bal");
    expect((await get("/search?q=bal")).headers.get("x-page-cache")).toBe("hit");
    expect(visits).toEqual(["/products/shaki-halva", "/search?q=bal"]);
  });

  it("renders once per look and fills each person's own name in", async () => {
    const before = renders;
    const aysel = await get("/producers", { Cookie: "who=Aysel; cart=2" });
    expect(aysel.headers.get("x-page-cache")).toBe("miss");
    expect(await aysel.text()).toContain("<p>Aysel 2</p>");
    const other = await get("/producers", { Cookie: `who=${encodeURIComponent("<Ə & 'O'>")}; cart=2` });
    expect(other.headers.get("x-page-cache")).toBe("hit");
    const body = await other.text();
    expect(body).toContain("<p>&lt;Ə &amp; &#x27;O&#x27;&gt; 2</p>");
    expect(body).not.toContain("Aysel");
    expect(body).not.toContain(NAME_SLOT);
    // another cart count, a visitor: other looks, other renders
    expect((await get("/producers", { Cookie: "who=Aysel; cart=3" })).headers.get("x-page-cache")).toBe("miss");
    expect(await (await get("/producers")).text()).toContain("<p>guest 0</p>");
    expect(renders - before).toBe(3);
  });

  it("never serves language switches or other pages from memory", async () => {
    for (const path of ["/products?lang=en", "/cart", "/admin", "/orders/1"]) {
      expect((await get(path, { Cookie: "who=Aysel" })).status, path).toBe(418);
    }
  });

  it("keeps languages apart and stores neither errors nor responses that set cookies", async () => {
    const az = await (await get("/producers", { "Accept-Language": "az" })).text();
    expect((await get("/producers", { "Accept-Language": "ru" })).headers.get("x-page-cache")).toBe("miss");
    expect((await get("/producers", { "Accept-Language": "az" })).headers.get("x-page-cache")).toBe("hit");
    expect(az).toContain("/producers");
    const before = renders;
    await get("/products/missing");
    expect((await get("/products/missing")).status).toBe(404);
    await get("/products?setcookie=1");
    await get("/products?setcookie=1");
    expect(renders - before).toBe(4);
  });

  it("serves a copy only within its lifetime", async () => {
    expect((await get("/producers/expiring")).headers.get("x-page-cache")).toBe("miss");
    clock += 4_999;
    expect((await get("/producers/expiring")).headers.get("x-page-cache")).toBe("hit");
    clock += 1;
    expect((await get("/producers/expiring")).headers.get("x-page-cache")).toBe("miss");
  });

  it("never caches a request for another host, so a forged Host header cannot reach other visitors", async () => {
    const forged = () =>
      new Promise<number>((resolve, reject) => {
        const request = http.get(`${base}/products/poisoned`, { headers: { Host: "evil.example" } }, (response) => {
          response.resume();
          response.on("end", () => resolve(response.statusCode ?? 0));
        });
        request.on("error", reject);
      });
    expect(await forged()).toBe(418);
    expect(await forged()).toBe(418);
    expect((await get("/products/poisoned")).headers.get("x-page-cache")).toBe("miss");
  });
});

describe("filling a shared render in", () => {
  it("writes a name as React writes text and as Remix writes it in the page's loader data", () => {
    const name = `Ə'"<b>&\u2028\\`;
    const streamed = JSON.stringify(JSON.stringify([{ name: NAME_SLOT }])).replace(
      /[&<>\u2028\u2029]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
    );
    const page = `<span title="${NAME_SLOT}">${NAME_SLOT}</span><script>enqueue(${streamed});</script>`;
    const filled = fillPlaceholders(page, [[NAME_SLOT, name]]);
    const script = /enqueue\((.*)\);/.exec(filled)![1];
    expect(JSON.parse(JSON.parse(script) as string)).toEqual([{ name }]);
    expect(filled).toContain(`<span title="Ə&#x27;&quot;&lt;b&gt;&amp;\u2028\\">Ə&#x27;&quot;&lt;b&gt;&amp;\u2028\\</span>`);
    expect(script).not.toMatch(/[<>&\u2028]/);
  });
});
