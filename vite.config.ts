import path from "node:path";
import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig, type Plugin } from "vite";
import tsconfigPaths from "vite-tsconfig-paths";
import remixOptions from "./remix.config.js";
import { uploadsHandler } from "./app/server/uploads";

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
      const serveUploads = uploadsHandler(path.resolve(process.env.UPLOADS_DIR ?? "data/uploads"), { production: false });
      server.middlewares.use("/uploads", serveUploads);
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
