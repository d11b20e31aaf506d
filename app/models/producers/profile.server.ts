import { db } from "~/utils/db.server";

/** Name and standing of the member's producer, for the dashboard frame. */
export async function getProducerHeader(producerId: string) {
  return db.producer.findUniqueOrThrow({
    where: { id: producerId },
    select: { id: true, name: true, slug: true, status: true, statusReason: true, verified: true },
  });
}
