import { describe, expect, it } from "vitest";
import { productReturnDays } from "~/models/catalog/returnable";
import { returnEligibility, type ReturnFacts } from "~/models/orders/return-policy";

const DAY = 86_400_000;
const shipped = new Date("2026-11-20T10:00:00Z");
const carpet = { kind: "GOOD", unit: "piece", sectorSlug: "handicraft", acceptsReturns: null };

function facts(overrides: Partial<ReturnFacts> = {}): ReturnFacts {
  return { status: "SHIPPED", fulfilment: "DELIVERY", shippedAt: shipped, completedAt: null, returnDays: 14, lines: [carpet], ...overrides };
}

describe("which delivered orders may be returned, and until when", () => {
  it("the window counts from delivery (completed, else shipped) and includes its last moment", () => {
    expect(returnEligibility(facts(), new Date(shipped.getTime() + 14 * DAY))).toEqual({ ok: true, until: new Date(shipped.getTime() + 14 * DAY) });
    expect(returnEligibility(facts(), new Date(shipped.getTime() + 14 * DAY + 1))).toEqual({ ok: false, reason: "after.return.windowClosed" });
    const completed = new Date(shipped.getTime() + 5 * DAY);
    const later = returnEligibility(facts({ status: "COMPLETED", completedAt: completed }), new Date(shipped.getTime() + 18 * DAY));
    expect(later).toEqual({ ok: true, until: new Date(completed.getTime() + 14 * DAY) });
    expect(returnEligibility(facts({ returnDays: 3 }), new Date(shipped.getTime() + 4 * DAY))).toMatchObject({
      ok: false,
      reason: "after.return.windowClosed",
    });
  });

  it("as usual: food, goods made to measure, experiences and a producer taking no returns: never; one such line refuses the whole order", () => {
    const now = new Date(shipped.getTime() + DAY);
    const refused = { ok: false, reason: "after.return.notReturnable" };
    expect(returnEligibility(facts({ lines: [carpet, { kind: "GOOD", unit: "jar", sectorSlug: "agro-processing", acceptsReturns: null }] }), now)).toEqual(
      refused,
    );
    expect(returnEligibility(facts({ lines: [{ kind: "GOOD", unit: "kg", sectorSlug: "agriculture", acceptsReturns: null }] }), now)).toEqual(refused);
    expect(returnEligibility(facts({ lines: [{ kind: "GOOD", unit: "m2", sectorSlug: "handicraft", acceptsReturns: null }] }), now)).toEqual(refused);
    expect(returnEligibility(facts({ lines: [{ kind: "EXPERIENCE", unit: "person", sectorSlug: "tourism", acceptsReturns: null }] }), now)).toEqual(refused);
    expect(returnEligibility(facts({ returnDays: 0 }), now)).toEqual(refused);
    expect(returnEligibility(facts({ lines: [] }), now)).toEqual(refused);
  });

  it("the family's word on a listing overrides the usual: food or a carpet made to measure taken back, a craft not; never an experience", () => {
    const now = new Date(shipped.getTime() + DAY);
    const refused = { ok: false, reason: "after.return.notReturnable" };
    const honey = { kind: "GOOD", unit: "jar", sectorSlug: "agro-processing", acceptsReturns: true };
    expect(returnEligibility(facts({ lines: [honey, { kind: "GOOD", unit: "m2", sectorSlug: "handicraft", acceptsReturns: true }] }), now)).toMatchObject({
      ok: true,
    });
    expect(returnEligibility(facts({ lines: [honey, { ...carpet, acceptsReturns: false }] }), now)).toEqual(refused);
    expect(returnEligibility(facts({ lines: [honey], returnDays: 0 }), now)).toEqual(refused);
    expect(returnEligibility(facts({ lines: [{ kind: "EXPERIENCE", unit: "person", sectorSlug: "tourism", acceptsReturns: true }] }), now)).toEqual(refused);
    expect(productReturnDays(honey, 14)).toBe(14);
    expect(productReturnDays({ ...honey, acceptsReturns: null }, 14)).toBe(0);
    expect(productReturnDays(carpet, 0)).toBe(0);
  });

  it("not yet delivered, cancelled, or on site: not returnable", () => {
    const now = new Date(shipped.getTime() + DAY);
    const notDelivered = { ok: false, reason: "after.return.notDelivered" };
    expect(returnEligibility(facts({ status: "CONFIRMED", shippedAt: null }), now)).toEqual(notDelivered);
    expect(returnEligibility(facts({ status: "READY_FOR_PICKUP", shippedAt: null }), now)).toEqual(notDelivered);
    expect(returnEligibility(facts({ status: "CANCELLED" }), now)).toEqual(notDelivered);
    expect(returnEligibility(facts({ fulfilment: "ON_SITE", status: "COMPLETED", completedAt: shipped }), now)).toEqual(notDelivered);
  });
});
