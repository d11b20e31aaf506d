/**
 * One error boundary per area (README, "One error convention"): the root's for the storefront and
 * account pages, and the admin, dashboard and centre layouts' for their pages. A page of an area
 * needs none of its own; the catch-all 404 keeps one so its title stays "404".
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "components" ? [] : routeFiles(file);
    return /\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

describe("error boundaries", () => {
  it("are the root's and one per area layout, and no page re-exports one", () => {
    const withBoundary = ["app/root.tsx", ...routeFiles("app/routes")]
      .filter((file) => /export function ErrorBoundary\b/.test(fs.readFileSync(file, "utf8")))
      .map((file) => file.split(path.sep).join("/"))
      .sort();
    expect(withBoundary).toEqual([
      "app/root.tsx",
      "app/routes/$.tsx",
      "app/routes/admin/admin.tsx",
      "app/routes/centre/centre.tsx",
      "app/routes/dashboard/dashboard.tsx",
    ]);
  });
});
