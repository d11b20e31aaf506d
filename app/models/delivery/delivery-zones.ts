import { REGIONS } from "~/models/catalog/region-data";
import type { Locale } from "~/utils/i18n";

/**
 * A producer's delivery zone as the checkout needs it. Not a `.server` file: the checkout page
 * computes the fee for the chosen address with these same functions as the server.
 */
export type ZoneRule = {
  id: string;
  /** all of Azerbaijan; otherwise exactly `districts` */
  everywhere: boolean;
  districts: string[];
  feeQ: number;
  /** goods worth at least this travel free; null = never free */
  freeFromQ: number | null;
  minDays: number;
  maxDays: number;
};

export type DeliveryQuote = { zoneId: string; feeQ: number; minDays: number; maxDays: number };

/** The zone serving a district: the one naming it, else the producer's "everywhere" zone. */
export function zoneFor(zones: readonly ZoneRule[], district: string): ZoneRule | undefined {
  return zones.find((zone) => !zone.everywhere && zone.districts.includes(district)) ?? zones.find((zone) => zone.everywhere);
}

/** What delivering goods worth `goodsQ` to `district` costs and takes, or null where the producer does not deliver. */
export function quoteDelivery(zones: readonly ZoneRule[], district: string, goodsQ: number): DeliveryQuote | null {
  const zone = zoneFor(zones, district);
  if (!zone) return null;
  const free = zone.freeFromQ !== null && goodsQ >= zone.freeFromQ;
  return { zoneId: zone.id, feeQ: free ? 0 : zone.feeQ, minDays: zone.minDays, maxDays: zone.maxDays };
}

/**
 * A zone's districts as the producer chose them: whole economic regions by slug, and single
 * districts of regions not wholly covered, in the regions file's order.
 */
export function coverageOf(districts: readonly string[]) {
  const chosen = new Set(districts);
  const regions: string[] = [];
  const single: string[] = [];
  for (const region of REGIONS) {
    if (region.districts.every((d) => chosen.has(d))) regions.push(region.slug);
    else single.push(...region.districts.filter((d) => chosen.has(d)));
  }
  return { regions, districts: single };
}

/** The places zones serve, in words of the page language: whole regions by name, then single districts. */
export function placeNames(districts: readonly string[], locale: Locale): string[] {
  const coverage = coverageOf(districts);
  return [...coverage.regions.map((slug) => REGIONS.find((region) => region.slug === slug)![locale]), ...coverage.districts];
}

/** Where a producer delivers, for its public page: everywhere, the places, or nowhere (null). */
export function deliveryArea(zones: readonly ZoneRule[], locale: Locale): { everywhere: boolean; places: string[] } | null {
  if (zones.length === 0) return null;
  if (zones.some((zone) => zone.everywhere)) return { everywhere: true, places: [] };
  return {
    everywhere: false,
    places: placeNames(
      zones.flatMap((zone) => zone.districts),
      locale,
    ),
  };
}
