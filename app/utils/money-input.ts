/** Money as people type it: AZN text in, integer qəpik out, and back. */

/** Highest price a producer can type: 100 000 AZN. */
export const MAX_PRICE_Q = 10_000_000;

export type AznParse =
  { ok: true; qepik: number } | { ok: false; error: "dashboard.error.priceNegative" | "dashboard.error.priceFormat" | "dashboard.error.priceTooHigh" };

/**
 * Reads a price typed in AZN into integer qəpik: "4,50", "4.50", "4" and "1 250,5" all work
 * (Azerbaijani writes a decimal comma). Never goes through floating point.
 */
export function parseAzn(input: string): AznParse {
  const text = input
    .trim()
    .replace(/[\s\u00a0]/g, "")
    .replace(/(₼|azn|manat)$/i, "");
  if (/^-/.test(text)) return { ok: false, error: "dashboard.error.priceNegative" };
  const match = /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(text);
  if (!match) return { ok: false, error: "dashboard.error.priceFormat" };
  const qepik = Number(match[1]) * 100 + Number((match[2] ?? "0").padEnd(2, "0"));
  if (qepik > MAX_PRICE_Q) return { ok: false, error: "dashboard.error.priceTooHigh" };
  return { ok: true, qepik };
}

/** Integer qəpik as the producer types it back: 450 → "4.50". */
export function formatAznInput(qepik: number): string {
  return `${Math.floor(qepik / 100)}.${String(qepik % 100).padStart(2, "0")}`;
}
