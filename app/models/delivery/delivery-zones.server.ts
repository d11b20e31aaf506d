import { db, type Client } from "~/utils/db.server";
import type { ZoneRule } from "./delivery-zones";
import type { ZoneInput } from "./zone-schema";

const zoneSelect = {
  id: true,
  producerId: true,
  everywhere: true,
  feeQ: true,
  freeFromQ: true,
  minDays: true,
  maxDays: true,
  districts: { select: { district: true }, orderBy: { district: "asc" } },
} as const;

type ZoneRow = { id: string; everywhere: boolean; feeQ: number; freeFromQ: number | null; minDays: number; maxDays: number; districts: { district: string }[] };

function toRule(row: ZoneRow): ZoneRule {
  return {
    id: row.id,
    everywhere: row.everywhere,
    districts: row.districts.map((d) => d.district),
    feeQ: row.feeQ,
    freeFromQ: row.freeFromQ,
    minDays: row.minDays,
    maxDays: row.maxDays,
  };
}

/** A producer's zones, "everywhere" first, then in the order they were made. */
export async function listZones(producerId: string, client: Client = db): Promise<ZoneRule[]> {
  const rows = await client.deliveryZone.findMany({
    where: { producerId },
    select: zoneSelect,
    orderBy: [{ everywhere: "desc" }, { createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map(toRule);
}

/** The zones of several producers at once (the cart and checkout), keyed by producer. */
export async function zonesByProducer(producerIds: string[], client: Client = db): Promise<Map<string, ZoneRule[]>> {
  const rows = await client.deliveryZone.findMany({
    where: { producerId: { in: producerIds } },
    select: zoneSelect,
    orderBy: [{ everywhere: "desc" }, { createdAt: "asc" }, { id: "asc" }],
  });
  const byProducer = new Map<string, ZoneRule[]>(producerIds.map((id) => [id, []]));
  for (const row of rows) byProducer.get(row.producerId)?.push(toRule(row));
  return byProducer;
}

/** Whether the producer delivers at all (has a zone). */
export async function deliversAnywhere(producerId: string, client: Client = db): Promise<boolean> {
  return (await client.deliveryZone.count({ where: { producerId } })) > 0;
}

/** One of the producer's own zones, or null (another producer's id is not found). */
export async function findOwnZone(producerId: string, zoneId: string): Promise<ZoneRule | null> {
  const row = await db.deliveryZone.findFirst({ where: { id: zoneId, producerId }, select: zoneSelect });
  return row ? toRule(row) : null;
}

export type SaveZoneResult =
  | { ok: true; zoneId: string }
  | { ok: false; error: "notFound" }
  | { ok: false; field: "everywhere"; message: "dashboard.delivery.everywhereTaken" }
  | { ok: false; field: "districts"; message: "dashboard.delivery.districtTaken"; districts: string[] };

/**
 * Adds a zone or changes one of the producer's own. One "everywhere" zone per producer, and a
 * district in at most one zone, so every address has exactly one fee.
 */
export async function saveZone(producerId: string, input: ZoneInput): Promise<SaveZoneResult> {
  return db.$transaction(async (tx) => {
    if (input.zoneId && !(await tx.deliveryZone.count({ where: { id: input.zoneId, producerId } }))) return { ok: false, error: "notFound" } as const;
    const others = { producerId, ...(input.zoneId ? { id: { not: input.zoneId } } : {}) };
    if (input.everywhere && (await tx.deliveryZone.count({ where: { ...others, everywhere: true } }))) {
      return { ok: false, field: "everywhere", message: "dashboard.delivery.everywhereTaken" } as const;
    }
    const taken = await tx.deliveryZoneDistrict.findMany({
      where: { producerId, district: { in: input.districts }, ...(input.zoneId ? { zoneId: { not: input.zoneId } } : {}) },
      select: { district: true },
      orderBy: { district: "asc" },
    });
    if (taken.length > 0)
      return { ok: false, field: "districts", message: "dashboard.delivery.districtTaken", districts: taken.map((t) => t.district) } as const;
    const fields = { everywhere: input.everywhere, feeQ: input.feeQ, freeFromQ: input.freeFromQ, minDays: input.minDays, maxDays: input.maxDays };
    const zone = input.zoneId
      ? await tx.deliveryZone.update({ where: { id: input.zoneId, producerId }, data: fields, select: { id: true } })
      : await tx.deliveryZone.create({ data: { producerId, ...fields }, select: { id: true } });
    await tx.deliveryZoneDistrict.deleteMany({ where: { zoneId: zone.id, producerId } });
    if (input.districts.length > 0) {
      await tx.deliveryZoneDistrict.createMany({ data: input.districts.map((district) => ({ zoneId: zone.id, producerId, district })) });
    }
    return { ok: true, zoneId: zone.id } as const;
  });
}

/** Removes one of the producer's own zones; false when it is not theirs (or gone). */
export async function deleteZone(producerId: string, zoneId: string): Promise<boolean> {
  return (await db.deliveryZone.deleteMany({ where: { id: zoneId, producerId } })).count > 0;
}
