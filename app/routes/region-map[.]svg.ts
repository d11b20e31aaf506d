import { REGION_OUTLINES_SVG } from "~/components/home/region-outlines";

/** The home page map's region outlines (see region-outlines.ts); its address names its version. */
export function loader() {
  return new Response(REGION_OUTLINES_SVG, {
    headers: { "Content-Type": "image/svg+xml; charset=utf-8", "Cache-Control": "public, max-age=31536000, immutable" },
  });
}
