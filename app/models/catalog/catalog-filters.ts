import { z } from "zod";
import { LISTING_KINDS } from "~/models/bookings/listing-kind";
import { isDay, MAX_NIGHTS } from "~/models/bookings/stay-dates";

export const SORTS = ["relevance", "new", "price-asc", "price-desc", "popular"] as const;
export type Sort = (typeof SORTS)[number];
export const PAGE_SIZE = 24;
export const MAX_PAGE = 1000;

const slugParam = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{1,60}$/)
  .optional()
  .catch(undefined);

/** AZN in the URL (e.g. "4.5" or "4,50"); anything negative, absurd or unreadable is ignored. */
const aznParam = z
  .string()
  .trim()
  .transform((value) => Number(value.replace(",", ".")))
  .pipe(z.number().finite().min(0).max(1_000_000))
  .transform((azn) => Math.round(azn * 100))
  .optional()
  .catch(undefined);

const flagParam = z
  .string()
  .optional()
  .transform((value) => value === "1" || value === "true" || value === "on")
  .catch(false);

/** A whole number in the URL from 1 to `max`; anything else is ignored. */
const countParam = (max: number) => z.coerce.number().int().min(1).max(max).optional().catch(undefined);
export const MAX_PEOPLE = 50;

/**
 * The catalogue's query string. Every field falls back to a sensible default instead of
 * failing, so a hand-edited or stale URL still shows a page.
 */
export const catalogFiltersSchema = z.object({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .catch(undefined)
    .transform((v) => (v ? v : undefined)),
  sector: slugParam,
  category: slugParam,
  region: slugParam,
  /** one family's listings (the "see all" of its page) */
  producer: slugParam,
  min: aznParam,
  max: aznParam,
  inSeason: flagParam,
  inStock: flagParam,
  /** goods, experiences or stays */
  kind: z.enum(LISTING_KINDS).optional().catch(undefined),
  /** a Baku day: an experience with a date that day, or a stay from that night */
  date: z
    .string()
    .refine((value) => isDay(value))
    .optional()
    .catch(undefined),
  people: countParam(MAX_PEOPLE),
  /** a stay's nights from `date` */
  nights: countParam(MAX_NIGHTS),
  sort: z.enum(SORTS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(MAX_PAGE).catch(1).default(1),
});

export type CatalogFilters = z.output<typeof catalogFiltersSchema>;

export function parseCatalogFilters(params: URLSearchParams): CatalogFilters {
  const raw: Record<string, string> = {};
  for (const key of Object.keys(catalogFiltersSchema.shape)) {
    const value = params.get(key);
    if (value !== null && value !== "") raw[key] = value;
  }
  const filters = catalogFiltersSchema.parse(raw);
  if (filters.min !== undefined && filters.max !== undefined && filters.min > filters.max) {
    [filters.min, filters.max] = [filters.max, filters.min];
  }
  return filters;
}

/** The sort actually applied: relevance only makes sense with a search query. */
export function effectiveSort(filters: CatalogFilters): Sort {
  if (filters.sort === "relevance" && !filters.q) return "new";
  return filters.sort ?? (filters.q ? "relevance" : "new");
}
