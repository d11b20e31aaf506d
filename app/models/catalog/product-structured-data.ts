import type { ProductDetail } from "~/models/catalog/product-detail.server";
import { factDimensions, factProperties } from "~/models/catalog/product-facts";
import { pictureData } from "~/models/images/pictures";
import type { Translator } from "~/utils/i18n";

const offer = (product: ProductDetail, origin: string) => ({
  "@type": "Offer",
  url: `${origin}/products/${product.slug}`,
  price: (product.priceQ / 100).toFixed(2),
  priceCurrency: "AZN",
  availability: product.available ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
  seller: { "@type": "Organization", name: product.producer.name },
});

/** A good: a Product with its facts, rating and return policy. */
function productJsonLd(product: ProductDetail, origin: string, t: Translator["t"]) {
  const properties = product.facts ? factProperties(product.facts, t) : [];
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    description: product.description,
    sku: product.id,
    image: product.images.map((i) => `${origin}${pictureData(i).fallback}`),
    brand: { "@type": "Brand", name: product.producer.name },
    category: product.category.name,
    ...(product.facts ? factDimensions(product.facts) : {}),
    ...(properties.length > 0 ? { additionalProperty: properties } : {}),
    ...(product.rating ? { aggregateRating: { "@type": "AggregateRating", ratingValue: product.rating, reviewCount: product.ratingCount } } : {}),
    offers: { ...offer(product, origin), hasMerchantReturnPolicy: returnPolicyJsonLd(product.returnDays ?? 0) },
  };
}

/** A good's returns as schema.org says them: within so many days of delivery, or none. */
function returnPolicyJsonLd(days: number) {
  return {
    "@type": "MerchantReturnPolicy",
    applicableCountry: "AZ",
    ...(days > 0
      ? { returnPolicyCategory: "https://schema.org/MerchantReturnFiniteReturnWindow", merchantReturnDays: days }
      : { returnPolicyCategory: "https://schema.org/MerchantReturnNotPermitted" }),
  };
}

/**
 * Each kind its own schema.org description: a Product, a TouristTrip with its Events, a LodgingBusiness.
 * Built where the page renders, from the product it already has: sent ready-made it would reach the
 * browser twice, in the page and again in the loader data.
 */
export function productStructuredData(product: ProductDetail, origin: string, t: Translator["t"]): Record<string, unknown> {
  if (product.kind === "EXPERIENCE") return experienceJsonLd(product, origin);
  if (product.kind === "STAY") return stayJsonLd(product, origin);
  return productJsonLd(product, origin, t);
}

/** A tour or workshop: a TouristTrip, with each upcoming session as an Event at the meeting point. */
function experienceJsonLd(product: ProductDetail, origin: string) {
  const location = { "@type": "Place", name: product.meetingPoint, address: product.meetingPoint };
  return {
    "@context": "https://schema.org",
    "@graph": [
      {
        "@type": "TouristTrip",
        name: product.title,
        description: product.description,
        image: product.images.map((i) => `${origin}${pictureData(i).fallback}`),
        provider: { "@type": "Organization", name: product.producer.name },
        offers: offer(product, origin),
      },
      ...product.slots.slice(0, 10).map((slot) => ({
        "@type": "Event",
        name: product.title,
        startDate: slot.startsAt,
        ...(product.durationMin ? { endDate: new Date(new Date(slot.startsAt).getTime() + product.durationMin * 60_000).toISOString() } : {}),
        eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
        eventStatus: "https://schema.org/EventScheduled",
        location,
        organizer: { "@type": "Organization", name: product.producer.name },
        offers: { ...offer(product, origin), availability: slot.seatsLeft > 0 ? "https://schema.org/InStock" : "https://schema.org/SoldOut" },
      })),
    ],
  };
}

/** A room or house: the family's LodgingBusiness holding the Accommodation, offered per night. */
function stayJsonLd(product: ProductDetail, origin: string) {
  return {
    "@context": "https://schema.org",
    "@type": "LodgingBusiness",
    name: product.producer.name,
    address: product.meetingPoint || product.producer.region,
    image: product.images.map((i) => `${origin}${pictureData(i).fallback}`),
    checkinTime: "14:00",
    checkoutTime: "12:00",
    containsPlace: {
      "@type": "Accommodation",
      name: product.title,
      description: product.description,
      occupancy: { "@type": "QuantitativeValue", maxValue: product.stay?.maxGuests ?? 0 },
    },
    makesOffer: {
      ...offer(product, origin),
      itemOffered: { "@type": "Accommodation", name: product.title },
      priceSpecification: {
        "@type": "UnitPriceSpecification",
        price: (product.priceQ / 100).toFixed(2),
        priceCurrency: "AZN",
        unitCode: "DAY",
        unitText: "night",
      },
    },
  };
}
