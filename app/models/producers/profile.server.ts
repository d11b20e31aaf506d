import { deliversAnywhere } from "~/models/delivery/delivery-zones.server";
import { diffFields, type RevisionChanges } from "~/models/revisions/revision-changes";
import { findPendingRevision, lastRejectionReason, reviseSubject } from "~/models/revisions/revisions.server";
import { db, type Prisma } from "~/utils/db.server";
import type { ProfileInput } from "~/models/producers/profile-schema";
import { isOneOf } from "~/utils/one-of";

/** Public words of an active producer's profile: a change waits for a mentor, like a listing's text. */
export const PROFILE_REVIEWED_FIELDS = ["storyAz", "storyEn", "storyRu"] as const;

/** Name and standing of the member's producer, for the dashboard frame. */
export async function getProducerHeader(producerId: string) {
  return db.producer.findUniqueOrThrow({
    where: { id: producerId },
    select: { id: true, name: true, slug: true, status: true, statusReason: true, verified: true },
  });
}

/** The producer's own profile for the edit form, with a pending proposal in place of the live story. */
export async function getProfile(producerId: string) {
  const [profile, revision, rejectedReason] = await Promise.all([
    profileRow(producerId),
    findPendingRevision("Producer", producerId),
    lastRejectionReason("Producer", producerId),
  ]);
  return {
    profile: { ...profile, ...(revision?.changes.fields ?? {}) },
    pendingReview: revision !== null,
    rejectedReason: revision ? "" : rejectedReason,
  };
}

/** The producer's return window in days (0: no returns), which the listing editor states. */
export async function producerReturnDays(producerId: string): Promise<number> {
  return (await db.producer.findUniqueOrThrow({ where: { id: producerId }, select: { returnDays: true } })).returnDays;
}

function profileRow(producerId: string) {
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
      returnDays: true,
    },
  });
}

export async function updateProfile(
  producerId: string,
  input: ProfileInput,
): Promise<
  | { ok: true; pendingReview: boolean }
  | { ok: false; field: "regionId"; error: "form.required" }
  | { ok: false; field: "offersPickup"; error: "dashboard.profile.needFulfilment" }
> {
  if (!(await db.region.count({ where: { id: input.regionId } }))) return { ok: false, field: "regionId", error: "form.required" };
  // Shoppers must be able to get the goods: pickup, or delivery zones (/dashboard/delivery).
  if (!input.offersPickup && !(await deliversAnywhere(producerId))) return { ok: false, field: "offersPickup", error: "dashboard.profile.needFulfilment" };
  return db.$transaction(async (tx) => {
    const current = await tx.producer.findUniqueOrThrow({ where: { id: producerId }, select: { status: true, storyAz: true, storyEn: true, storyRu: true } });
    const story = { storyAz: input.storyAz, storyEn: input.storyEn, storyRu: input.storyRu };
    // An applicant's story is read with the application; an active producer's is public already.
    const live = current.status === "ACTIVE";
    const revisionId = live
      ? await reviseSubject(tx, { type: "Producer", id: producerId, producerId }, (changes) => ({
          ...changes,
          fields: diffFields(PROFILE_REVIEWED_FIELDS, current, story),
        }))
      : null;
    await tx.producer.update({
      where: { id: producerId },
      data: {
        ...(live ? {} : story),
        regionId: input.regionId,
        district: input.district,
        phone: input.phone,
        pickupAddress: input.pickupAddress,
        offersPickup: input.offersPickup,
        ...(input.returnDays !== undefined ? { returnDays: input.returnDays } : {}),
      },
    });
    return { ok: true as const, pendingReview: revisionId !== null };
  });
}

/** Applies an approved revision's story to the producer (photos: see listing-photos). */
export async function applyProfileRevision(tx: Prisma.TransactionClient, producerId: string, changes: RevisionChanges) {
  const fields = Object.fromEntries(Object.entries(changes.fields).filter(([field]) => isOneOf(PROFILE_REVIEWED_FIELDS, field)));
  if (Object.keys(fields).length > 0) await tx.producer.update({ where: { id: producerId }, data: fields });
}
