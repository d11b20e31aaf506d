/**
 * Gzipped JavaScript a browser downloads for each page, read from the Remix build manifest:
 * the entry, the root route and the page's own route module with all their imports.
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

type RouteEntry = { module: string; imports?: string[] };
type RemixManifest = { entry: RouteEntry; routes: Record<string, RouteEntry & { parentId?: string }> };

export function readManifest(clientDir = path.resolve("build/client")): RemixManifest {
  const assets = path.join(clientDir, "assets");
  const file = fs.readdirSync(assets).find((name) => /^manifest-[\w-]+\.js$/.test(name));
  if (!file) throw new Error("no Remix manifest in build/client/assets: run npm run build");
  const source = fs.readFileSync(path.join(assets, file), "utf8");
  return JSON.parse(source.slice(source.indexOf("{"), source.lastIndexOf("}") + 1)) as RemixManifest;
}

export function gzippedJsPerRoute(routeIds: string[], clientDir = path.resolve("build/client")) {
  const manifest = readManifest(clientDir);
  const sizeCache = new Map<string, number>();
  const gz = (url: string) => {
    let size = sizeCache.get(url);
    if (size === undefined) {
      size = zlib.gzipSync(fs.readFileSync(path.join(clientDir, url))).length;
      sizeCache.set(url, size);
    }
    return size;
  };
  return routeIds.map((id) => {
    const files = new Set<string>();
    const add = (entry: RouteEntry | undefined) => {
      if (!entry) return;
      files.add(entry.module);
      for (const imported of entry.imports ?? []) files.add(imported);
    };
    add(manifest.entry);
    for (let route = manifest.routes[id]; route; route = route.parentId ? manifest.routes[route.parentId] : (undefined as never)) add(route);
    let bytes = 0;
    for (const file of files) bytes += gz(file);
    return { id, bytes };
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  for (const { id, bytes } of gzippedJsPerRoute(Object.keys(readManifest().routes))) {
    console.log(`${id.padEnd(48)} ${(bytes / 1024).toFixed(1)} KB`);
  }
}
