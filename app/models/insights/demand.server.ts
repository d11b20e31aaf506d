import type { DemandEventType } from "~/generated/prisma/enums";
import { db } from "~/utils/db.server";

/** Anonymous: no user or session is stored with the event. */
export async function recordDemandEvent(event: {
  type: DemandEventType;
  productId?: string;
  producerId?: string;
  regionId?: number;
  query?: string;
  resultCount?: number;
  quantity?: number;
}) {
  await db.demandEvent.create({
    data: { ...event, query: event.query?.slice(0, 100) },
  });
}

export async function recordSearch(query: string, resultCount: number) {
  await recordDemandEvent({ type: "SEARCH", query: query.trim().toLowerCase(), resultCount });
}
