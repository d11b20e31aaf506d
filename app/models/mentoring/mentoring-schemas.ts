import { z } from "zod";
import { requiredLine } from "~/utils/form-fields";
import { bakuAt, bakuDay, bakuToday } from "~/utils/baku-time";

export const noteSchema = z.object({
  body: z.string({ error: "form.required" }).trim().min(1, "form.required").max(4000, "form.tooLong"),
});

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A due day from a date input (YYYY-MM-DD), as the last moment of that day in Baku. */
export function dueDateFromDay(day: string): Date {
  return bakuAt(day, "23:59:59.999");
}

/** One message for a bad due day: not a real day, in the past, or absurdly far ahead. */
function dueDayError(day: string): string | null {
  if (!DAY.test(day)) return "admin.task.dueInvalid";
  const date = dueDateFromDay(day);
  // A real calendar day: 2026-02-31 would otherwise roll over into March.
  if (Number.isNaN(date.getTime()) || bakuDay(date) !== day) return "admin.task.dueInvalid";
  if (day < bakuToday()) return "admin.task.dueInPast";
  if (day > bakuToday(new Date(Date.now() + 2 * 366 * 24 * 60 * 60 * 1000))) return "admin.task.dueTooFar";
  return null;
}

export const taskSchema = z.object({
  title: requiredLine(200),
  dueDate: z.string({ error: "form.required" }).superRefine((day, ctx) => {
    const error = dueDayError(day);
    if (error) ctx.addIssue({ code: "custom", message: error });
  }),
});
