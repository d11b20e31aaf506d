import regionsFile from "../../../prisma/data/regions.json";
import type { Locale } from "~/utils/i18n";

/**
 * The 14 economic regions and their districts, straight from prisma/data/regions.json (the copy
 * of shared/data the seed builds the Region table from). The checkout's district list and its
 * validation read this one file, so the form, the server and the seed can never disagree. Not a
 * `.server` file: the district list is shown in the browser and checked there too.
 */
export type RegionData = { slug: string; az: string; en: string; ru: string; districts: string[]; known_for: string[] };

export const REGIONS: readonly RegionData[] = (regionsFile as { regions: RegionData[] }).regions;

const regionByDistrict = new Map(REGIONS.flatMap((region) => region.districts.map((district) => [district, region] as const)));

export const DISTRICTS: readonly string[] = [...regionByDistrict.keys()];

/** The region a district or city belongs to, or undefined for anything not in the list. */
export function regionOfDistrict(district: string): RegionData | undefined {
  return regionByDistrict.get(district);
}

/** Districts grouped under their region's name in the page language, regions in that language's order. */
export function districtGroups(locale: Locale) {
  return REGIONS.map((region) => ({ slug: region.slug, name: region[locale], districts: [...region.districts].sort((a, b) => a.localeCompare(b, "az")) })).sort(
    (a, b) => a.name.localeCompare(b.name, locale),
  );
}
