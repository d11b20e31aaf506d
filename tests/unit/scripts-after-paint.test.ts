import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { scriptsAfterPaint, scriptsAfterPaintStream } from "~/utils/scripts-after-paint.server";

const SHELL =
  '<html><head></head><body><main>Bal</main><link rel="modulepreload" href="/assets/entry.client-A.js"/><link rel="modulepreload" href="/assets/root-B.js"/>' +
  '<script nonce="n1" type="module" async="">;\nimport * as route0 from "/assets/root-B.js";\nimport * as route1 from "/assets/_index-C.js";\nwindow.__remixManifest = {"version":"1"};\nwindow.__remixRouteModules = {"root":route0,"routes/_index":route1};\n\nimport("/assets/entry.client-A.js");</script></body></html>';

describe("scripts after paint", () => {
  it("requests no module before the page has loaded, and keeps React's elements for hydration", () => {
    const html = scriptsAfterPaint(SHELL);
    expect(html).not.toContain('rel="modulepreload"');
    expect(html).toContain('<link rel="x-modulepreload" href="/assets/entry.client-A.js"/><link rel="x-modulepreload" href="/assets/root-B.js"/>');
    expect(html).not.toMatch(/^import \* as/m);
    expect(html).toContain('<script nonce="n1" type="module">');
    expect(html).toContain('addEventListener("load", afterPaint, { once: true })');
  });

  it("runs Remix's own script unchanged once started, with the routes imported under their names", () => {
    const html = scriptsAfterPaint(SHELL);
    const script = /<script nonce="n1" type="module">([\s\S]*?)<\/script>/.exec(html)![1];
    const calls: string[] = [];
    const fakeWindow: Record<string, unknown> = {};
    const listeners: (() => void)[] = [];
    const run = new Function(
      "document",
      "addEventListener",
      "requestAnimationFrame",
      "setTimeout",
      "window",
      "importModule",
      script.replaceAll("import(", "importModule("),
    );
    const document = {
      readyState: "loading",
      visibilityState: "visible",
      head: { append: (link: { href: string }) => calls.push(`preload ${link.href}`) },
      createElement: () => ({}),
    };
    const importModule = (href: string) => {
      calls.push(`import ${href}`);
      return Promise.resolve({ href });
    };
    const tasks: (() => void)[] = [];
    run(
      document,
      (_: string, listener: () => void) => listeners.push(listener),
      (frame: () => void) => frame(),
      (task: () => void) => tasks.push(task),
      fakeWindow,
      importModule,
    );
    expect(calls).toEqual([]);
    listeners.forEach((listener) => listener());
    // Each task requests one module, so no task on a slow phone grows long.
    const perTask: number[] = [];
    while (tasks.length > 0) {
      const before = calls.length;
      tasks.shift()!();
      perTask.push(calls.length - before);
    }
    expect(perTask).toEqual([1, 1, 2]);
    return new Promise<void>((resolve) => setTimeout(resolve)).then(() => {
      expect(calls).toEqual([
        "preload /assets/entry.client-A.js",
        "preload /assets/root-B.js",
        "import /assets/root-B.js",
        "import /assets/_index-C.js",
        "import /assets/entry.client-A.js",
      ]);
      expect(fakeWindow.__remixRouteModules).toEqual({ root: { href: "/assets/root-B.js" }, "routes/_index": { href: "/assets/_index-C.js" } });
    });
  });

  it("rewrites the shell however the stream splits it, even inside a character, and passes the rest through", async () => {
    const bytes = Buffer.from(SHELL.replace("Bal", "Bəl") + "<script>stream()</script>");
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(i * 7, i * 7 + 7));
    let out = "";
    for await (const chunk of Readable.from(chunks).pipe(scriptsAfterPaintStream())) out += chunk.toString();
    expect(out).toBe(scriptsAfterPaint(SHELL.replace("Bal", "Bəl")) + "<script>stream()</script>");
  });
});
