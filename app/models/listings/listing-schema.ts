import { z } from "zod";
import { CANCELLATION_POLICIES } from "~/models/bookings/booking-policy";
import { LISTING_KINDS, type ListingKind } from "~/models/bookings/listing-kind";
import { factsFields } from "~/models/catalog/product-facts";
import { optionalLine, requiredLine } from "~/utils/form-fields";
import { parseAzn } from "~/utils/money-input";
import type { Unit } from "~/utils/units";

export const KINDS = LISTING_KINDS;
export type { ListingKind };

/** Languages a host can say they speak (the site's three). */
export const HOST_LANGUAGES = ["az", "en", "ru"] as const;

const requiredText = (max: number) => z.string({ error: "form.required" }).trim().min(1, "form.required").max(max, "form.tooLong");
const optionalText = (max: number) => z.string().trim().max(max, "form.tooLong").optional().default("");

export const MAX_STOCK = 1_000_000;

/** A price field in AZN, giving qəpik. Must be above zero. */
export const priceField = z.string({ error: "form.required" }).transform((value, ctx) => {
  const parsed = parseAzn(value);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: parsed.error });
    return z.NEVER;
  }
  if (parsed.qepik === 0) {
    ctx.addIssue({ code: "custom", message: "dashboard.error.priceZero" });
    return z.NEVER;
  }
  return parsed.qepik;
});

/** A whole number of items in stock, zero or more. */
export const stockField = z
  .string({ error: "form.required" })
  .trim()
  .transform((value, ctx) => {
    if (/^-\d+$/.test(value)) {
      ctx.addIssue({ code: "custom", message: "dashboard.error.stockNegative" });
      return z.NEVER;
    }
    if (!/^\d{1,7}$/.test(value) || Number(value) > MAX_STOCK) {
      ctx.addIssue({ code: "custom", message: "dashboard.error.stockFormat" });
      return z.NEVER;
    }
    return Number(value);
  });

/** A new product or variant warns at this many left; 0 means "only when sold out". */
export const DEFAULT_LOW_STOCK = 3;
const MAX_THRESHOLD = 10_000;

/** The low-stock alert: empty means the default; absent (an older form, the CSV import) leaves it as it is. */
export const thresholdField = z
  .string()
  .trim()
  .optional()
  .transform((value, ctx) => {
    if (value === undefined) return undefined;
    if (value === "") return DEFAULT_LOW_STOCK;
    if (!/^\d{1,5}$/.test(value) || Number(value) > MAX_THRESHOLD) {
      ctx.addIssue({ code: "custom", message: "dashboard.error.thresholdFormat" });
      return z.NEVER;
    }
    return Number(value);
  });

/** A good's returns (labels: `dashboard.listing.returns.<choice>`): as usual (stored null), yes or no. */
export const RETURN_CHOICES = ["usual", "yes", "no"] as const;
export type ReturnChoice = (typeof RETURN_CHOICES)[number];
export const returnChoiceOf = (acceptsReturns: boolean | null): ReturnChoice => (acceptsReturns === null ? "usual" : acceptsReturns ? "yes" : "no");

/** Absent (an older form, the CSV import) leaves the listing's choice as it is. */
const acceptsReturnsField = z
  .enum(RETURN_CHOICES, { error: "form.invalid" })
  .optional()
  .transform((choice) => (choice === undefined ? undefined : choice === "usual" ? null : choice === "yes"));

const monthField = z.coerce.number({ error: "form.invalid" }).int("form.invalid").min(1, "form.invalid").max(12, "form.invalid");

/** A whole number typed in a form, from `min` to `max`; `tooLow` and `tooHigh` name the problem. */
const countField = (min: number, max: number, tooLow: string, tooHigh: string) =>
  z
    .string({ error: "form.required" })
    .trim()
    .min(1, "form.required")
    .transform((value, ctx) => {
      if (!/^-?\d{1,6}$/.test(value)) {
        ctx.addIssue({ code: "custom", message: "dashboard.error.stockFormat" });
        return z.NEVER;
      }
      const n = Number(value);
      if (n < min || n > max) {
        ctx.addIssue({ code: "custom", message: n < min ? tooLow : tooHigh });
        return z.NEVER;
      }
      return n;
    });

/** An optional price (weekend, season): empty means none. */
const optionalPriceField = z
  .string()
  .trim()
  .optional()
  .transform((value, ctx) => {
    if (!value) return null;
    const parsed = parseAzn(value);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: parsed.error });
      return z.NEVER;
    }
    if (parsed.qepik === 0) {
      ctx.addIssue({ code: "custom", message: "dashboard.error.priceZero" });
      return z.NEVER;
    }
    return parsed.qepik;
  });

export const GOODS_UNITS = ["kg", "g", "l", "piece", "jar", "bottle", "box", "m2"] as const satisfies readonly Unit[];
export const MAX_GROUP_SIZE = 500;
export const MAX_GUESTS = 50;
export const MAX_MIN_NIGHTS = 30;

/** What every kind has: texts, category, price and months. */
const common = {
  titleAz: requiredLine(120),
  titleEn: optionalLine(120),
  titleRu: optionalLine(120),
  descriptionAz: requiredText(5000),
  descriptionEn: optionalText(5000),
  descriptionRu: optionalText(5000),
  categoryId: z.coerce.number({ error: "form.required" }).int("form.invalid").positive("form.required"),
  price: priceField,
  /** goods and experiences: months in season (none = all year); stays: the high-season months */
  months: z.array(monthField).max(12).optional().default([]),
};

/** What the host of an experience or a stay tells guests. */
const hosting = {
  languages: z
    .array(z.enum(HOST_LANGUAGES, { error: "form.invalid" }))
    .max(3)
    .optional()
    .default([]),
  included: optionalText(1000),
  bring: optionalText(1000),
  cancellationPolicy: z.enum(CANCELLATION_POLICIES, { error: "dashboard.error.policyRequired" }),
};

const goodSchema = z.object({
  ...common,
  kind: z.literal("GOOD"),
  unit: z.enum(GOODS_UNITS, { error: "form.required" }),
  stock: stockField,
  lowStockThreshold: thresholdField,
  acceptsReturns: acceptsReturnsField,
  ...factsFields,
});

const experienceSchema = z.object({
  ...common,
  ...hosting,
  kind: z.literal("EXPERIENCE"),
  meetingPoint: z.string({ error: "dashboard.error.meetingPointRequired" }).trim().min(1, "dashboard.error.meetingPointRequired").max(200, "form.tooLong"),
  durationMin: z
    .string({ error: "dashboard.error.durationRequired" })
    .trim()
    .transform((value, ctx) => {
      if (!value) {
        ctx.addIssue({ code: "custom", message: "dashboard.error.durationRequired" });
        return z.NEVER;
      }
      if (!/^\d{1,4}$/.test(value) || Number(value) === 0) {
        ctx.addIssue({ code: "custom", message: /^-/.test(value) ? "dashboard.error.durationNegative" : "form.invalid" });
        return z.NEVER;
      }
      return Number(value);
    }),
  /** the most people on one date; new dates start with this many places */
  groupSize: countField(1, MAX_GROUP_SIZE, "dashboard.slots.capacityMin", "dashboard.slots.capacityMax"),
});

const staySchema = z
  .object({
    ...common,
    ...hosting,
    kind: z.literal("STAY"),
    address: z.string({ error: "dashboard.error.addressRequired" }).trim().min(1, "dashboard.error.addressRequired").max(200, "form.tooLong"),
    maxGuests: countField(1, MAX_GUESTS, "dashboard.error.guestsMin", "dashboard.error.guestsMax"),
    minNights: countField(1, MAX_MIN_NIGHTS, "dashboard.error.nightsMin", "dashboard.error.nightsMax"),
    weekendPrice: optionalPriceField,
    seasonPrice: optionalPriceField,
  })
  .superRefine((value, ctx) => {
    // A season price needs its months: with none ticked it would never apply.
    if (value.seasonPrice && (value.months.length === 0 || value.months.length === 12)) {
      ctx.addIssue({ code: "custom", path: ["months"], message: "dashboard.error.seasonMonthsRequired" });
    }
  });

/** The listing form: one shape per kind, chosen by `kind`, so each kind is checked for its own fields only. */
export const listingSchema = z.discriminatedUnion("kind", [goodSchema, experienceSchema, staySchema], { error: "form.required" });
export type ListingInput = z.output<typeof listingSchema>;

/** The shape of one kind, for the form's constraints (only that kind's fields are rendered). */
export const listingSchemaFor = (kind: ListingKind) => (kind === "STAY" ? staySchema : kind === "EXPERIENCE" ? experienceSchema : goodSchema);

export const variantSchema = z.object({
  nameAz: requiredLine(80),
  nameEn: optionalLine(80),
  nameRu: optionalLine(80),
  price: priceField,
  stock: stockField,
  lowStockThreshold: thresholdField,
});
export type VariantInput = z.output<typeof variantSchema>;

/** Which translations a listing still lacks (az is required, so only en and ru can be missing). */
export function missingTranslations(record: { titleEn: string; titleRu: string; descriptionEn: string; descriptionRu: string }) {
  const missing: ("en" | "ru")[] = [];
  if (!record.titleEn.trim() || !record.descriptionEn.trim()) missing.push("en");
  if (!record.titleRu.trim() || !record.descriptionRu.trim()) missing.push("ru");
  return missing;
}
