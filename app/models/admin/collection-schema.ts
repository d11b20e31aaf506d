import { z } from "zod";
import { optionalLine, requiredLine } from "~/utils/form-fields";
import { idField } from "~/utils/form-fields";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Collection schedule days are read in Baku time (UTC+4, no daylight saving). */
export function bakuDayStart(day: string) {
  return new Date(`${day}T00:00:00.000+04:00`);
}

/** The day (YYYY-MM-DD, Baku time) a moment falls on. */
export function bakuDayOf(date: Date | string) {
  return new Date(new Date(date).getTime() + 4 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

function isDay(day: string) {
  if (!DAY.test(day)) return false;
  const start = bakuDayStart(day);
  // A real calendar day: 2026-02-31 would otherwise roll over into March.
  return !Number.isNaN(start.getTime()) && bakuDayOf(start) === day;
}

const optionalDay = z.string().refine(isDay, "admin.collection.dayInvalid").optional();

export const collectionSchema = z
  .object({
    slug: z
      .string({ error: "form.required" })
      .trim()
      .toLowerCase()
      .max(60, "form.tooLong")
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "admin.collection.slugInvalid"),
    titleAz: requiredLine(120),
    titleEn: optionalLine(120),
    titleRu: optionalLine(120),
    /** first day shown; empty = from now on */
    startsOn: optionalDay,
    /** last day shown (inclusive); empty = no end */
    endsOn: optionalDay,
    onHome: z.boolean().optional().default(false),
    position: z
      .number({ error: "admin.collection.positionInvalid" })
      .int("admin.collection.positionInvalid")
      .min(0, "admin.collection.positionInvalid")
      .max(999, "admin.collection.positionInvalid")
      .optional()
      .default(0),
  })
  .refine((value) => !value.startsOn || !value.endsOn || value.endsOn >= value.startsOn, {
    message: "admin.collection.endsBeforeStarts",
    path: ["endsOn"],
  });
export type CollectionInput = z.output<typeof collectionSchema>;

/** The schedule as stored: from the start of the first day to the start of the day after the last. */
export function scheduleOf(input: Pick<CollectionInput, "startsOn" | "endsOn">) {
  return {
    startsAt: input.startsOn ? bakuDayStart(input.startsOn) : null,
    endsAt: input.endsOn ? new Date(bakuDayStart(input.endsOn).getTime() + 24 * 60 * 60 * 1000) : null,
  };
}

/** "foo", "/products/foo" or a full product URL all name the product "foo". */
const productSlug = z
  .string()
  .trim()
  .transform(
    (value) =>
      value
        .replace(/[?#].*$/, "")
        .replace(/\/+$/, "")
        .split("/")
        .pop() ?? "",
  )
  .pipe(z.string().min(1, "form.required").max(120, "form.tooLong"));

export const collectionItemSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("add-slug"), slug: z.string({ error: "form.required" }).pipe(productSlug) }),
  z.object({ intent: z.literal("add-item"), productId: idField }),
  z.object({ intent: z.literal("move-item"), productId: idField, direction: z.enum(["up", "down"]) }),
  z.object({ intent: z.literal("remove-item"), productId: idField }),
]);
