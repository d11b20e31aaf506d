/**
 * A few seconds of memory for the storefront's pages. A page is a function of its address, the
 * catalogue and the visitor's look (language, role, the cart's count, on a product page their
 * own marks: see app/models/storefront-look.server.ts), so one render serves everyone who shares
 * all of these for PAGE_CACHE_SECONDS, and never past a change to the catalogue (its version is
 * in the key). A signed-in person's name is rendered as a placeholder and filled in for each
 * response, escaped as React and Remix would have; the CSP nonce is swapped the same way.
 * Language switches (`?lang=`, which set a cookie) always render, and product views and
 * searches are still recorded on every hit.
 */
import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from "express";

/** The visitor's look for one request: what the page cache keys and fills a shared render with. */
export type SharedLook = {
  /** names everything in the look that changes the page (and the catalogue's version) */
  key: string;
  /** the look to render with, with placeholders where each person's own text goes */
  look: unknown;
  /** [placeholder, this person's text] */
  fills: [string, string][];
};

export type PageCacheOptions = {
  seconds: number;
  maxEntries?: number;
  /** The visitor's look (the app's pageLook). */
  lookOf: (request: Request) => Promise<SharedLook>;
  /** Renders one request for a look (the Remix handler). */
  render: (request: Request, req: ExpressRequest, res: ExpressResponse, look: unknown) => Promise<Response>;
  /** Called for a page served from memory, so a product view or a search still counts. */
  recordVisit?: (request: Request) => Promise<void>;
  /**
   * The site's own host (from APP_URL). Requests naming any other Host are rendered but never
   * stored, so a forged Host header cannot put anything in front of other visitors.
   */
  publicHost?: string;
  /** The clock, in milliseconds (tests move it by hand). */
  now?: () => number;
};

/** A GET as the Fetch API sees it (only GETs reach the cache). */
function toFetchRequest(req: ExpressRequest): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  return new Request(`${req.protocol}://${req.get("host")}${req.originalUrl}`, { headers });
}

/** A response that is not kept (an error page, a redirect, one that sets a cookie), filled in for this person. */
async function sendFetchResponse(res: ExpressResponse, response: Response, fills: readonly [string, string][]) {
  res.status(response.status);
  for (const [name, value] of response.headers) if (name !== "set-cookie" && name !== "content-length") res.setHeader(name, value);
  const cookies = response.headers.getSetCookie();
  if (cookies.length) res.setHeader("Set-Cookie", cookies);
  const text = /^text\//.test(response.headers.get("content-type") ?? "");
  res.send(text ? fillPlaceholders(await response.text(), fills) : Buffer.from(await response.arrayBuffer()));
}

const CACHEABLE_PATH = /^\/(?:products(?:\/[a-z0-9-]+)?|producers(?:\/[a-z0-9-]+)?|collections\/[a-z0-9-]+|search)?$/;
const NONCE_SLOT = "\u0000nonce\u0000";

const TEXT_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };
const SCRIPT_ESCAPES: Record<string, string> = { "&": "\\u0026", "<": "\\u003c", ">": "\\u003e", "\u2028": "\\u2028", "\u2029": "\\u2029" };

/** As React writes text and attribute values. */
const asHtmlText = (text: string) => text.replace(/[&<>"']/g, (c) => TEXT_ESCAPES[c]);

/**
 * As a string in Remix's loader data inside its inline script: a JSON string (turbo-stream)
 * within a JSON string (the script's argument), with what would end the script escaped.
 */
const asStreamedString = (text: string) =>
  JSON.stringify(JSON.stringify(text))
    .slice(1, -1)
    .replace(/[&<>\u2028\u2029]/g, (c) => SCRIPT_ESCAPES[c]);

/** The page for one person: each placeholder in the loader data first, then in the markup. */
export function fillPlaceholders(body: string, fills: readonly [string, string][]) {
  let page = body;
  for (const [slot, text] of fills) page = page.split(`\\"${slot}\\"`).join(asStreamedString(text)).split(slot).join(asHtmlText(text));
  return page;
}

type Entry = { expires: number; headers: [string, string][]; body: string };

export function pageCache(options: PageCacheOptions) {
  const entries = new Map<string, Entry>();
  const maxEntries = options.maxEntries ?? 500;
  const now = options.now ?? Date.now;

  function send(res: ExpressResponse, entry: Entry, look: SharedLook, nonce: string, state: "hit" | "miss") {
    for (const [name, value] of entry.headers) res.setHeader(name, value);
    res.setHeader("X-Page-Cache", state);
    res.status(200).send(fillPlaceholders(entry.body, look.fills).split(NONCE_SLOT).join(nonce));
  }

  async function serve(req: ExpressRequest, res: ExpressResponse, next: NextFunction) {
    if (options.seconds <= 0 || req.method !== "GET" || !CACHEABLE_PATH.test(req.path) || "lang" in req.query) return next();
    if (options.publicHost && req.get("host") !== options.publicHost) return next();
    try {
      const request = toFetchRequest(req);
      const look = await options.lookOf(request);
      const key = `${req.originalUrl}|${look.key}`;
      const nonce = res.locals.cspNonce as string;
      const cached = entries.get(key);
      if (cached && cached.expires > now()) {
        await options.recordVisit?.(request);
        return send(res, cached, look, nonce, "hit");
      }
      const response = await options.render(request, req, res, look.look);
      const html = response.headers.get("content-type")?.startsWith("text/html");
      if (response.status !== 200 || !html || response.headers.has("set-cookie")) return sendFetchResponse(res, response, look.fills);
      const body = await response.text();
      const entry: Entry = {
        expires: now() + options.seconds * 1000,
        headers: [...response.headers].filter(([name]) => name !== "content-length" && name !== "content-encoding"),
        body: nonce ? body.split(nonce).join(NONCE_SLOT) : body,
      };
      entries.delete(key);
      entries.set(key, entry);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
      send(res, entry, look, nonce, "miss");
    } catch (error) {
      next(error);
    }
  }

  // serve() hands its own errors to next(): Express 4 would not see a rejected promise.
  return function pageCacheMiddleware(req: ExpressRequest, res: ExpressResponse, next: NextFunction) {
    void serve(req, res, next);
  };
}
