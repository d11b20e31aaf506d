import { db, type Tx, type Client } from "~/utils/db.server";
import { emptyChanges, hasNoChanges, parseChanges, type RevisionChanges, type SubjectType } from "~/models/revisions/revision-changes";

/** Something already public whose changes wait for a mentor: a PUBLISHED listing or an ACTIVE producer's profile. */
export type Subject = { type: SubjectType; id: string; producerId: string };

const keyOf = (type: SubjectType, id: string) => `${type}:${id}`;

/** The subject's pending revision, or null. */
export async function findPendingRevision(type: SubjectType, id: string, client: Client = db) {
  const row = await client.revision.findUnique({
    where: { pendingKey: keyOf(type, id) },
    select: { id: true, changes: true, submittedAt: true, _count: { select: { images: true } } },
  });
  return row ? { id: row.id, changes: parseChanges(row.changes), addedPhotos: row._count.images, submittedAt: row.submittedAt } : null;
}

/**
 * Opens the subject's pending revision if there is none, or changes the one there is (the unique
 * pendingKey keeps it to one). When nothing is left to review the revision is withdrawn.
 * Returns the pending revision's id, or null when there is none any more.
 */
export async function reviseSubject(tx: Tx, subject: Subject, update: (changes: RevisionChanges) => RevisionChanges, keepOpen = false) {
  const pendingKey = keyOf(subject.type, subject.id);
  const current = await tx.revision.findUnique({
    where: { pendingKey },
    select: { id: true, changes: true, _count: { select: { images: true } } },
  });
  const next = update(current ? parseChanges(current.changes) : emptyChanges());
  const empty = !keepOpen && hasNoChanges(next) && (current?._count.images ?? 0) === 0;
  if (current) {
    if (empty) {
      await tx.revision.delete({ where: { id: current.id } });
      return null;
    }
    await tx.revision.update({ where: { id: current.id }, data: { changes: JSON.stringify(next) } });
    return current.id;
  }
  if (empty) return null;
  const created = await tx.revision.create({
    data: { subjectType: subject.type, subjectId: subject.id, producerId: subject.producerId, pendingKey, changes: JSON.stringify(next) },
    select: { id: true },
  });
  return created.id;
}

/** The mentor's reason when the subject's latest decided revision was rejected, else "". */
export async function lastRejectionReason(type: SubjectType, id: string, client: Client = db) {
  const last = await client.revision.findFirst({
    where: { subjectType: type, subjectId: id, status: { not: "PENDING" } },
    orderBy: [{ decidedAt: "desc" }, { id: "desc" }],
    select: { status: true, reason: true },
  });
  return last?.status === "REJECTED" ? last.reason : "";
}

export type PendingRevisionRow = {
  id: string;
  subjectType: SubjectType;
  subjectId: string;
  producerId: string;
  changes: RevisionChanges;
  submittedAt: Date;
};

/** Pending revisions, oldest first, for the mentors' queue. */
export async function listPendingRevisions(limit: number): Promise<PendingRevisionRow[]> {
  const rows = await db.revision.findMany({
    where: { status: "PENDING" },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, subjectType: true, subjectId: true, producerId: true, changes: true, submittedAt: true },
  });
  return rows.map((row) => ({ ...row, changes: parseChanges(row.changes) }));
}

/** Ids of the producer's subjects of one type that have changes waiting for a mentor. */
export async function subjectsWithPendingRevision(producerId: string, type: SubjectType) {
  const rows = await db.revision.findMany({ where: { producerId, subjectType: type, status: "PENDING" }, select: { subjectId: true } });
  return new Set(rows.map((row) => row.subjectId));
}

export async function countPendingRevisions() {
  return db.revision.count({ where: { status: "PENDING" } });
}

export async function getPendingRevision(tx: Tx, id: string): Promise<PendingRevisionRow | null> {
  const row = await tx.revision.findFirst({
    where: { id, status: "PENDING" },
    select: { id: true, subjectType: true, subjectId: true, producerId: true, changes: true, submittedAt: true },
  });
  return row ? { ...row, changes: parseChanges(row.changes) } : null;
}

export async function revisionExists(id: string) {
  return (await db.revision.count({ where: { id } })) > 0;
}

/**
 * Closes a pending revision. Conditional on it still being pending, so two mentors deciding at
 * once cannot both win: returns false for the one who lost.
 */
export async function closeRevision(tx: Tx, id: string, status: "APPROVED" | "REJECTED", actorId: string, reason = "") {
  const { count } = await tx.revision.updateMany({
    where: { id, status: "PENDING" },
    data: { status, pendingKey: null, reason, decidedAt: new Date(), decidedById: actorId },
  });
  return count === 1;
}
