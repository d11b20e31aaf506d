/**
 * Which delivered orders a shopper may ask to return, and until when. Decided from the catalogue's
 * own data: food (the agriculture and agro-processing sectors) is never returned once delivered in
 * good order, nor goods made to measure (priced per m², like carpets woven to size), nor
 * experiences and stays (they have their cancellation policy instead). Everything else may be
 * returned within the producer's window (Producer.returnDays, 0: no returns), counted from delivery
 * (completed, else shipped). A return covers the whole order: every line must be returnable.
 */
import { isOneOf } from "~/utils/one-of";
export const FOOD_SECTORS = ["agriculture", "agro-processing"] as const;
export const MADE_TO_MEASURE_UNITS = ["m2"] as const;
export const MAX_RETURN_DAYS = 60;
export const MAX_RETURN_PHOTOS = 3;

export type ReturnLine = { kind: string; unit: string; sectorSlug: string };
export type ReturnFacts = {
  status: string;
  fulfilment: string;
  shippedAt: Date | string | null;
  completedAt: Date | string | null;
  returnDays: number;
  lines: ReturnLine[];
};

export type ReturnEligibility =
  { ok: true; until: Date } | { ok: false; reason: "after.return.notDelivered" | "after.return.notReturnable" | "after.return.windowClosed" };

export function lineReturnable(line: ReturnLine): boolean {
  if (line.kind !== "GOOD") return false;
  if (isOneOf(FOOD_SECTORS, line.sectorSlug)) return false;
  return !isOneOf(MADE_TO_MEASURE_UNITS, line.unit);
}

export function returnEligibility(order: ReturnFacts, now: Date): ReturnEligibility {
  const deliveredAt = order.completedAt ?? order.shippedAt;
  if (order.fulfilment === "ON_SITE" || !deliveredAt || (order.status !== "SHIPPED" && order.status !== "COMPLETED")) {
    return { ok: false, reason: "after.return.notDelivered" };
  }
  if (order.returnDays <= 0 || order.lines.length === 0 || !order.lines.every(lineReturnable)) return { ok: false, reason: "after.return.notReturnable" };
  const until = new Date(new Date(deliveredAt).getTime() + order.returnDays * 86_400_000);
  if (now > until) return { ok: false, reason: "after.return.windowClosed" };
  return { ok: true, until };
}
