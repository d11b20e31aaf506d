import { z } from "zod";

// Messages are locale keys: the form renders them in the visitor's language.

/**
 * C0 and C1 controls (CR and LF included), line and paragraph separators, and the bidirectional
 * overrides that make text display in a different order from the one it is stored in. None of
 * them belongs in a name or a title: they split mail headers and CSV rows, and disguise text.
 */
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const noControlCharacters = (value: string) => !CONTROL_CHARACTERS.test(value);

/** A required name or title: one line of visible text, trimmed, `min` to `max` characters. */
export const requiredLine = (max: number, min = 1) =>
  z.string({ error: "form.required" }).trim().min(min, "form.required").max(max, "form.tooLong").refine(noControlCharacters, "form.controlCharacters");

/** An optional name or title ("" when left out). */
export const optionalLine = (max: number) =>
  z.string().trim().max(max, "form.tooLong").refine(noControlCharacters, "form.controlCharacters").optional().default("");

/** Record ids are cuids; anything else is a forged or broken form. */
export const idField = z.string({ error: "form.required" }).trim().min(1, "form.required").max(64, "form.invalid");

export const reasonField = z.string({ error: "admin.review.reasonRequired" }).trim().min(1, "admin.review.reasonRequired").max(1000, "form.tooLong");

export const emailField = z.string({ error: "form.required" }).trim().toLowerCase().max(254, "form.tooLong").pipe(z.email("form.email"));

export const passwordField = z.string({ error: "form.required" }).min(8, "form.passwordLength").max(200, "form.tooLong");

export const nameField = requiredLine(120);
