import { z } from "zod";

// Messages are locale keys: the form renders them in the shopper's language.
export const emailField = z
  .string({ error: "form.required" })
  .trim()
  .toLowerCase()
  .max(254, "form.tooLong")
  .pipe(z.email("form.email"));

export const passwordField = z
  .string({ error: "form.required" })
  .min(8, "form.passwordLength")
  .max(200, "form.tooLong");

export const nameField = z.string({ error: "form.required" }).trim().min(1, "form.required").max(120, "form.tooLong");

/** Only same-site paths, so a login link cannot bounce the user to another site. */
export const redirectToField = z
  .string()
  .optional()
  .transform((value) => (value && value.startsWith("/") && !value.startsWith("//") ? value : undefined));

export const loginSchema = z.object({
  email: emailField,
  password: z.string({ error: "form.required" }).min(1, "form.required").max(200, "form.tooLong"),
  redirectTo: redirectToField,
});

export const signupSchema = z.object({
  name: nameField,
  email: emailField,
  password: passwordField,
  redirectTo: redirectToField,
});
