import { z } from "zod";
import { optionalLine, requiredLine } from "~/utils/form-fields";
import { idField } from "~/utils/form-fields";
import { bakuAt, bakuDay, bakuInstant } from "~/utils/baku-time";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isDay(day: string) {
  if (!DAY.test(day)) return false;
  // Collection schedule days are read in Baku time.
  const start = bakuAt(day);
  // A real calendar day: 2026-02-31 would otherwise roll over into March.
  return !Number.isNaN(start.getTime()) && bakuDay(start) === day;
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
    startsAt: input.startsOn ? bakuAt(input.startsOn) : null,
    endsAt: input.endsOn ? bakuInstant(input.endsOn, 24) : null,
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
