/**
 * Which delivered orders a shopper may ask to return, and until when: within the producer's
 * window (Producer.returnDays, 0: no returns), counted from delivery (completed, else shipped),
 * when every line is a good its family takes back (catalog/returnable.ts). A return covers the
 * whole order.
 */
import { lineReturnable, type ReturnLine } from "~/models/catalog/returnable";

export const MAX_RETURN_DAYS = 60;
export const MAX_RETURN_PHOTOS = 3;

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
