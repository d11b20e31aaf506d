import { recordAudit } from "~/models/audit/audit.server";
import { db } from "~/utils/db.server";

/**
 * Private notes about a producer. Only staff routes call these: mentors work as one team and
 * read every producer's notes; nothing here is ever sent to a producer's pages.
 */
export async function listMentorNotes(producerId: string) {
  const notes = await db.mentorNote.findMany({
    where: { producerId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
  });
  return notes.map((n) => ({ id: n.id, body: n.body, author: n.author.name, createdAt: n.createdAt.toISOString() }));
}

/** Returns false when there is no such producer. */
export async function addMentorNote(actorId: string, producerId: string, body: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const producer = await tx.producer.findUnique({ where: { id: producerId }, select: { id: true } });
    if (!producer) return false;
    const note = await tx.mentorNote.create({ data: { producerId, authorId: actorId, body }, select: { id: true } });
    await recordAudit(tx, {
      actorId,
      action: "note.add",
      entityType: "MentorNote",
      entityId: note.id,
      after: { producerId, body },
    });
    return true;
  });
}
