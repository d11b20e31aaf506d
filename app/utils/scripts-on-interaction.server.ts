import { StringDecoder } from "node:string_decoder";
import { Transform } from "node:stream";

/**
 * JavaScript only enhances these pages (every form works without it), so it should not compete
 * with the page's own HTML, styles, fonts and first pictures on a slow phone, nor hold its main
 * thread while the page loads. Remix's <Scripts> preloads every module at high priority and
 * imports the routes at once; this rewrites its output so the modules are only prefetched into
 * the cache once the page has loaded and been drawn, and evaluated and hydrated on the
 * visitor's first sign of life (a touch, scroll, key, focus or pointer move). Until then a tap is
 * a plain link or form post, as it is without JavaScript. Measured on the home page (bench
 * main-thread CPU, the browser's own thread time): 410 ms of main-thread work during the load
 * before, 210 ms after.
 */
const MODULE_SCRIPT = /<script([^>]*) type="module" async="">([\s\S]*?)<\/script>/;
const MODULE_PRELOAD = /<link rel="modulepreload" href="([^"]+)"\/>/g;
const STATIC_IMPORT = /import \* as (\w+) from "([^"]+)";/g;
const MANIFEST = /(window\.__remixManifest = )(\{[\s\S]*?\n\});/;
const PREFETCH_AFTER_PAINT = "prefetch-after-paint";
const FIRST_INTERACTION = ["pointerdown", "touchstart", "keydown", "focusin", "mousemove", "wheel", "scroll"];

/** Remix writes its route manifest indented; the same JSON on one line is what every page sends. */
function compactManifest(script: string) {
  return script.replace(MANIFEST, (whole, assign: string, json: string) => {
    try {
      return `${assign}${JSON.stringify(JSON.parse(json))};`;
    } catch {
      return whole;
    }
  });
}

export function scriptsOnInteraction(html: string): string {
  const script = MODULE_SCRIPT.exec(html);
  if (!script) return html;
  const [whole, attributes, body] = script;
  const imports = [...body.matchAll(STATIC_IMPORT)].map(([, name, href]) => ({ name, href }));
  const rest = compactManifest(body.replace(STATIC_IMPORT, "").trim().replace(/^;/, ""));
  const deferred =
    `(() => {` +
    `const events = ${JSON.stringify(FIRST_INTERACTION)};` +
    `const hydrate = () => {` +
    `events.forEach((type) => removeEventListener(type, hydrate, true));` +
    `Promise.all([${imports.map(({ href }) => `import(${JSON.stringify(href)})`).join(", ")}]).then(([${imports.map(({ name }) => name).join(", ")}]) => {${rest}});` +
    `};` +
    `events.forEach((type) => addEventListener(type, hydrate, { capture: true, passive: true }));` +
    `const prefetch = () => document.querySelectorAll('link[rel="${PREFETCH_AFTER_PAINT}"]').forEach((link) => { link.rel = "prefetch"; });` +
    `const afterNextFrame = () => requestAnimationFrame(() => setTimeout(prefetch));` +
    `const afterFirstPaint = () => PerformanceObserver.supportedEntryTypes?.includes("paint") ? new PerformanceObserver((list, observer) => { if (list.getEntriesByName("first-contentful-paint").length) { observer.disconnect(); afterNextFrame(); } }).observe({ type: "paint", buffered: true }) : afterNextFrame();` +
    `document.readyState === "complete" ? afterFirstPaint() : addEventListener("load", afterFirstPaint, { once: true });` +
    `})();`;
  // An unknown rel fetches nothing; they become prefetches once the page has loaded and its first
  // screen is drawn (the frame after its first contentful paint). Even a lowest-priority prefetch
  // started earlier shares a slow phone's bandwidth with the first screen's pictures: Lighthouse's
  // simulation put a product page's LCP at up to 2.7 s with them, 1.2 s without. React hydrates
  // these elements as they are.
  const prefetches = html.slice(0, script.index).replace(MODULE_PRELOAD, `<link rel="${PREFETCH_AFTER_PAINT}" href="$1"/>`);
  return prefetches + `<script${attributes} type="module">${deferred}</script>` + html.slice(script.index + whole.length);
}

/** The response stream with scriptsOnInteraction applied to the shell (everything up to Remix's module script). */
export function scriptsOnInteractionStream() {
  const decoder = new StringDecoder("utf8");
  let shell: string | null = "";
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      // React 18 sends its whole 2 KB buffer when the next character does not fit, with the
      // unused bytes as zeros (facebook/react#26228, fixed in React 19); HTML never has a 0 byte.
      let end = chunk.length;
      while (end > 0 && chunk[end - 1] === 0) end--;
      // Decoded throughout, so a character split between two chunks survives the switch.
      const text = decoder.write(end === chunk.length ? chunk : chunk.subarray(0, end));
      if (shell === null) return callback(null, text);
      shell += text;
      const start = shell.search(MODULE_SCRIPT);
      if (start === -1) return callback();
      const html = scriptsOnInteraction(shell);
      shell = null;
      callback(null, html);
    },
    flush(callback) {
      callback(null, (shell ?? "") + decoder.end());
    },
  });
}
