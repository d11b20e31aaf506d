import { StringDecoder } from "node:string_decoder";
import { Transform } from "node:stream";

/**
 * JavaScript only enhances these pages (every form works without it), so it should not compete
 * with the page's own HTML, styles, fonts and first pictures on a slow phone connection.
 * Remix's <Scripts> preloads every module at high priority and imports the routes at once; this
 * rewrites its output so the modules are requested after the page has loaded and painted, then
 * hydrate as before.
 */
const MODULE_SCRIPT = /<script([^>]*) type="module" async="">([\s\S]*?)<\/script>/;
const MODULE_PRELOAD = /<link rel="modulepreload" href="([^"]+)"\/>/g;
const STATIC_IMPORT = /import \* as (\w+) from "([^"]+)";/g;

export function scriptsAfterPaint(html: string): string {
  const script = MODULE_SCRIPT.exec(html);
  if (!script) return html;
  const [whole, attributes, body] = script;
  const preloads = [...html.matchAll(MODULE_PRELOAD)].map((match) => match[1]);
  const imports = [...body.matchAll(STATIC_IMPORT)].map(([, name, href]) => ({ name, href }));
  const rest = body.replace(STATIC_IMPORT, "").trim().replace(/^;/, "");
  const deferred =
    `(() => {` +
    `const preloads = ${JSON.stringify(preloads)};` +
    // One preload per task: each request costs a slow phone's main thread a few milliseconds, and
    // twenty of them in one task made a long one.
    `const start = () => {` +
    `const href = preloads.shift();` +
    `if (href === undefined) { Promise.all([${imports.map(({ href }) => `import(${JSON.stringify(href)})`).join(", ")}]).then(([${imports.map(({ name }) => name).join(", ")}]) => {${rest}}); return; }` +
    `const link = document.createElement("link"); link.rel = "modulepreload"; link.href = href; document.head.append(link);` +
    `setTimeout(start);` +
    `};` +
    // After the frame that follows load, so the loaded page is on screen first; a hidden tab paints no frames.
    `const afterPaint = () => (document.visibilityState === "hidden" ? start() : requestAnimationFrame(() => setTimeout(start)));` +
    `if (document.readyState === "complete") afterPaint(); else addEventListener("load", afterPaint, { once: true });` +
    `})();`;
  // The link elements stay, inert, because React hydrates them; a rel browsers do not know fetches nothing.
  const inertPreloads = html.slice(0, script.index).replace(MODULE_PRELOAD, '<link rel="x-modulepreload" href="$1"/>');
  return inertPreloads + `<script${attributes} type="module">${deferred}</script>` + html.slice(script.index + whole.length);
}

/** The response stream with scriptsAfterPaint applied to the shell (everything up to Remix's module script). */
export function scriptsAfterPaintStream() {
  const decoder = new StringDecoder("utf8");
  let shell: string | null = "";
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      // Decoded throughout, so a character split between two chunks survives the switch.
      if (shell === null) return callback(null, decoder.write(chunk));
      shell += decoder.write(chunk);
      const start = shell.search(MODULE_SCRIPT);
      if (start === -1) return callback();
      const html = scriptsAfterPaint(shell);
      shell = null;
      callback(null, html);
    },
    flush(callback) {
      callback(null, (shell ?? "") + decoder.end());
    },
  });
}
