import { db } from "~/utils/db.server";
import type { ProfileInput } from "./profile-schema";

/** Name and standing of the member's producer, for the dashboard frame. */
export async function getProducerHeader(producerId: string) {
  return db.producer.findUniqueOrThrow({
    where: { id: producerId },
    select: { id: true, name: true, slug: true, status: true, statusReason: true, verified: true },
  });
}

/** The producer's own profile for the edit form. */
export async function getProfile(producerId: string) {
  return db.producer.findUniqueOrThrow({
    where: { id: producerId },
    select: {
      id: true,
      slug: true,
      name: true,
      status: true,
      storyAz: true,
      storyEn: true,
      storyRu: true,
      regionId: true,
      district: true,
      phone: true,
      pickupAddress: true,
      offersPickup: true,
      offersDelivery: true,
      deliveryFeeQ: true,
    },
  });
}

export async function updateProfile(producerId: string, input: ProfileInput): Promise<{ ok: true } | { ok: false; field: "regionId"; error: "form.required" }> {
  if (!(await db.region.count({ where: { id: input.regionId } }))) return { ok: false, field: "regionId", error: "form.required" };
  await db.producer.update({
    where: { id: producerId },
    data: {
      storyAz: input.storyAz,
      storyEn: input.storyEn,
      storyRu: input.storyRu,
      regionId: input.regionId,
      district: input.district,
      phone: input.phone,
      pickupAddress: input.pickupAddress,
      offersPickup: input.offersPickup,
      offersDelivery: input.offersDelivery,
      deliveryFeeQ: input.offersDelivery ? input.deliveryFee : 0,
    },
  });
  return { ok: true };
}
