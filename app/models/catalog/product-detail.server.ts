import { db } from "~/utils/db.server";
import { pickLocalized, type Locale } from "~/utils/i18n";
import { pictureData } from "~/models/images/pictures";
import { isInSeason, maskToMonths, currentMonth } from "~/models/catalog/season";
import { latestProductCards } from "~/models/catalog/products.server";

const MAX_SLOTS_SHOWN = 12;

/** Everything the product page shows, or null when the product is not on the storefront. */
export async function getProductDetail(slug: string, locale: Locale, now = new Date()) {
  const product = await db.product.findFirst({
    where: { slug, listed: true },
    select: {
      id: true,
      slug: true,
      kind: true,
      titleAz: true,
      titleEn: true,
      titleRu: true,
      descriptionAz: true,
      descriptionEn: true,
      descriptionRu: true,
      unit: true,
      priceQ: true,
      stock: true,
      seasonMonths: true,
      meetingPoint: true,
      durationMin: true,
      ratingSum: true,
      ratingCount: true,
      categoryId: true,
      updatedAt: true,
      category: {
        select: {
          slug: true,
          nameAz: true,
          nameEn: true,
          nameRu: true,
          sector: { select: { slug: true, nameAz: true, nameEn: true, nameRu: true } },
        },
      },
      producer: {
        select: {
          id: true,
          slug: true,
          name: true,
          verified: true,
          storyAz: true,
          storyEn: true,
          storyRu: true,
          offersPickup: true,
          region: { select: { slug: true, nameAz: true, nameEn: true, nameRu: true } },
        },
      },
      images: {
        where: { revisionId: null },
        orderBy: { position: "asc" },
        select: { fileKey: true, widths: true, width: true, height: true, alt: true, placeholder: true },
      },
      variants: {
        orderBy: { position: "asc" },
        select: { id: true, nameAz: true, nameEn: true, nameRu: true, priceQ: true, stock: true },
      },
      slots: {
        where: { startsAt: { gt: now }, closed: false },
        orderBy: { startsAt: "asc" },
        take: MAX_SLOTS_SHOWN,
        select: { id: true, startsAt: true, capacity: true, seatsTaken: true },
      },
      reviews: {
        // Reviews staff hid stay out of the page, as they stay out of the average.
        where: { hiddenAt: null },
        orderBy: { createdAt: "desc" },
        take: 5,
        select: { id: true, rating: true, body: true, reply: true, createdAt: true, user: { select: { name: true } } },
      },
    },
  });
  if (!product) return null;
  const variants = product.variants.map((v) => ({
    id: v.id,
    name: pickLocalized(v, "name", locale),
    priceQ: v.priceQ,
    stock: v.stock,
  }));
  const slots = product.slots.map((s) => ({
    id: s.id,
    startsAt: s.startsAt.toISOString(),
    seatsLeft: Math.max(0, s.capacity - s.seatsTaken),
  }));
  const available =
    product.kind === "EXPERIENCE"
      ? slots.some((s) => s.seatsLeft > 0)
      : variants.length > 0
        ? variants.some((v) => v.stock > 0)
        : product.stock > 0;
  const related = await latestProductCards(
    locale,
    { take: 4, categoryId: product.categoryId, excludeId: product.id },
    now,
  );
  return {
    id: product.id,
    slug: product.slug,
    kind: product.kind as "GOOD" | "EXPERIENCE",
    title: pickLocalized(product, "title", locale),
    description: pickLocalized(product, "description", locale),
    unit: product.unit,
    priceQ: product.priceQ,
    stock: product.stock,
    available,
    seasonMonths: maskToMonths(product.seasonMonths),
    allYear: product.seasonMonths === 4095,
    inSeason: isInSeason(product.seasonMonths, currentMonth(now)),
    meetingPoint: product.meetingPoint,
    durationMin: product.durationMin,
    rating: product.ratingCount > 0 ? Math.round((product.ratingSum / product.ratingCount) * 10) / 10 : null,
    ratingCount: product.ratingCount,
    updatedAt: product.updatedAt.toISOString(),
    category: { slug: product.category.slug, name: pickLocalized(product.category, "name", locale) },
    sector: { slug: product.category.sector.slug, name: pickLocalized(product.category.sector, "name", locale) },
    producer: {
      id: product.producer.id,
      slug: product.producer.slug,
      name: product.producer.name,
      verified: product.producer.verified,
      story: pickLocalized(product.producer, "story", locale),
      region: pickLocalized(product.producer.region, "name", locale),
      regionSlug: product.producer.region.slug,
    },
    images: product.images.map(pictureData),
    variants,
    slots,
    reviews: product.reviews.map((r) => ({
      id: r.id,
      rating: r.rating,
      body: r.body,
      reply: r.reply,
      author: r.user.name.split(" ")[0],
      createdAt: r.createdAt.toISOString(),
    })),
    related,
  };
}

export type ProductDetail = NonNullable<Awaited<ReturnType<typeof getProductDetail>>>;
