import sharp from "sharp";
import { describe, expect, test } from "vitest";
import { demoProducers } from "../../prisma/seed/catalog";
import { familyPortrait, productIllustration, regionPicture } from "../../prisma/seed/illustrations";
import regions from "../../prisma/data/regions.json";

const products = demoProducers.flatMap((producer) =>
  producer.products.map((product, index) => ({
    category: product.category,
    title: product.title.en,
    svg: productIllustration(`${producer.slug}-${index}`, product.category, product.title.en),
  })),
);

describe("the seed's demo pictures", () => {
  test("every product gets a picture of its own", () => {
    expect(new Set(products.map((p) => p.svg)).size).toBe(products.length);
  });

  test("each family and each of the 14 regions gets its own picture", () => {
    const families = demoProducers.map((p) => familyPortrait(p.slug, p.sectors[0]));
    expect(new Set(families).size).toBe(demoProducers.length);
    const places = regions.regions.map((r) => regionPicture(r.slug));
    expect(places).toHaveLength(14);
    expect(new Set(places).size).toBe(14);
  });

  test("the drawings say what the product is: carpets have göls, kəlağayıs butas, honey a jar", () => {
    const first = (category: string) => products.find((p) => p.category === category)!.svg;
    // a stepped octagon's outline has twelve corners
    expect(first("carpets")).toMatch(/<path d="M[^"]*(L[^"]*){11}Z" fill=/);
    expect(first("silk").match(/C-38 50 -46 8 -22 -20/g)!.length).toBeGreaterThan(20);
    expect(first("honey")).toContain('rx="10"');
    // and a product of one category is not drawn like another's
    expect(first("carpets")).not.toContain("url(#sky)");
    expect(first("tours")).toContain("url(#sky)");
  });

  test("one picture per category renders as a real image (valid SVG for sharp)", async () => {
    const categories = [...new Set(products.map((p) => p.category))];
    for (const category of categories) {
      const svg = products.find((p) => p.category === category)!.svg;
      const meta = await sharp(Buffer.from(svg)).png().toBuffer({ resolveWithObject: true });
      expect(meta.info.width, category).toBe(960);
    }
  });
});
