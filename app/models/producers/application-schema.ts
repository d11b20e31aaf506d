import { z } from "zod";
import { requiredLine } from "~/utils/form-fields";
import { emailField, nameField, passwordField } from "~/utils/form-fields";

export const phoneField = z
  .string({ error: "form.required" })
  .trim()
  .regex(/^\+?[0-9][0-9 ()-]{6,19}$/, "form.phone");

/** Applying as a producer; a visitor without an account also gives name, email and password. */
export const applicationSchema = z.object({
  businessName: requiredLine(120, 2),
  regionId: z.coerce.number({ error: "form.required" }).int("form.required").positive("form.required"),
  sectors: z
    .array(z.coerce.number().int().positive(), { error: "dashboard.sell.chooseSector" })
    .min(1, "dashboard.sell.chooseSector")
    .max(4, "form.invalid")
    // Each sector once: a repeated id would otherwise reach the database's unique key.
    .refine((ids) => new Set(ids).size === ids.length, "dashboard.sell.sectorTwice"),
  storyAz: z.string({ error: "form.required" }).trim().min(20, "dashboard.sell.storyShort").max(5000, "form.tooLong"),
  phone: phoneField,
});
export type ApplicationInput = z.output<typeof applicationSchema>;

export const applicationWithSignupSchema = applicationSchema.extend({
  name: nameField,
  email: emailField,
  password: passwordField,
});
export type ApplicationWithSignupInput = z.output<typeof applicationWithSignupSchema>;
