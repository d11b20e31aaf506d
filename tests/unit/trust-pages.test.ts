import { describe, expect, it } from "vitest";
import { allTrustContent } from "~/models/trust/trust-pages.server";
import { TRUST_PAGES } from "~/models/trust/trust-slugs";
import { LOCALES } from "~/utils/i18n";

describe("trust pages", () => {
  it("exist in every language with the same sections, none left empty", () => {
    const content = allTrustContent();
    for (const slug of TRUST_PAGES) {
      const shapes = LOCALES.map((locale) => content[locale][slug].sections.map((s) => s.paragraphs.length));
      expect(new Set(shapes.map((s) => JSON.stringify(s))).size, slug).toBe(1);
      for (const locale of LOCALES) {
        const page = content[locale][slug];
        const texts = [page.title, page.description, ...page.sections.flatMap((s) => [s.heading, ...s.paragraphs])];
        expect(
          texts.every((text) => text.trim().length > 0),
          `${locale}/${slug}`,
        ).toBe(true);
      }
    }
  });

  it("are written in each page's own language, not copied from another", () => {
    const content = allTrustContent();
    for (const slug of TRUST_PAGES) {
      const [az, en, ru] = LOCALES.map((locale) => content[locale][slug].description);
      expect(new Set([az, en, ru]).size, slug).toBe(3);
      expect(ru, slug).toMatch(/[а-яё]/i);
      expect(az, slug).toMatch(/[əğıöüşç]/i);
    }
  });
});
