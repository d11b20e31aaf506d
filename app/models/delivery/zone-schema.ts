import { z } from "zod";
import { DISTRICTS, REGIONS } from "~/models/catalog/region-data";
import { parseAzn } from "~/utils/money-input";

/** The longest estimate a producer can promise, in days. */
export const MAX_DELIVERY_DAYS = 60;

const azn = (required: boolean) =>
  z
    .string()
    .optional()
    .transform((value, ctx): number | null => {
      const text = (value ?? "").trim();
      if (!text) {
        if (required) {
          ctx.addIssue({ code: "custom", message: "form.required" });
          return z.NEVER;
        }
        return null;
      }
      const parsed = parseAzn(text);
      if (!parsed.ok) {
        ctx.addIssue({ code: "custom", message: parsed.error });
        return z.NEVER;
      }
      return parsed.qepik;
    });

const days = z.coerce
  .number({ error: "form.required" })
  .int("dashboard.delivery.daysWhole")
  .min(0, "dashboard.delivery.daysWhole")
  .max(MAX_DELIVERY_DAYS, "dashboard.delivery.daysTooMany");

/** A list field: one value, several, or none (checkboxes send nothing when none is ticked). */
const list = <T extends z.ZodType<string>>(item: T) =>
  z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(item).max(200));

const REGION_SLUGS = REGIONS.map((region) => region.slug);

/** The zone form on /dashboard/delivery: all of Azerbaijan, or whole regions and single districts. */
export const zoneSchema = z
  .object({
    intent: z.literal("save"),
    zoneId: z.string().trim().max(40).optional(),
    everywhere: z
      .string()
      .optional()
      .transform((value) => value === "on"),
    regions: list(z.string().refine((slug) => REGION_SLUGS.includes(slug), "address.districtUnknown")),
    districts: list(z.string().refine((district) => DISTRICTS.includes(district), "address.districtUnknown")),
    fee: azn(true),
    freeFrom: azn(false),
    minDays: days,
    maxDays: days,
  })
  .superRefine((value, ctx) => {
    if (!value.everywhere && value.regions.length === 0 && value.districts.length === 0) {
      ctx.addIssue({ code: "custom", path: ["districts"], message: "dashboard.delivery.choosePlaces" });
    }
    if (value.maxDays < value.minDays) ctx.addIssue({ code: "custom", path: ["maxDays"], message: "dashboard.delivery.daysOrder" });
  })
  .transform((value) => ({
    zoneId: value.zoneId || null,
    everywhere: value.everywhere,
    // Whole regions are their districts: a zone stores districts only.
    districts: value.everywhere ? [] : [...new Set([...value.regions.flatMap((slug) => REGIONS.find((r) => r.slug === slug)!.districts), ...value.districts])],
    feeQ: value.fee!,
    freeFromQ: value.freeFrom,
    minDays: value.minDays,
    maxDays: value.maxDays,
  }));

export type ZoneInput = z.output<typeof zoneSchema>;

export const deleteZoneSchema = z.object({ intent: z.literal("delete"), zoneId: z.string().trim().min(1).max(40) });
