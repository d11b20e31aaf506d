import { z } from "zod";
import { Role } from "~/generated/prisma/enums";
import { idField } from "~/utils/form-fields";
import { emailField, nameField, passwordField } from "~/utils/form-fields";

export const inviteMentorSchema = z.object({
  name: nameField,
  email: emailField,
  locale: z.enum(["az", "en", "ru"], { error: "form.invalid" }).default("az"),
});

export const staffActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("change-role"), userId: idField, role: z.enum(Role, { error: "form.invalid" }) }),
  z.object({ intent: z.literal("deactivate"), userId: idField }),
  z.object({ intent: z.literal("reactivate"), userId: idField }),
]);

export const setPasswordSchema = z
  .object({
    token: z.string({ error: "admin.reset.invalid" }).min(1, "admin.reset.invalid").max(200, "admin.reset.invalid"),
    password: passwordField,
    confirm: z.string({ error: "form.required" }),
  })
  .refine((value) => value.password === value.confirm, { message: "admin.reset.mismatch", path: ["confirm"] });
