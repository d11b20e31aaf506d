import path from "node:path";
import { vitePlugin as remix } from "@remix-run/dev";
import express from "express";
import { defineConfig, type Plugin } from "vite";
import tsconfigPaths from "vite-tsconfig-paths";
import remixOptions from "./remix.config.js";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

/** In development, processed images are served the way app/server/http-server.ts serves them in production. */
function uploadsInDevelopment(): Plugin {
  return {
    name: "abad-uploads",
    configureServer(server) {
      const serveUploads = express.static(path.resolve(process.env.UPLOADS_DIR ?? "data/uploads"), { index: false });
      server.middlewares.use("/uploads", (req, res, next) => serveUploads(req, res as express.Response, next));
    },
  };
}

export default defineConfig({
  plugins: [uploadsInDevelopment(), remix(remixOptions), tsconfigPaths()],
  server: { port: 3000 },
  // Server-only native modules: the dev dependency scan must not try to bundle them for browsers.
  optimizeDeps: { exclude: ["@node-rs/argon2", "better-sqlite3", "sharp"] },
  build: { target: "es2022" },
});
