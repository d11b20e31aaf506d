import { memo } from "react";
import { Link } from "@remix-run/react";
import { REGION_OUTLINES, REGION_OUTLINES_URL } from "./region-outlines";

/**
 * The 14 economic regions, each a plain link to the catalogue filtered by it, named for screen
 * readers, so the map works without JavaScript. The outlines come from one cached file (inline,
 * they were a third of a kilobyte of every home page, gzipped); the shapes take their colours from
 * the classes on each <use>.
 */
export const RegionMap = memo(function RegionMap({ regions, label }: { regions: { slug: string; name: string; producerCount: number }[]; label: string }) {
  const bySlug = new Map(regions.map((r) => [r.slug, r]));
  return (
    <svg className="region-map" viewBox="0 0 590 480" role="group" aria-label={label}>
      {REGION_OUTLINES.map(({ slug, cx, cy }) => {
        const region = bySlug.get(slug);
        const outline = `${REGION_OUTLINES_URL}#${slug}`;
        if (!region) return <use key={slug} href={outline} className="region-map__shape region-map__shape--empty" />;
        return (
          <Link key={slug} to={`/products?region=${slug}`} aria-label={region.name} className="region-map__link">
            <use href={outline} className={`region-map__shape${region.producerCount > 0 ? "" : " region-map__shape--quiet"}`} />
            {region.producerCount > 0 ? <circle cx={cx} cy={cy} r={4 + Math.min(region.producerCount, 4) * 2} className="region-map__dot" /> : null}
          </Link>
        );
      })}
    </svg>
  );
});
