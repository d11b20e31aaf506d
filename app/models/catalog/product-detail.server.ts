import { db, NAMES_SELECT } from "~/utils/db.server";
import { allowedFacts, factRule } from "~/models/catalog/product-facts";
import { pickLocalized, type Locale } from "~/utils/i18n";
import { PICTURE_SELECT, withoutPlaceholder } from "~/models/images/pictures";
import { currentMonth, isInSeason, maskToMonths } from "~/models/catalog/season";
import { latestProductCards } from "~/models/catalog/products.server";
import { productReturnDays } from "~/models/catalog/returnable";
import { listingKind } from "~/models/bookings/listing-kind";
import { isDay } from "~/models/bookings/stay-dates";
import { nightsOfRange, quoteStayNow } from "~/models/bookings/stays.server";
import { bakuDay, bakuInstant, bakuToday } from "~/utils/baku-time";
import { centresHolding } from "~/models/catalog/centre-stock.server";

/** About two months of sessions at two or three a week. */
const MAX_SLOTS_SHOWN = 40;

/** A stay's dates asked on the page (GET check-in, check-out, guests), to quote them. */
export type StayRequest = { checkIn: string; checkOut: string; guests: number } | null;

/** Everything the product page shows, or null when the product is not on the storefront. */
/**
 * One listing for its page. An experience lists at most MAX_SLOTS_SHOWN upcoming dates, from
 * `sessionsFrom` (a Baku day) on when given; `moreSessionsFrom` says where the next ones start.
 */
export async function getProductDetail(slug: string, locale: Locale, now = new Date(), stayRequest: StayRequest = null, sessionsFrom: string | null = null) {
  const slotsAfter = sessionsFrom && isDay(sessionsFrom) && bakuInstant(sessionsFrom, 0) > now ? bakuInstant(sessionsFrom, 0) : now;
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
      languages: true,
      included: true,
      bring: true,
      cancellationPolicy: true,
      maxGuests: true,
      minNights: true,
      weekendPriceQ: true,
      seasonPriceQ: true,
      ratingSum: true,
      ratingCount: true,
      categoryId: true,
      updatedAt: true,
      widthCm: true,
      lengthCm: true,
      heightCm: true,
      weightG: true,
      volumeMl: true,
      shelfLifeDays: true,
      material: true,
      allergens: true,
      acceptsReturns: true,
      category: {
        select: {
          slug: true,
          nameAz: true,
          nameEn: true,
          nameRu: true,
          sector: { select: { slug: true, ...NAMES_SELECT } },
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
          returnDays: true,
          district: true,
          region: { select: { id: true, slug: true, ...NAMES_SELECT } },
          images: {
            where: { productId: null, revisionId: null },
            orderBy: { position: "asc" },
            take: 1,
            select: PICTURE_SELECT,
          },
        },
      },
      images: {
        where: { revisionId: null },
        orderBy: { position: "asc" },
        select: PICTURE_SELECT,
      },
      variants: {
        orderBy: { position: "asc" },
        select: { id: true, ...NAMES_SELECT, priceQ: true, stock: true },
      },
      slots: {
        where: { startsAt: { gt: slotsAfter }, closed: false },
        orderBy: { startsAt: "asc" },
        take: MAX_SLOTS_SHOWN + 1,
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
  // One more than shown tells whether later dates exist, and from which day.
  const later = product.slots[MAX_SLOTS_SHOWN];
  const moreSessionsFrom = later ? bakuDay(later.startsAt) : null;
  // A day is shown whole: its sessions move to the next page rather than being split over two.
  let shown = product.slots.slice(0, MAX_SLOTS_SHOWN);
  if (moreSessionsFrom && shown.some((s) => bakuDay(s.startsAt) !== moreSessionsFrom)) shown = shown.filter((s) => bakuDay(s.startsAt) !== moreSessionsFrom);
  const slots = shown.map((s) => ({
    id: s.id,
    startsAt: s.startsAt.toISOString(),
    seatsLeft: Math.max(0, s.capacity - s.seatsTaken),
  }));
  const kind = listingKind(product.kind);
  const rule = factRule({ slug: product.category.slug, sectorSlug: product.category.sector.slug });
  const available =
    kind === "EXPERIENCE"
      ? slots.some((s) => s.seatsLeft > 0)
      : kind === "STAY"
        ? product.maxGuests > 0
        : variants.length > 0
          ? variants.some((v) => v.stock > 0)
          : product.stock > 0;
  const stayQuote =
    kind === "STAY" && stayRequest
      ? await quoteStayNow(product.id, stayRequest.checkIn, nightsOfRange(stayRequest.checkIn, stayRequest.checkOut), stayRequest.guests, now)
      : null;
  const [related, fromRegion, atCentres] = await Promise.all([
    latestProductCards(locale, { take: 4, categoryId: product.categoryId, excludeId: product.id }, now),
    latestProductCards(locale, { take: 4, regionId: product.producer.region.id, excludeId: product.id }, now),
    kind === "GOOD" ? centresHolding(product.id, locale) : [],
  ]);
  return {
    id: product.id,
    slug: product.slug,
    kind,
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
    languages: product.languages
      .split(",")
      .map((l) => l.trim())
      .filter((l): l is Locale => l === "az" || l === "en" || l === "ru"),
    included: product.included,
    bring: product.bring,
    cancellationPolicy: product.cancellationPolicy,
    // The host's group size, or (older experiences) the largest date.
    groupSize: kind === "EXPERIENCE" && product.maxGuests > 0 ? product.maxGuests : product.slots.reduce((max, s) => Math.max(max, s.capacity), 0),
    sessionsFrom: slotsAfter === now ? null : sessionsFrom,
    moreSessionsFrom,
    stay:
      kind === "STAY"
        ? {
            maxGuests: product.maxGuests,
            minNights: product.minNights,
            weekendPriceQ: product.weekendPriceQ,
            seasonPriceQ: product.seasonPriceQ,
            seasonMonths: product.seasonMonths === 4095 ? [] : maskToMonths(product.seasonMonths),
            request: stayRequest,
            quote: stayQuote,
            today: bakuToday(now),
          }
        : null,
    rating: product.ratingCount > 0 ? Math.round((product.ratingSum / product.ratingCount) * 10) / 10 : null,
    ratingCount: product.ratingCount,
    updatedAt: product.updatedAt.toISOString(),
    // Only what the category takes (a product moved to another category keeps no stray facts on show).
    facts: kind === "GOOD" ? allowedFacts(rule, product) : null,
    // Goods state their returns (days after delivery, 0: none); experiences and stays their cancellation policy.
    returnDays:
      kind === "GOOD"
        ? productReturnDays(
            { kind, unit: product.unit, sectorSlug: product.category.sector.slug, acceptsReturns: product.acceptsReturns },
            product.producer.returnDays,
          )
        : null,
    // Food is asked its allergens: when the family did not say, the page says so rather than nothing.
    allergensAsked: kind === "GOOD" && rule.allowed.includes("allergens"),
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
      district: product.producer.district,
      photo: product.producer.images[0] ? withoutPlaceholder(product.producer.images[0]) : null,
    },
    // The compact stored form: <Picture> builds the sources, so they travel once, in the HTML. The
    // gallery loads its first photo eagerly; the rest, and the producer's photo, only near the screen.
    images: product.images.map((image, index) => (index === 0 ? image : withoutPlaceholder(image))),
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
    fromRegion,
    /** ABAD centres holding the good on their shelves today (consignment stock, sold at their counters, not online) */
    atCentres,
  };
}

export type ProductDetail = NonNullable<Awaited<ReturnType<typeof getProductDetail>>>;
