import { z } from "zod";
import { emailField, nameField, passwordField } from "~/utils/form-fields";

/**
 * Only paths on this site, so a login link cannot bounce the user elsewhere. Browsers read
 * `/\evil` and `/<tab>/evil` as `//evil`, so backslashes and control characters disqualify too.
 */
export function safeRedirectPath(value: string | undefined | null): string | undefined {
  if (!value || !value.startsWith("/") || /[\\\u0000-\u001f\u007f]/.test(value)) return undefined;
  try {
    const url = new URL(value, "http://abad.invalid");
    return url.origin === "http://abad.invalid" ? `${url.pathname}${url.search}${url.hash}` : undefined;
  } catch {
    return undefined;
  }
}

export const redirectToField = z.string().optional().transform(safeRedirectPath);

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
