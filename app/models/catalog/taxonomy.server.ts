import { pictureData } from "~/models/images/pictures";
import { db } from "~/utils/db.server";
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
      categories: { orderBy: { position: "asc" }, select: { id: true, slug: true, nameAz: true, nameEn: true, nameRu: true } },
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
    select: { id: true, slug: true, nameAz: true, nameEn: true, nameRu: true, districts: true, knownFor: true },
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
      select: { id: true, imageKey: true, imageWidths: true, imageWidth: true, imageHeight: true, imagePlaceholder: true },
    }),
  ]);
  const byRegion = new Map(counts.map((c) => [c.regionId, c._count._all]));
  const pictureOf = new Map(
    pictures.map((p) => [
      p.id,
      pictureData({ fileKey: p.imageKey, widths: p.imageWidths, width: p.imageWidth, height: p.imageHeight, alt: "", placeholder: p.imagePlaceholder }),
    ]),
  );
  return regions.map((r) => ({ ...r, producerCount: byRegion.get(r.id) ?? 0, picture: pictureOf.get(r.id) ?? null }));
}
