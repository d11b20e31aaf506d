import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { flatRoutes } from "@remix-run/fs-routes";
import type { RouteConfigEntry } from "@remix-run/route-config";
import { TMP_DIR } from "../setup/paths";

const APP_DIR = path.resolve("app");

/** Remix's Vite plugin names the app folder before it reads routes.ts; the test does the same. */
function useAppDirectory(dir: string) {
  (globalThis as { __remixAppDirectory?: string }).__remixAppDirectory = dir;
}

function files(entries: RouteConfigEntry[]): string[] {
  return entries.flatMap((entry) => [entry.file, ...files(entry.children ?? [])]);
}

function paths(entries: RouteConfigEntry[], parent = ""): string[] {
  return entries.flatMap((entry) => {
    const full = entry.path ? `${parent}/${entry.path}` : parent;
    return [...(entry.index || entry.path ? [full || "/"] : []), ...paths(entry.children ?? [], full)];
  });
}

describe("route config", () => {
  it("mounts every route module in app/routes and nothing else", async () => {
    useAppDirectory(APP_DIR);
    const { default: config } = await import("~/routes");
    const routed = new Set(files(await config));
    const modules = readdirSync(path.join(APP_DIR, "routes"), { recursive: true, encoding: "utf8" })
      .filter((file) => /\.tsx?$/.test(file) && !file.includes("components/"))
      .map((file) => `routes/${file}`);
    expect(modules.filter((file) => !routed.has(file))).toEqual([]);
    expect([...routed].filter((file) => !file.startsWith("routes/"))).toEqual([]);
  });

  it("keeps the admin and dashboard folders under their layouts, with the URLs the file names spell", async () => {
    useAppDirectory(APP_DIR);
    const { default: config } = await import("~/routes");
    const entries = await config;
    const admin = entries.find((entry) => entry.file === "routes/admin/admin.tsx");
    expect(paths(admin?.children ?? [], "/admin")).toContain("/admin/collections/:id");
    const dashboard = entries.find((entry) => entry.file === "routes/dashboard/dashboard.tsx");
    expect(paths(dashboard?.children ?? [], "/dashboard")).toContain("/dashboard/products/:id/photos");
    expect(paths(entries)).toEqual(expect.arrayContaining(["/", "/dashboard/team/accept", "/delivery"]));
  });

  it("ignores tests, server modules and components placed beside routes", async () => {
    const app = mkdtempSync(path.join(TMP_DIR, "routes-"));
    writeFileSync(path.join(app, "root.tsx"), "");
    mkdirSync(path.join(app, "routes/admin/components"), { recursive: true });
    for (const file of ["cart.tsx", "cart.test.ts", "cart.server.ts", "admin/admin.tsx", "admin/components/table.tsx"]) {
      writeFileSync(path.join(app, "routes", file), "");
    }
    useAppDirectory(app);
    const { ignoredRouteFiles } = await import("~/routes");
    const top = await flatRoutes({ ignoredRouteFiles });
    const admin = await flatRoutes({ rootDirectory: "routes/admin", ignoredRouteFiles });
    expect(files([...top, ...admin]).sort()).toEqual(["routes/admin/admin.tsx", "routes/cart.tsx"]);
  });
});
