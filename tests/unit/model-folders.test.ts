/**
 * The domain folders under app/models form a layered graph: a folder may use another's exported
 * functions, but never while that folder (directly or through others) uses it back. A cycle means
 * two domains own one thing between them; move the shared part down or the orchestration up.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const MODELS = path.resolve("app/models");

/** `from "~/models/<folder>/…"`, `import("~/models/<folder>/…")` and relative paths that leave the folder. */
function importedFolders(file: string, folder: string): string[] {
  const source = fs.readFileSync(file, "utf8");
  const specifiers = [...source.matchAll(/(?:from|import\()\s*["']([^"']+)["']/g)].map((match) => match[1]);
  return specifiers.flatMap((specifier) => {
    const target = specifier.startsWith("~/models/")
      ? path.join(MODELS, specifier.slice("~/models/".length))
      : specifier.startsWith(".")
        ? path.resolve(path.dirname(file), specifier)
        : null;
    if (!target) return [];
    const other = path.relative(MODELS, target).split(path.sep)[0];
    return other !== folder && !other.startsWith("..") && fs.existsSync(path.join(MODELS, other)) && fs.statSync(path.join(MODELS, other)).isDirectory()
      ? [other]
      : [];
  });
}

function folderGraph(root = MODELS): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const folder of fs
    .readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)) {
    const edges = new Set<string>();
    for (const file of fs.readdirSync(path.join(root, folder), { recursive: true, encoding: "utf8" })) {
      if (/\.tsx?$/.test(file)) for (const other of importedFolders(path.join(root, folder, file), folder)) edges.add(other);
    }
    graph.set(folder, edges);
  }
  return graph;
}

/** Every cycle's folders, found by depth-first search (each cycle reported once per starting folder). */
function cycles(graph: Map<string, Set<string>>): string[][] {
  const found = new Map<string, string[]>();
  const walk = (start: string, at: string, trail: string[]) => {
    for (const next of graph.get(at) ?? []) {
      if (next === start) {
        const cycle = [...trail];
        found.set([...cycle].sort().join(","), cycle);
      } else if (!trail.includes(next) && next > start) walk(start, next, [...trail, next]);
    }
  };
  for (const folder of graph.keys()) walk(folder, folder, [folder]);
  return [...found.values()].map((cycle) => [...cycle, cycle[0]]);
}

describe("app/models folders", () => {
  it("never import each other, directly or round a longer loop", () => {
    const graph = folderGraph();
    expect(graph.size).toBeGreaterThan(10);
    expect(cycles(graph).map((cycle) => cycle.join(" → "))).toEqual([]);
  });

  it("would see a cycle", () => {
    const graph = new Map([
      ["orders", new Set(["payments", "mail"])],
      ["payments", new Set(["mail", "insights"])],
      ["insights", new Set(["orders"])],
      ["mail", new Set<string>()],
    ]);
    expect(cycles(graph).map((cycle) => cycle.join(" → "))).toEqual(["insights → orders → payments → insights"]);
  });
});
