/**
 * The production HTTP server: security headers, same-origin check on writes, body limits,
 * static files, uploaded images, then Remix.
 */
import crypto from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";
import compression from "compression";
import express, { type NextFunction, type Request, type Response } from "express";
import { createRequestHandler } from "@remix-run/express";
import { createRequestHandler as createFetchHandler, type ServerBuild } from "@remix-run/node";
import { applyTrustProxy, clientAddress, type TrustProxy } from "./client-address";
import type { UploadStore } from "../models/images/upload-store.server";
import type { AppLoadContext } from "../utils/load-context";
import { pageCache, type SharedLook } from "./page-cache";
import { uploadsHandler } from "./uploads";

export const MAX_BODY_BYTES = 1024 * 1024;
export const MAX_UPLOAD_BODY_BYTES = 16 * 1024 * 1024;

const UPLOAD_PATHS = [/^\/dashboard\/products\/[^/]+\/photos$/, /^\/dashboard\/products\/import$/, /^\/dashboard\/profile$/];

type ServerOptions = {
  buildDir: string;
  /** where uploaded pictures are kept (a folder or an S3-compatible bucket) */
  uploads: UploadStore;
  /** Origins that forms may be sent on to (the Stripe Checkout page). */
  extraFormActions?: string[];
  /** How long anonymous storefront pages are reused (0: never). */
  pageCacheSeconds?: number;
  /** The site's own host (from APP_URL): only requests naming it are served from the page cache. */
  publicHost?: string;
  /** Which proxies' X-Forwarded-For is believed (TRUST_PROXY); none by default. */
  trustProxy?: TrustProxy;
};

function contentSecurityPolicy(nonce: string, extraFormActions: string[]) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self' ${extraFormActions.join(" ")}`.trim(),
    "frame-ancestors 'none'",
  ].join("; ");
}

const TOO_LARGE_PAGE = `<!doctype html><html lang="az"><meta charset="utf-8"><title>413</title>
<h1>413</h1><p lang="az">Göndərilən məlumat çox böyükdür.</p><p lang="en">The request is too large.</p><p lang="ru">Запрос слишком большой.</p></html>`;

function isSafeMethod(method: string) {
  return method === "GET" || method === "HEAD" || method === "OPTIONS";
}

/** Browsers send Origin on every cross-site POST: a foreign one is refused before any action runs. */
function sameOriginWrites(req: Request, res: Response, next: NextFunction) {
  if (isSafeMethod(req.method) || req.path === "/webhooks/stripe") return next();
  const origin = req.get("origin");
  const fetchSite = req.get("sec-fetch-site");
  let foreign = false;
  if (origin) {
    try {
      foreign = origin === "null" || new URL(origin).host !== req.get("host");
    } catch {
      foreign = true;
    }
  } else if (fetchSite === "cross-site") {
    foreign = true;
  }
  if (foreign) {
    res.status(403).type("text/plain").send("Cross-site form posts are not accepted.");
    return;
  }
  next();
}

function bodyLimits(req: Request, res: Response, next: NextFunction) {
  if (isSafeMethod(req.method)) return next();
  const limit = UPLOAD_PATHS.some((re) => re.test(req.path)) ? MAX_UPLOAD_BODY_BYTES : MAX_BODY_BYTES;
  const length = Number(req.get("content-length") ?? NaN);
  if (Number.isFinite(length) && length > limit) {
    res.status(413).type("html").set("Connection", "close").send(TOO_LARGE_PAGE);
    return;
  }
  if (!Number.isFinite(length) && req.get("transfer-encoding")) {
    // Streaming bodies of unknown size are counted as they arrive.
    let received = 0;
    req.on("data", (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) req.destroy();
    });
  }
  next();
}

export async function createApp(options: ServerOptions) {
  const build = (await import(pathToFileURL(path.join(options.buildDir, "server", "index.js")).href)) as ServerBuild;
  const app = express();
  app.disable("x-powered-by");
  // Every page carries a new CSP nonce, so an ETag of its body could never match again.
  app.set("etag", false);
  applyTrustProxy(app, options.trustProxy ?? false);

  app.use((req, res, next) => {
    const nonce = crypto.randomBytes(16).toString("base64");
    res.locals.cspNonce = nonce;
    res.set({
      "Content-Security-Policy": contentSecurityPolicy(nonce, options.extraFormActions ?? []),
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "DENY",
      "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
      "Cross-Origin-Opener-Policy": "same-origin",
    });
    next();
  });
  app.use(compression());
  app.use(sameOriginWrites);
  app.use(bodyLimits);

  const clientDir = path.join(options.buildDir, "client");
  app.use("/assets", express.static(path.join(clientDir, "assets"), { immutable: true, maxAge: "1y", index: false }));
  app.use("/uploads", uploadsHandler(options.uploads, { production: true }));
  app.use(express.static(clientDir, { maxAge: "1h", index: false }));

  const getLoadContext = (req: Request, res: Response) => ({
    cspNonce: res.locals.cspNonce as string,
    clientIp: clientAddress(req),
  });
  const renderPage = createFetchHandler(build, "production");
  const entry = build.entry.module as ServerBuild["entry"]["module"] & {
    pageLook: (request: globalThis.Request) => Promise<SharedLook>;
    recordCachedVisit: (request: globalThis.Request) => Promise<void>;
  };
  app.get(
    "*",
    pageCache({
      seconds: options.pageCacheSeconds ?? 0,
      publicHost: options.publicHost,
      lookOf: entry.pageLook,
      render: (request, req, res, look) => renderPage(request, { ...getLoadContext(req, res), look: look as AppLoadContext["look"] }),
      recordVisit: entry.recordCachedVisit,
    }),
  );
  // Remix's handler passes its own errors to next().
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  app.all("*", createRequestHandler({ build, mode: "production", getLoadContext }));

  // Errors from static serving (e.g. a missing upload) end here, never as a stack trace.
  app.use((error: { status?: number; statusCode?: number }, _req: Request, res: Response, _next: NextFunction) => {
    const status = error.status ?? error.statusCode ?? 500;
    if (status >= 500) console.error(error);
    res
      .status(status)
      .type("text/plain")
      .send(status === 404 ? "Not found" : "Error");
  });
  return app;
}

export async function startServer(options: ServerOptions & { port: number; host?: string }) {
  const app = await createApp(options);
  return new Promise<import("node:http").Server>((resolve) => {
    const server = app.listen(options.port, options.host ?? "0.0.0.0", () => resolve(server));
  });
}
