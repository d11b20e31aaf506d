import { recordAudit } from "~/models/audit/audit.server";
import { decidesOwnProducer, OWN_PRODUCER } from "~/models/accounts/separation.server";
import { mailProducerMembers } from "~/models/producers/notify-members.server";
import { scheduleMailDelivery, type MailTemplate } from "~/models/mail/outbox.server";
import { STAFF_ROLES } from "~/models/accounts/roles";
import { db, type Prisma, type Tx } from "~/utils/db.server";
import { canMoveProducer, type ProducerStatus } from "~/models/producers/producer-status";

export type ProducerChangeError =
  | "notFound"
  | "admin.review.notPending"
  | "admin.producer.wrongStatus"
  | "admin.producer.mentorInvalid"
  | "admin.producer.verifyActiveOnly"
  | typeof OWN_PRODUCER;
export type ProducerChangeResult = { ok: true } | { ok: false; error: ProducerChangeError };

const PRODUCER_STATE = { id: true, name: true, status: true, statusReason: true, verified: true, mentorId: true } as const;

type Move = {
  to: ProducerStatus;
  /** only from these states (the shared rules allow more, e.g. SUSPENDED → ACTIVE is a reactivation, not an approval) */
  from: ProducerStatus[];
  action: string;
  reason: string;
  mail: MailTemplate;
  /** error when the producer is not in a state that can move to `to` */
  refused: ProducerChangeError;
  extra?: Prisma.ProducerUpdateManyMutationInput;
};

/** One status move: checked against the shared transition rules, audited and mailed in one transaction. */
async function moveProducer(actorId: string, producerId: string, move: Move): Promise<ProducerChangeResult> {
  const result = await db.$transaction(async (tx): Promise<ProducerChangeResult> => {
    const producer = await tx.producer.findUnique({ where: { id: producerId }, select: PRODUCER_STATE });
    if (!producer) return { ok: false, error: "notFound" };
    if (await decidesOwnProducer(tx, actorId, producer.id)) return { ok: false, error: OWN_PRODUCER };
    const allowed = (move.from as string[]).includes(producer.status) && canMoveProducer(producer.status, move.to);
    if (!allowed) return { ok: false, error: move.refused };
    const { count } = await tx.producer.updateMany({
      where: { id: producer.id, status: producer.status },
      data: { status: move.to, statusReason: move.to === "ACTIVE" ? "" : move.reason, ...move.extra },
    });
    if (count !== 1) return { ok: false, error: move.refused };
    await recordAudit(tx, {
      actorId,
      action: move.action,
      entityType: "Producer",
      entityId: producer.id,
      before: { status: producer.status, statusReason: producer.statusReason },
      after: { status: move.to, statusReason: move.to === "ACTIVE" ? "" : move.reason, ...(move.reason ? { reason: move.reason } : {}) },
    });
    await mailProducerMembers(tx, producer.id, move.mail, () => ({ producer: producer.name, reason: move.reason }));
    return { ok: true };
  });
  if (result.ok) scheduleMailDelivery();
  return result;
}

export function approveProducer(actorId: string, producerId: string, now = new Date()) {
  return moveProducer(actorId, producerId, {
    to: "ACTIVE",
    from: ["APPLIED"],
    action: "producer.approve",
    reason: "",
    mail: "admin.mail.producerApproved",
    refused: "admin.review.notPending",
    extra: { approvedAt: now },
  });
}

export function rejectProducer(actorId: string, producerId: string, reason: string) {
  return moveProducer(actorId, producerId, {
    to: "REJECTED",
    from: ["APPLIED"],
    action: "producer.reject",
    reason,
    mail: "admin.mail.producerRejected",
    refused: "admin.review.notPending",
  });
}

/** A suspended producer's listings leave the storefront (it shows only active producers' listings). */
export function suspendProducer(actorId: string, producerId: string, reason: string) {
  return moveProducer(actorId, producerId, {
    to: "SUSPENDED",
    from: ["ACTIVE"],
    action: "producer.suspend",
    reason,
    mail: "admin.mail.producerSuspended",
    refused: "admin.producer.wrongStatus",
  });
}

export function reactivateProducer(actorId: string, producerId: string, reason: string) {
  return moveProducer(actorId, producerId, {
    to: "ACTIVE",
    from: ["SUSPENDED"],
    action: "producer.reactivate",
    reason,
    mail: "admin.mail.producerReactivated",
    refused: "admin.producer.wrongStatus",
  });
}

/** Grants or revokes the "ABAD verified" badge; only an active producer can be granted it. */
export async function setProducerVerified(actorId: string, producerId: string, verified: boolean): Promise<ProducerChangeResult> {
  return db.$transaction(async (tx): Promise<ProducerChangeResult> => {
    const producer = await tx.producer.findUnique({ where: { id: producerId }, select: PRODUCER_STATE });
    if (!producer) return { ok: false, error: "notFound" };
    if (await decidesOwnProducer(tx, actorId, producer.id)) return { ok: false, error: OWN_PRODUCER };
    if (verified && producer.status !== "ACTIVE") return { ok: false, error: "admin.producer.verifyActiveOnly" };
    if (producer.verified === verified) return { ok: true };
    await tx.producer.update({ where: { id: producer.id }, data: { verified } });
    await recordAudit(tx, {
      actorId,
      action: verified ? "producer.verify" : "producer.unverify",
      entityType: "Producer",
      entityId: producer.id,
      before: { verified: producer.verified },
      after: { verified },
    });
    return { ok: true };
  });
}

async function isStaff(tx: Tx, userId: string) {
  const user = await tx.user.findFirst({ where: { id: userId, active: true, role: { in: [...STAFF_ROLES] } }, select: { id: true } });
  return !!user;
}

/** Assigns (or, with null, unassigns) the producer's mentor: an active mentor or admin. */
export async function assignMentor(actorId: string, producerId: string, mentorId: string | null): Promise<ProducerChangeResult> {
  return db.$transaction(async (tx): Promise<ProducerChangeResult> => {
    const producer = await tx.producer.findUnique({ where: { id: producerId }, select: PRODUCER_STATE });
    if (!producer) return { ok: false, error: "notFound" };
    if (await decidesOwnProducer(tx, actorId, producer.id)) return { ok: false, error: OWN_PRODUCER };
    if (mentorId && !(await isStaff(tx, mentorId))) return { ok: false, error: "admin.producer.mentorInvalid" };
    if (producer.mentorId === mentorId) return { ok: true };
    await tx.producer.update({ where: { id: producer.id }, data: { mentorId } });
    await recordAudit(tx, {
      actorId,
      action: "producer.assignMentor",
      entityType: "Producer",
      entityId: producer.id,
      before: { mentorId: producer.mentorId },
      after: { mentorId },
    });
    return { ok: true };
  });
}
