import { z } from "zod";

/** Longest message; long enough for a real question, short enough to stay a message. */
export const MESSAGE_MAX = 2000;
export const REPORT_REASON_MAX = 500;

// Messages are plain text: control characters other than line breaks are refused, never stored.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;

export const messageSchema = z.object({
  body: z
    .string({ error: "messages.error.bodyRequired" })
    .transform((value) => value.replace(/\r\n?/g, "\n").trim())
    .pipe(
      z
        .string()
        .min(1, { error: "messages.error.bodyRequired" })
        .max(MESSAGE_MAX, { error: "messages.error.bodyTooLong" })
        .refine((value) => !CONTROL.test(value), { error: "messages.error.bodyControl" }),
    ),
});

export const reportSchema = z.object({
  reason: z
    .string({ error: "messages.error.reasonRequired" })
    .transform((value) => value.trim())
    .pipe(
      z
        .string()
        .min(3, { error: "messages.error.reasonRequired" })
        .max(REPORT_REASON_MAX, { error: "messages.error.reasonTooLong" })
        .refine((value) => !CONTROL.test(value), { error: "messages.error.bodyControl" }),
    ),
});

/** The field errors of a failed parse, keyed by field (each message is a locale key). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) (errors[String(issue.path[0] ?? "body")] ??= []).push(issue.message);
  return errors;
}
