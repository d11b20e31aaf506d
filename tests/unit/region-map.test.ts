import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { REGION_OUTLINES, REGION_OUTLINES_SVG, REGION_OUTLINES_URL } from "~/components/home/region-outlines";
import { loader } from "~/routes/region-map[.]svg";

describe("the home page map's region outlines", () => {
  it("are one real SVG file with a path per region, kept for a year under an address that names its version", async () => {
    expect(REGION_OUTLINES).toHaveLength(14);
    const ids = [...REGION_OUTLINES_SVG.matchAll(/<path id="([a-z-]+)" d="M[\d ]+Z"\/>/g)].map((m) => m[1]);
    expect(ids).toEqual(REGION_OUTLINES.map((region) => region.slug));
    expect(REGION_OUTLINES_URL).toMatch(/^\/region-map\.svg\?v=[a-z0-9]+$/);

    const response = loader();
    expect(response.headers.get("content-type")).toContain("image/svg+xml");
    expect(response.headers.get("cache-control")).toContain("immutable");
    const svg = await response.text();
    expect(svg).toBe(REGION_OUTLINES_SVG);
    // librsvg (through sharp) reads it as an SVG document
    expect((await sharp(Buffer.from(svg.replace("<svg ", '<svg width="590" height="480" '))).metadata()).format).toBe("svg");
  });
});
