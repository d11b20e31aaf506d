import type { Prisma } from "~/utils/db.server";

/** The error every staff decision returns when the decider belongs to the producer concerned. */
export const OWN_PRODUCER = "admin.review.ownProducer" as const;

/**
 * Separation of duties: staff never approve, decline, verify, suspend, reactivate or review
 * anything of a producer they are a member of; another staff member must. Checked inside the
 * deciding transaction, so joining a producer and deciding at the same moment cannot slip through.
 */
export async function decidesOwnProducer(tx: Prisma.TransactionClient, actorId: string, producerId: string) {
  const membership = await tx.producerMember.findFirst({ where: { userId: actorId, producerId }, select: { id: true } });
  return membership !== null;
}
