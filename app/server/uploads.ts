import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import express, { type Response } from "express";

/** Return photos (fileKey `r-…`) live among the uploads, but only their order's route may serve them. */
const PRIVATE_PREFIX = "r-";

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

/** Processed images under UPLOADS_DIR, immutable by name; private ones are not found here. Plain Node types: Vite's dev server mounts it too. */
export function uploadsHandler(uploadsDir: string, options: { production: boolean }) {
  const serve = express.static(
    uploadsDir,
    options.production ? { immutable: true, maxAge: "1y", index: false, dotfiles: "deny", fallthrough: false } : { index: false },
  );
  return (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => {
    const folder = uploadFolder((req.url ?? "/").split("?")[0]);
    if (folder === null || folder.startsWith(PRIVATE_PREFIX)) {
      res.statusCode = 404;
      res.setHeader("Content-Type", "text/plain; charset=utf-8");
      res.end("Not found");
      return;
    }
    serve(req, res as Response, next);
  };
}
