import { z } from "zod";

/** Spaces are allowed while typing; the IBAN is kept without them, in capitals. */
export function normaliseIban(value: string): string {
  return value.replace(/\s+/g, "").toUpperCase();
}

/**
 * An Azerbaijani IBAN: 28 characters, AZ, 2 check digits, a 4-letter bank code and 20 letters
 * or digits, whose ISO 13616 mod-97 check gives 1.
 */
export function isAzerbaijaniIban(value: string): boolean {
  const iban = normaliseIban(value);
  if (!/^AZ\d{2}[A-Z]{4}[A-Z0-9]{20}$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const digits = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of digits) remainder = (remainder * 10 + Number(d)) % 97;
  }
  return remainder === 1;
}

export const bankDetailsSchema = z.object({
  bankHolder: z
    .string({ error: "form.required" })
    .trim()
    .min(2, "form.required")
    .max(120, "form.tooLong")
    .regex(/^[^\p{Cc}]*$/u, "form.invalid"),
  bankIban: z.string({ error: "form.required" }).transform(normaliseIban).refine(isAzerbaijaniIban, "bank.ibanInvalid"),
  password: z.string({ error: "form.required" }).min(1, "form.required").max(200),
});

export type BankDetailsInput = z.output<typeof bankDetailsSchema>;
