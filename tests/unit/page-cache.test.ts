import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageCache } from "~/server/page-cache";

let base = "";
let renders = 0;
const views: string[] = [];
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
      render: async (request, _req, res) => {
        renders++;
        const url = new URL(request.url);
        const headers: Record<string, string> = { "Content-Type": "text/html; charset=utf-8" };
        if (url.searchParams.has("setcookie")) headers["Set-Cookie"] = "x=1";
        const status = url.pathname === "/products/missing" ? 404 : 200;
        return new Response(`<script nonce="${res.locals.cspNonce}">page ${url.pathname}</script>`, { status, headers });
      },
      recordView: async (request) => void views.push(new URL(request.url).pathname),
    }),
  );
  app.use((_req, res) => res.status(418).send("rendered without the cache"));
  server.on("request", app);
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers });

describe("page cache for anonymous storefront pages", () => {
  it("renders once, serves the copy with a fresh nonce and still counts product views", async () => {
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
    expect(views).toEqual(["/products/shaki-halva"]);
  });

  it("never serves signed-in shoppers, carts, searches or language switches from memory", async () => {
    for (const [path, headers] of [
      ["/products", { Cookie: "__session=abc" }],
      ["/products", { Cookie: "lang=x; cart=abc" }],
      ["/products?q=bal", {}],
      ["/products?lang=en", {}],
      ["/cart", {}],
      ["/admin", {}],
    ] as const) {
      expect((await get(path, headers)).status, path).toBe(418);
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
