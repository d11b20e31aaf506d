import { z } from "zod";
import { LISTING_KINDS, type ListingKind } from "~/models/bookings/listing-kind";
import { optionalLine, requiredLine } from "~/utils/form-fields";
import { parseAzn } from "~/utils/money-input";

/** Units a listing can be sold by (labels: locale keys `unit.<unit>`). */
export const UNITS = ["kg", "g", "l", "piece", "jar", "bottle", "box", "m2", "person", "night"] as const;
export type Unit = (typeof UNITS)[number];

export const KINDS = LISTING_KINDS;
export type { ListingKind };

const requiredText = (max: number) =>
  z.string({ error: "form.required" }).trim().min(1, "form.required").max(max, "form.tooLong");
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

const monthField = z.coerce.number({ error: "form.invalid" }).int("form.invalid").min(1, "form.invalid").max(12, "form.invalid");

export const listingSchema = z
  .object({
    titleAz: requiredLine(120),
    titleEn: optionalLine(120),
    titleRu: optionalLine(120),
    descriptionAz: requiredText(5000),
    descriptionEn: optionalText(5000),
    descriptionRu: optionalText(5000),
    categoryId: z.coerce.number({ error: "form.required" }).int("form.invalid").positive("form.required"),
    unit: z.enum(UNITS, { error: "form.required" }),
    kind: z.enum(KINDS, { error: "form.required" }).default("GOOD"),
    price: priceField,
    stock: stockField,
    lowStockThreshold: thresholdField,
    /** months in season; none ticked means all year */
    months: z.array(monthField).max(12).optional().default([]),
    meetingPoint: optionalText(200),
    durationMin: z
      .string()
      .trim()
      .optional()
      .transform((value, ctx) => {
        if (!value) return 0;
        if (!/^\d{1,4}$/.test(value)) {
          ctx.addIssue({ code: "custom", message: /^-/.test(value) ? "dashboard.error.durationNegative" : "form.invalid" });
          return z.NEVER;
        }
        return Number(value);
      }),
  })
  .superRefine((value, ctx) => {
    if (value.kind === "EXPERIENCE") {
      if (!value.meetingPoint) ctx.addIssue({ code: "custom", path: ["meetingPoint"], message: "dashboard.error.meetingPointRequired" });
      if (!value.durationMin) ctx.addIssue({ code: "custom", path: ["durationMin"], message: "dashboard.error.durationRequired" });
    }
  });
export type ListingInput = z.output<typeof listingSchema>;

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
