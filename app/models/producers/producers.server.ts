import { storyOpening } from "~/utils/story";
import { PICTURE_SELECT, withoutPlaceholder } from "~/models/images/pictures";
import { deliveryArea } from "~/models/delivery/delivery-zones";
import { listZones } from "~/models/delivery/delivery-zones.server";
import { z } from "zod";
import { countProductCards, latestProductCards } from "~/models/catalog/products.server";
import { regionLead } from "~/models/catalog/region-leads.server";
import { REGION_PICTURE_SELECT, regionPicture } from "~/models/catalog/taxonomy.server";
import { db, NAMES_SELECT } from "~/utils/db.server";
import { pickLocalized, type Locale } from "~/utils/i18n";

export const PRODUCERS_PAGE_SIZE = 24;

/** Families for the home page: verified first, one from each sector before a second from any; the opening of each story. */
export async function listFeaturedProducers(locale: Locale, take: number) {
  const { items } = await producerDirectory({ page: 1 }, locale, 48);
  const chosen: typeof items = [];
  const sectorsShown = new Set<string>();
  for (const producer of items) {
    if (chosen.length === take) break;
    if (sectorsShown.has(producer.sectors[0])) continue;
    sectorsShown.add(producer.sectors[0]);
    chosen.push(producer);
  }
  for (const producer of items) if (chosen.length < take && !chosen.includes(producer)) chosen.push(producer);
  // the card shows only the opening, and the rest would go to the browser again for hydration
  return chosen.map((producer) => ({ ...producer, story: storyOpening(producer.story, 1) }));
}

const slugFilter = z
  .string()
  .regex(/^[a-z0-9-]{1,60}$/)
  .optional()
  .catch(undefined);
export const producerFiltersSchema = z.object({
  region: slugFilter,
  sector: slugFilter,
  page: z.coerce.number().int().min(1).max(1000).catch(1).default(1),
});
export type ProducerFilters = z.output<typeof producerFiltersSchema>;

export function parseProducerFilters(params: URLSearchParams): ProducerFilters {
  return producerFiltersSchema.parse({
    region: params.get("region") || undefined,
    sector: params.get("sector") || undefined,
    page: params.get("page") || undefined,
  });
}

/** The producer directory: active producers, verified first. Its tiles tell no story: it is on each family's page. */
export async function listProducers(filters: ProducerFilters, locale: Locale) {
  const page = await producerDirectory(filters, locale, PRODUCERS_PAGE_SIZE);
  return { ...page, items: page.items.map(({ story: _story, ...producer }) => producer) };
}

async function producerDirectory(filters: ProducerFilters, locale: Locale, pageSize: number) {
  const where = {
    status: "ACTIVE" as const,
    ...(filters.region ? { region: { slug: filters.region } } : {}),
    ...(filters.sector ? { sectors: { some: { sector: { slug: filters.sector } } } } : {}),
  };
  const total = await db.producer.count({ where });
  const pageCount = Math.ceil(total / pageSize);
  const page = Math.min(filters.page ?? 1, Math.max(pageCount, 1));
  const producers = await db.producer.findMany({
    where,
    orderBy: [{ verified: "desc" }, { name: "asc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: {
      slug: true,
      name: true,
      verified: true,
      district: true,
      storyAz: true,
      storyEn: true,
      storyRu: true,
      region: { select: NAMES_SELECT },
      sectors: { select: { sector: { select: { slug: true, ...NAMES_SELECT } } } },
      images: {
        where: { productId: null, revisionId: null },
        orderBy: { position: "asc" },
        take: 1,
        select: PICTURE_SELECT,
      },
    },
  });
  return {
    total,
    page,
    pageCount,
    items: producers.map((p) => ({
      slug: p.slug,
      name: p.name,
      verified: p.verified,
      district: p.district,
      region: pickLocalized(p.region, "name", locale),
      story: pickLocalized(p, "story", locale),
      sectors: p.sectors.map((s) => pickLocalized(s.sector, "name", locale)),
      // decorative on the tiles and cards that show it: the family's name is beside it
      image: p.images[0] ? { ...p.images[0], alt: "" } : null,
    })),
  };
}

/** The newest of each kind on a family's page; the rest are one link away, in the catalogue. */
const PRODUCER_PAGE_LISTINGS = 12;

/** The public producer page, or null for unknown or not (yet) active producers. */
export async function getProducerPage(slug: string, locale: Locale) {
  const producer = await db.producer.findFirst({
    where: { slug, status: "ACTIVE" },
    select: {
      id: true,
      slug: true,
      name: true,
      verified: true,
      district: true,
      storyAz: true,
      storyEn: true,
      storyRu: true,
      offersPickup: true,
      pickupAddress: true,
      approvedAt: true,
      region: { select: { slug: true, ...NAMES_SELECT, ...REGION_PICTURE_SELECT } },
      sectors: { select: { sector: { select: { slug: true, ...NAMES_SELECT } } } },
      images: {
        where: { productId: null, revisionId: null },
        orderBy: { position: "asc" },
        select: PICTURE_SELECT,
      },
    },
  });
  if (!producer) return null;
  const [goods, bookable, listingCount, zones] = await Promise.all([
    latestProductCards(locale, { take: PRODUCER_PAGE_LISTINGS, producerId: producer.id, bookable: false }),
    latestProductCards(locale, { take: PRODUCER_PAGE_LISTINGS, producerId: producer.id, bookable: true }),
    countProductCards({ producerId: producer.id }),
    listZones(producer.id),
  ]);
  return {
    slug: producer.slug,
    name: producer.name,
    verified: producer.verified,
    district: producer.district,
    story: pickLocalized(producer, "story", locale),
    offersPickup: producer.offersPickup,
    delivery: deliveryArea(zones, locale),
    pickupAddress: producer.pickupAddress,
    memberSince: producer.approvedAt?.toISOString() ?? null,
    region: {
      slug: producer.region.slug,
      name: pickLocalized(producer.region, "name", locale),
      lead: regionLead(producer.region.slug, locale),
      picture: regionPicture(producer.region),
    },
    sectors: producer.sectors.map((s) => ({ slug: s.sector.slug, name: pickLocalized(s.sector, "name", locale) })),
    // the region's landscape is shown with the region (the demo families carry it as a photo too);
    // the first photo is the portrait at the top of the page, the only one loaded eagerly
    images: producer.images
      .filter((image) => image.fileKey !== producer.region.imageKey)
      .map((image, index) => (index === 0 ? image : withoutPlaceholder(image))),
    goods,
    bookable,
    /** all the family's listings on sale; more than the page shows links to them in the catalogue */
    listingCount,
  };
}
