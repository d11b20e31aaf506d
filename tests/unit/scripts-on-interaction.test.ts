import { PassThrough, Readable } from "node:stream";
import { createElement } from "react";
import { renderToPipeableStream } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { scriptsOnInteraction, scriptsOnInteractionStream } from "~/utils/scripts-on-interaction.server";

/** The route manifest as Remix writes it: indented. */
const MANIFEST = { version: "1", routes: { root: { id: "root", module: "/assets/root-B.js", imports: ["/assets/i18n-D.js"] } } };
const SHELL =
  '<html><head></head><body><main>Bal</main><link rel="modulepreload" href="/assets/entry.client-A.js"/><link rel="modulepreload" href="/assets/root-B.js"/>' +
  `<script nonce="n1" type="module" async="">;\nimport * as route0 from "/assets/root-B.js";\nimport * as route1 from "/assets/_index-C.js";\nwindow.__remixManifest = ${JSON.stringify(MANIFEST, null, 2)};\nwindow.__remixRouteModules = {"root":route0,"routes/_index":route1};\n\nimport("/assets/entry.client-A.js");</script></body></html>`;

/** Runs the rewritten module script with a fake window: what it imports, listens to and prefetches. */
function runScript(html: string) {
  const script = /<script nonce="n1" type="module">([\s\S]*?)<\/script>/.exec(html)![1];
  const imported: string[] = [];
  const fakeWindow: Record<string, unknown> = {};
  const listeners = new Map<string, () => void>();
  const links = [...html.matchAll(/<link rel="([^"]+)" href="([^"]+)"\/>/g)].map(([, rel, href]) => ({ rel, href }));
  const document = {
    readyState: "interactive",
    querySelectorAll: (selector: string) => links.filter((link) => selector === `link[rel="${link.rel}"]`),
  };
  // the browser's paint timeline, frames and timers, run when the test says
  const paintObservers: ((names: string[]) => void)[] = [];
  class FakePerformanceObserver {
    static supportedEntryTypes = ["paint"];
    constructor(private callback: (list: { getEntriesByName(name: string): unknown[] }, observer: FakePerformanceObserver) => void) {}
    observe() {
      paintObservers.push((names) => this.callback({ getEntriesByName: (name) => names.filter((n) => n === name) }, this));
    }
    disconnect() {
      paintObservers.length = 0;
    }
  }
  const frames: (() => void)[] = [];
  const run = new Function(
    "addEventListener",
    "removeEventListener",
    "window",
    "document",
    "importModule",
    "PerformanceObserver",
    "requestAnimationFrame",
    "setTimeout",
    script.replaceAll("import(", "importModule("),
  );
  run(
    (type: string, listener: () => void) => listeners.set(type, listener),
    (type: string, listener: () => void) => listeners.get(type) === listener && listeners.delete(type),
    fakeWindow,
    document,
    (href: string) => {
      imported.push(href);
      return Promise.resolve({ href });
    },
    FakePerformanceObserver,
    (callback: () => void) => frames.push(callback),
    (callback: () => void) => frames.push(callback),
  );
  const paint = (name: string) => [...paintObservers].forEach((deliver) => deliver([name]));
  const nextFrames = () => frames.splice(0).forEach((callback) => callback());
  return { imported, fakeWindow, listeners, links, paint, nextFrames };
}

describe("scripts on the first interaction", () => {
  it("requests no module while the page loads and keeps React's elements for hydration", () => {
    const html = scriptsOnInteraction(SHELL);
    expect(html).not.toContain('rel="modulepreload"');
    expect(html).not.toContain('rel="prefetch"');
    expect(html).toContain('<link rel="prefetch-after-paint" href="/assets/entry.client-A.js"/><link rel="prefetch-after-paint" href="/assets/root-B.js"/>');
    expect(html).not.toMatch(/^import \* as/m);
    expect(html).toContain('<script nonce="n1" type="module">');
    // the manifest on one line, as JSON.stringify writes it without indentation
    expect(html).toContain(`window.__remixManifest = ${JSON.stringify(MANIFEST)};`);
  });

  it("prefetches the modules into the cache once the page has loaded and its first screen is drawn", () => {
    const { listeners, links, imported, paint, nextFrames } = runScript(scriptsOnInteraction(SHELL));
    const rels = () => links.map((link) => link.rel);
    expect(rels()).toEqual(["prefetch-after-paint", "prefetch-after-paint"]);
    listeners.get("load")!();
    paint("first-paint");
    nextFrames();
    expect(rels()).toEqual(["prefetch-after-paint", "prefetch-after-paint"]);
    paint("first-contentful-paint");
    // the frame after: pictures that arrived with the load event are drawn by then
    expect(rels()).toEqual(["prefetch-after-paint", "prefetch-after-paint"]);
    nextFrames();
    nextFrames();
    expect(rels()).toEqual(["prefetch", "prefetch"]);
    expect(imported).toEqual([]);
  });

  it("runs Remix's own script on the first interaction only, once", () => {
    const { imported, fakeWindow, listeners } = runScript(scriptsOnInteraction(SHELL));
    expect(imported).toEqual([]);
    expect([...listeners.keys()].sort()).toEqual(["focusin", "keydown", "load", "mousemove", "pointerdown", "scroll", "touchstart", "wheel"]);
    listeners.get("touchstart")!();
    // Started once: every other interaction's listener is gone.
    expect([...listeners.keys()]).toEqual(["load"]);
    return new Promise<void>((resolve) => setTimeout(resolve)).then(() => {
      expect(imported).toEqual(["/assets/root-B.js", "/assets/_index-C.js", "/assets/entry.client-A.js"]);
      expect(fakeWindow.__remixManifest).toEqual(MANIFEST);
      expect(fakeWindow.__remixRouteModules).toEqual({ root: { href: "/assets/root-B.js" }, "routes/_index": { href: "/assets/_index-C.js" } });
    });
  });

  it("rewrites the shell however the stream splits it, even inside a character, and passes the rest through", async () => {
    const bytes = Buffer.from(SHELL.replace("Bal", "Bəl") + "<script>stream()</script>");
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(i * 7, i * 7 + 7));
    let out = "";
    for await (const chunk of Readable.from(chunks).pipe(scriptsOnInteractionStream())) out += chunk.toString();
    expect(out).toBe(scriptsOnInteraction(SHELL.replace("Bal", "Bəl")) + "<script>stream()</script>");
  });

  it("drops the zero bytes React 18 leaves where a character did not fit at the end of its 2 KB buffer", async () => {
    // React 18.3's renderToPipeableStream sends its whole 2,048-byte buffer when the next
    // character does not fit, unused bytes and all (facebook/react#26228, fixed in React 19):
    // a 0 byte before an "ə" that falls on the boundary. In a script or an attribute the browser
    // reads it as U+FFFD, and the hydrated text no longer matches the server's.
    const names = Array.from({ length: 300 }, (_, i) => `Məmmədovlar ${i}`);
    const page = () => createElement("ul", null, ...names.map((name) => createElement("li", { key: name }, name)));
    const render = (through: (source: PassThrough) => NodeJS.ReadableStream) =>
      new Promise<string>((resolve, reject) => {
        const { pipe } = renderToPipeableStream(page(), {
          onAllReady() {
            const source = new PassThrough();
            let out = "";
            through(source)
              .on("data", (chunk: Buffer | string) => (out += chunk.toString()))
              .on("end", () => resolve(out))
              .on("error", reject);
            pipe(source);
          },
          onShellError: reject,
        });
      });
    expect(await render((source) => source)).toContain("\u0000");
    expect(await render((source) => source.pipe(scriptsOnInteractionStream()))).toBe(`<ul>${names.map((name) => `<li>${name}</li>`).join("")}</ul>`);
  });
});
