import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { scriptsOnInteraction, scriptsOnInteractionStream } from "~/utils/scripts-on-interaction.server";

const SHELL =
  '<html><head></head><body><main>Bal</main><link rel="modulepreload" href="/assets/entry.client-A.js"/><link rel="modulepreload" href="/assets/root-B.js"/>' +
  '<script nonce="n1" type="module" async="">;\nimport * as route0 from "/assets/root-B.js";\nimport * as route1 from "/assets/_index-C.js";\nwindow.__remixManifest = {"version":"1"};\nwindow.__remixRouteModules = {"root":route0,"routes/_index":route1};\n\nimport("/assets/entry.client-A.js");</script></body></html>';

describe("scripts on the first interaction", () => {
  it("requests no module at high priority and keeps React's elements for hydration", () => {
    const html = scriptsOnInteraction(SHELL);
    expect(html).not.toContain('rel="modulepreload"');
    expect(html).toContain('<link rel="prefetch" href="/assets/entry.client-A.js"/><link rel="prefetch" href="/assets/root-B.js"/>');
    expect(html).not.toMatch(/^import \* as/m);
    expect(html).toContain('<script nonce="n1" type="module">');
  });

  it("runs Remix's own script on the first interaction only, once", () => {
    const html = scriptsOnInteraction(SHELL);
    const script = /<script nonce="n1" type="module">([\s\S]*?)<\/script>/.exec(html)![1];
    const imported: string[] = [];
    const fakeWindow: Record<string, unknown> = {};
    const listeners = new Map<string, () => void>();
    const run = new Function("addEventListener", "removeEventListener", "window", "importModule", script.replaceAll("import(", "importModule("));
    const importModule = (href: string) => {
      imported.push(href);
      return Promise.resolve({ href });
    };
    run(
      (type: string, listener: () => void) => listeners.set(type, listener),
      (type: string, listener: () => void) => listeners.get(type) === listener && listeners.delete(type),
      fakeWindow,
      importModule,
    );
    expect(imported).toEqual([]);
    expect([...listeners.keys()].sort()).toEqual(["focusin", "keydown", "mousemove", "pointerdown", "scroll", "touchstart", "wheel"]);
    listeners.get("touchstart")!();
    // Started once: every other interaction's listener is gone.
    expect([...listeners.keys()]).toEqual([]);
    return new Promise<void>((resolve) => setTimeout(resolve)).then(() => {
      expect(imported).toEqual(["/assets/root-B.js", "/assets/_index-C.js", "/assets/entry.client-A.js"]);
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
});
