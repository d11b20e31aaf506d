import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { woff2Characters } from "../support/woff2-cmap";

const css = fs.readFileSync(path.join(import.meta.dirname, "../../app/styles/identity.css"), "utf8");
const fontFile = (subset: string) =>
  fs.readFileSync(path.join(import.meta.dirname, `../../node_modules/@fontsource/geologica/files/geologica-${subset}-600-normal.woff2`));

/** The custom properties of the light :root block and of the dark scheme's block. */
function schemes() {
  const dark = css.indexOf("@media (prefers-color-scheme: dark)");
  const read = (text: string) => Object.fromEntries([...text.matchAll(/(--color-[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));
  const light = read(css.slice(0, dark));
  return { light, dark: { ...light, ...read(css.slice(dark)) } };
}

function luminance(hex: string) {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string) {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

// Text colour, background, minimum ratio (AA: 4.5 for text, 3 for input borders).
const PAIRS: [string, string, number][] = [
  ["--color-ink", "--color-bg", 4.5],
  ["--color-ink", "--color-surface", 4.5],
  ["--color-ink", "--color-surface-2", 4.5],
  ["--color-muted", "--color-bg", 4.5],
  ["--color-muted", "--color-surface", 4.5],
  ["--color-muted", "--color-surface-2", 4.5],
  ["--color-primary", "--color-bg", 4.5],
  ["--color-primary", "--color-surface", 4.5],
  ["--color-primary", "--color-surface-2", 4.5],
  ["--color-primary", "--color-primary-soft", 4.5],
  ["--color-primary-strong", "--color-surface-2", 4.5],
  ["--color-on-primary", "--color-primary", 4.5],
  ["--color-on-primary", "--color-primary-strong", 4.5],
  ["--color-on-indigo", "--color-indigo", 4.5],
  ["--color-on-accent", "--color-accent", 4.5],
  ["--color-saffron-ink", "--color-bg", 4.5],
  ["--color-saffron-ink", "--color-surface", 4.5],
  ["--color-ok-ink", "--color-ok-bg", 4.5],
  ["--color-ink", "--color-ok-bg", 4.5],
  ["--color-warn-ink", "--color-warn-bg", 4.5],
  ["--color-ink", "--color-warn-bg", 4.5],
  ["--color-error", "--color-error-bg", 4.5],
  ["--color-error", "--color-surface", 4.5],
  ["--color-star", "--color-surface", 3],
  ["--color-footer-ink", "--color-footer-bg", 4.5],
  ["--color-footer-link", "--color-footer-bg", 4.5],
  ["--color-line-strong", "--color-surface", 3],
  ["--color-accent", "--color-surface", 3],
];

describe("the visual identity", () => {
  for (const [scheme, colours] of Object.entries(schemes())) {
    test(`every text colour meets WCAG AA on its background (${scheme})`, () => {
      const failing = PAIRS.filter(([fg, bg, min]) => contrast(colours[fg], colours[bg]) < min).map(
        ([fg, bg]) => `${fg} on ${bg}: ${contrast(colours[fg], colours[bg]).toFixed(2)}`,
      );
      expect(failing).toEqual([]);
    });
  }

  test("the font files really hold Azerbaijani letters, Cyrillic and the manat sign", () => {
    const latin = woff2Characters(fontFile("latin"));
    const latinExt = woff2Characters(fontFile("latin-ext"));
    const cyrillic = woff2Characters(fontFile("cyrillic"));
    const missing = (text: string, ...sets: Set<number>[]) => [...text].filter((ch) => !sets.some((set) => set.has(ch.codePointAt(0)!)));
    expect(missing("əƏıİşŞğĞçÇöÖüÜxXqQ0123456789", latin, latinExt)).toEqual([]);
    expect(missing("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя", cyrillic)).toEqual([]);
    expect(latinExt.has(0x20bc)).toBe(true);
    // and the check can fail: a letter no subset has
    expect(missing("ə", latin)).toEqual(["ə"]);
  });

  test("a first visit downloads at most 40 KB of font, even in Russian (three subsets)", () => {
    const bytes = fontFile("latin").length + fontFile("latin-ext").length + fontFile("cyrillic").length;
    expect(bytes).toBeLessThanOrEqual(40 * 1024);
  });

  test("the manat face lends only U+20BC, from the file that has it", () => {
    const manat = css.slice(css.indexOf('font-family: "ABAD Manat"'));
    expect(manat.slice(0, manat.indexOf("}"))).toMatch(/geologica-latin-ext-600-normal\.woff2[\s\S]*unicode-range: U\+20BC;/);
  });
});
