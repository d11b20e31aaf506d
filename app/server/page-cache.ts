/**
 * A few seconds of memory for the storefront's anonymous pages. Visitors without a session or
 * cart cookie all see the same catalogue and product pages, so one render serves everyone for
 * PAGE_CACHE_SECONDS; signed-in shoppers, carts, searches and language switches always render.
 * The CSP nonce is swapped per response, and product views are still recorded on every hit.
 */
import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from "express";

export type PageCacheOptions = {
  seconds: number;
  maxEntries?: number;
  /** Renders one request (the Remix handler). */
  render: (request: Request, req: ExpressRequest, res: ExpressResponse) => Promise<Response>;
  /** Called for a product page served from memory, so its view still counts. */
  recordView?: (request: Request) => Promise<void>;
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

async function sendFetchResponse(res: ExpressResponse, response: Response) {
  res.status(response.status);
  for (const [name, value] of response.headers) if (name !== "set-cookie") res.setHeader(name, value);
  const cookies = response.headers.getSetCookie();
  if (cookies.length) res.setHeader("Set-Cookie", cookies);
  res.send(Buffer.from(await response.arrayBuffer()));
}

const CACHEABLE_PATH = /^\/(?:products(?:\/[a-z0-9-]+)?|producers(?:\/[a-z0-9-]+)?)?$/;
const NONCE_SLOT = "\u0000nonce\u0000";

type Entry = { expires: number; headers: [string, string][]; body: string };

export function pageCache(options: PageCacheOptions) {
  const entries = new Map<string, Entry>();
  const maxEntries = options.maxEntries ?? 500;
  const now = options.now ?? Date.now;

  function send(res: ExpressResponse, entry: Entry, nonce: string, state: "hit" | "miss") {
    for (const [name, value] of entry.headers) res.setHeader(name, value);
    res.setHeader("X-Page-Cache", state);
    res.status(200).send(entry.body.split(NONCE_SLOT).join(nonce));
  }

  async function serve(req: ExpressRequest, res: ExpressResponse, next: NextFunction) {
    if (options.seconds <= 0 || req.method !== "GET" || !CACHEABLE_PATH.test(req.path)) return next();
    if ("lang" in req.query || "q" in req.query) return next();
    if (options.publicHost && req.get("host") !== options.publicHost) return next();
    const cookie = req.get("cookie") ?? "";
    if (/(?:^|;\s*)(?:__session|cart)=/.test(cookie)) return next();
    try {
      const key = [req.originalUrl, /(?:^|;\s*)lang=([^;]*)/.exec(cookie)?.[1] ?? "", (req.get("accept-language") ?? "").slice(0, 64)].join("|");
      const nonce = res.locals.cspNonce as string;
      const request = toFetchRequest(req);
      const cached = entries.get(key);
      if (cached && cached.expires > now()) {
        if (options.recordView && req.path.startsWith("/products/")) await options.recordView(request);
        return send(res, cached, nonce, "hit");
      }
      const response = await options.render(request, req, res);
      const html = response.headers.get("content-type")?.startsWith("text/html");
      if (response.status !== 200 || !html || response.headers.has("set-cookie")) return sendFetchResponse(res, response);
      const body = await response.text();
      const entry: Entry = {
        expires: now() + options.seconds * 1000,
        headers: [...response.headers].filter(([name]) => name !== "content-length" && name !== "content-encoding"),
        body: nonce ? body.split(nonce).join(NONCE_SLOT) : body,
      };
      entries.delete(key);
      entries.set(key, entry);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
      send(res, entry, nonce, "miss");
    } catch (error) {
      next(error);
    }
  }

  // serve() hands its own errors to next(): Express 4 would not see a rejected promise.
  return function pageCacheMiddleware(req: ExpressRequest, res: ExpressResponse, next: NextFunction) {
    void serve(req, res, next);
  };
}
