import { z } from "zod";

export const MAX_CAPACITY = 500;
export const MAX_WEEKS = 52;

const dateField = z
  .string({ error: "form.required" })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "dashboard.slots.dateFormat")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "dashboard.slots.dateFormat");
const timeField = z
  .string({ error: "form.required" })
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "dashboard.slots.timeFormat");
const capacityField = z
  .string({ error: "form.required" })
  .trim()
  .transform((value, ctx) => {
    if (!/^-?\d{1,6}$/.test(value)) {
      ctx.addIssue({ code: "custom", message: "dashboard.error.stockFormat" });
      return z.NEVER;
    }
    const n = Number(value);
    if (n < 1) {
      ctx.addIssue({ code: "custom", message: "dashboard.slots.capacityMin" });
      return z.NEVER;
    }
    if (n > MAX_CAPACITY) {
      ctx.addIssue({ code: "custom", message: "dashboard.slots.capacityMax" });
      return z.NEVER;
    }
    return n;
  });

export const slotSchema = z.object({ date: dateField, time: timeField, capacity: capacityField });
export type SlotInput = z.output<typeof slotSchema>;

export const weeklySlotsSchema = z.object({
  /** ISO weekday: 1 = Monday … 7 = Sunday */
  weekday: z.coerce.number({ error: "form.required" }).int("form.invalid").min(1, "form.invalid").max(7, "form.invalid"),
  time: timeField,
  fromDate: dateField,
  weeks: z.coerce.number({ error: "form.required" }).int("form.invalid").min(1, "dashboard.slots.weeksRange").max(MAX_WEEKS, "dashboard.slots.weeksRange"),
  capacity: capacityField,
});
export type WeeklySlotsInput = z.output<typeof weeklySlotsSchema>;

export const capacitySchema = z.object({ slotId: z.string().min(1), capacity: capacityField });
