import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import express from "express";
import type { UploadStore } from "../models/images/upload-store.server";

/** Return photos (fileKey `r-…`) live among the uploads, but only their order's route may serve them. */
const PRIVATE_PREFIX = "r-";
/** `<fileKey>/<width>.<ext>`, the only names in the store. */
const UPLOAD_KEY = /^[a-z0-9-]+\/[a-z0-9-]+\.(avif|webp|jpg)$/i;
const A_YEAR = 365 * 24 * 60 * 60;

/**
 * The first folder a static server would open for this path, read the way it reads it (decoded,
 * then normalised), so `//r-…`, `/./r-…` or `/%72-…` name the same folder as `/r-…`.
 */
function uploadFolder(urlPath: string): string | null {
  try {
    return (
      path.posix
        .normalize(`/${decodeURIComponent(urlPath)}`)
        .split("/")
        .find(Boolean) ?? ""
    );
  } catch {
    return null;
  }
}

function notFound(res: ServerResponse) {
  res.statusCode = 404;
  res.setHeader("Content-Type", "text/plain; charset=utf-8");
  res.end("Not found");
}

type Handler = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/**
 * A bucket streamed through the app, so pages keep same-origin image addresses (the content
 * security policy, no JavaScript needed) and any node behind the balancer serves any upload, with
 * the same year-long immutable caching as files on disk and the bucket's ETag.
 */
function fromBucket(store: UploadStore): Handler {
  return (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    let key: string;
    try {
      key = decodeURIComponent((req.url ?? "/").split("?")[0]).replace(/^\/+/, "");
    } catch {
      return notFound(res);
    }
    if (!UPLOAD_KEY.test(key)) return notFound(res);
    store
      .get(key)
      .then(async (object) => {
        if (!object) return notFound(res);
        res.setHeader("Cache-Control", `public, max-age=${A_YEAR}, immutable`);
        res.setHeader("Content-Type", object.contentType);
        if (object.etag) res.setHeader("ETag", object.etag);
        if (object.lastModified) res.setHeader("Last-Modified", object.lastModified);
        if ((object.etag && req.headers["if-none-match"] === object.etag) || req.method === "HEAD") {
          object.body.destroy();
          if (req.method === "HEAD") res.setHeader("Content-Length", String(object.size));
          else res.statusCode = 304;
          res.end();
          return;
        }
        res.setHeader("Content-Length", String(object.size));
        await pipeline(object.body, res);
      })
      .catch(next);
  };
}

/**
 * Processed images, immutable by name, from a folder (UPLOADS_DIR, a path string or a disk store)
 * or a bucket; private ones are not found here. Plain Node types: Vite's dev server mounts it too.
 */
export function uploadsHandler(source: string | UploadStore, options: { production: boolean }) {
  const serve: Handler =
    typeof source === "string" || source.kind === "disk"
      ? (express.static(
          typeof source === "string" ? source : source.dir,
          options.production ? { immutable: true, maxAge: "1y", index: false, dotfiles: "deny", fallthrough: false } : { index: false },
        ) as unknown as Handler)
      : fromBucket(source);
  return (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => {
    const folder = uploadFolder((req.url ?? "/").split("?")[0]);
    if (folder === null || folder.startsWith(PRIVATE_PREFIX)) return notFound(res);
    serve(req, res, next);
  };
}
