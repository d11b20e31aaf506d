/**
 * Which goods their family takes back (within its return window, Producer.returnDays): what each
 * listing says (Product.acceptsReturns), or, left as usual (null), every good except food (the
 * agriculture and agro-processing sectors: not taken back once delivered in good order) and goods
 * made to measure (priced per m², like carpets woven to size). Experiences and stays never are:
 * they have their cancellation policy instead. Orders ask it per line (orders/return-policy.ts).
 */
import { isOneOf } from "~/utils/one-of";

const FOOD_SECTORS = ["agriculture", "agro-processing"] as const;
const MADE_TO_MEASURE_UNITS = ["m2"] as const;

export type ReturnLine = { kind: string; unit: string; sectorSlug: string; acceptsReturns: boolean | null };

export function lineReturnable(line: ReturnLine): boolean {
  if (line.kind !== "GOOD") return false;
  return line.acceptsReturns ?? (!isOneOf(FOOD_SECTORS, line.sectorSlug) && !isOneOf(MADE_TO_MEASURE_UNITS, line.unit));
}

/** What a good's page states: returns within so many days of delivery, 0 when it is not taken back. */
export function productReturnDays(line: ReturnLine, returnDays: number): number {
  return lineReturnable(line) ? Math.max(0, returnDays) : 0;
}
