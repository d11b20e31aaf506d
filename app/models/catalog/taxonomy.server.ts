import { regionLead } from "~/models/catalog/region-leads.server";
import type { StoredImage } from "~/models/images/pictures";
import { db, NAMES_SELECT } from "~/utils/db.server";
import { pickLocalized, type Locale } from "~/utils/i18n";

export async function listSectorsWithCategories(locale: Locale) {
  const sectors = await db.sector.findMany({
    orderBy: { position: "asc" },
    select: {
      id: true,
      slug: true,
      nameAz: true,
      nameEn: true,
      nameRu: true,
      categories: { orderBy: { position: "asc" }, select: { id: true, slug: true, ...NAMES_SELECT } },
    },
  });
  return sectors.map((s) => ({
    id: s.id,
    slug: s.slug,
    name: pickLocalized(s, "name", locale),
    categories: s.categories.map((c) => ({ id: c.id, slug: c.slug, name: pickLocalized(c, "name", locale) })),
  }));
}

export async function listRegions(locale: Locale) {
  const regions = await db.region.findMany({
    orderBy: { id: "asc" },
    select: { id: true, slug: true, ...NAMES_SELECT, districts: true, knownFor: true },
  });
  return regions
    .map((r) => ({
      id: r.id,
      slug: r.slug,
      name: pickLocalized(r, "name", locale),
      districts: r.districts ? r.districts.split(",") : [],
      knownFor: r.knownFor ? r.knownFor.split(";") : [],
    }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** Regions with how many active producers each has, for the home page. */
export async function regionsWithProducerCounts(locale: Locale) {
  const [regions, counts, pictures] = await Promise.all([
    listRegions(locale),
    db.producer.groupBy({ by: ["regionId"], where: { status: "ACTIVE" }, _count: { _all: true } }),
    db.region.findMany({
      where: { imageKey: { not: "" } },
      select: { id: true, ...REGION_PICTURE_SELECT },
    }),
  ]);
  const byRegion = new Map(counts.map((c) => [c.regionId, c._count._all]));
  const pictureOf = new Map(pictures.map((p) => [p.id, regionPicture(p)]));
  // Only what the map and the region cards draw: this goes to the browser again for hydration.
  // (a region without producers is on the map only, which draws no picture)
  return regions.map((r) => {
    const producerCount = byRegion.get(r.id) ?? 0;
    return { slug: r.slug, name: r.name, producerCount, picture: producerCount > 0 ? (pictureOf.get(r.id) ?? null) : null };
  });
}

/** The columns a region's landscape is stored in, for a Prisma select. */
export const REGION_PICTURE_SELECT = { imageKey: true, imageWidths: true, imageWidth: true, imageHeight: true, imagePlaceholder: true } as const;

type RegionPictureColumns = { imageKey: string; imageWidths: string; imageWidth: number; imageHeight: number; imagePlaceholder: string };

/**
 * A region's landscape in the stored form <Picture> builds its sources from (decorative: the region's
 * name is always beside it), or null. The blurred placeholder only for one shown eagerly (see withoutPlaceholder).
 */
export function regionPicture(region: RegionPictureColumns, { eager = false } = {}): StoredImage | null {
  if (!region.imageKey) return null;
  return {
    fileKey: region.imageKey,
    widths: region.imageWidths,
    width: region.imageWidth,
    height: region.imageHeight,
    alt: "",
    ...(eager && region.imagePlaceholder ? { placeholder: region.imagePlaceholder } : {}),
  };
}

/** A region's name, sentence and landscape, for the catalogue's header about it (above the fold); null for an unknown slug. */
export async function regionIntro(slug: string, locale: Locale) {
  const region = await db.region.findUnique({
    where: { slug },
    select: { slug: true, ...NAMES_SELECT, ...REGION_PICTURE_SELECT },
  });
  if (!region) return null;
  return {
    slug: region.slug,
    name: pickLocalized(region, "name", locale),
    lead: regionLead(region.slug, locale),
    picture: regionPicture(region, { eager: true }),
  };
}
export type RegionIntro = NonNullable<Awaited<ReturnType<typeof regionIntro>>>;
