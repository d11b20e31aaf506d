/** Storefront pages need neither the producer dashboard's nor the programme area's strings. */
const STOREFRONT_PATH =
  /^\/(products|search|producers|cart|checkout|orders|messages|favorites|login|signup|contact|delivery|returns|privacy|terms|verified)?(\/|$)/;

export const AREA_PREFIXES = ["dashboard.", "admin."];

export function isStorefrontPath(pathname: string) {
  return STOREFRONT_PATH.test(pathname);
}
