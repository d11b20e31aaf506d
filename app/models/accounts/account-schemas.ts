import { z } from "zod";
import { emailField, passwordField } from "~/utils/form-fields";

/** /account/password: the current password proves it is the owner at the keyboard. */
export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "form.required" }).min(1, "form.required").max(200, "form.tooLong"),
    password: passwordField,
    confirm: z.string({ error: "form.required" }),
  })
  .refine((value) => value.password === value.confirm, { message: "account.password.mismatch", path: ["confirm"] })
  .refine((value) => value.password !== value.currentPassword, { message: "account.password.same", path: ["password"] });

/** /forgot-password */
export const forgotPasswordSchema = z.object({ email: emailField });
