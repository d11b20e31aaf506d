import crypto from "node:crypto";
import { enqueueMail, scheduleMailDelivery } from "~/models/mail/outbox.server";
import { db } from "~/utils/db.server";
import { NOT_FOUND, orNotFound, rollBackMissing, type NotFound } from "~/utils/result";

export const INVITE_DAYS = 7;

export type TeamError =
  | "dashboard.team.alreadyMember"
  | "dashboard.team.alreadyInvited"
  | "dashboard.team.lastOwner"
  | "dashboard.team.ownersOnly"
  | "dashboard.team.inviteInvalid"
  | "dashboard.team.wrongAccount"
  | "dashboard.team.oneProducerOnly";

const hashToken = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

export async function listTeam(producerId: string, now = new Date()) {
  const [members, invites] = await Promise.all([
    db.producerMember.findMany({
      where: { producerId },
      orderBy: [{ role: "desc" }, { createdAt: "asc" }],
      select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
    }),
    db.producerInvite.findMany({
      where: { producerId, acceptedAt: null, expiresAt: { gt: now } },
      orderBy: { createdAt: "desc" },
      select: { id: true, email: true, expiresAt: true },
    }),
  ]);
  return { members, invites };
}

async function roleOf(producerId: string, userId: string) {
  const member = await db.producerMember.findFirst({ where: { producerId, userId }, select: { role: true } });
  return member?.role ?? null;
}

/**
 * Invites someone by email: only a hash of the random token is stored; the link in the mail
 * carries the token itself, so the link is the proof. The mail is queued in the same transaction.
 */
export async function inviteMember(
  producerId: string,
  inviter: { id: string; name: string },
  email: string,
  pageLocale: string,
  now = new Date(),
): Promise<{ ok: true; token: string } | { ok: false; error: TeamError }> {
  if ((await roleOf(producerId, inviter.id)) !== "OWNER") return { ok: false, error: "dashboard.team.ownersOnly" };
  const existing = await db.producerMember.findFirst({ where: { producerId, user: { email } }, select: { id: true } });
  if (existing) return { ok: false, error: "dashboard.team.alreadyMember" };
  const pending = await db.producerInvite.findFirst({
    where: { producerId, email, acceptedAt: null, expiresAt: { gt: now } },
    select: { id: true },
  });
  if (pending) return { ok: false, error: "dashboard.team.alreadyInvited" };
  const token = crypto.randomBytes(32).toString("base64url");
  await db.$transaction(async (tx) => {
    const producer = await tx.producer.findUniqueOrThrow({ where: { id: producerId }, select: { name: true } });
    await tx.producerInvite.create({
      data: { producerId, email, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + INVITE_DAYS * 86_400_000) },
    });
    const invitee = await tx.user.findUnique({ where: { email }, select: { locale: true } });
    await enqueueMail(
      {
        to: email,
        locale: invitee?.locale,
        pageLocale,
        template: "dashboard.mail.invite",
        vars: { producer: producer.name, inviter: inviter.name, path: `/dashboard/team/accept?token=${token}`, days: INVITE_DAYS },
      },
      tx,
    );
  });
  scheduleMailDelivery();
  return { ok: true, token };
}

/** Owners manage invitations, as they do members: an invitation is a membership not yet taken up. */
export async function revokeInvite(producerId: string, actorId: string, inviteId: string): Promise<{ ok: true } | { ok: false; error: TeamError } | NotFound> {
  const invite = await db.producerInvite.findFirst({ where: { id: inviteId, producerId, acceptedAt: null }, select: { id: true } });
  if (!invite) return NOT_FOUND;
  if ((await roleOf(producerId, actorId)) !== "OWNER") return { ok: false, error: "dashboard.team.ownersOnly" };
  const { count } = await db.producerInvite.deleteMany({ where: { id: invite.id, producerId, acceptedAt: null } });
  return count === 0 ? NOT_FOUND : { ok: true };
}

/** What the accept page shows before the user confirms. */
export async function findInvite(token: string, now = new Date()) {
  if (!token || token.length > 100) return null;
  const invite = await db.producerInvite.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, email: true, acceptedAt: true, expiresAt: true, producer: { select: { id: true, name: true } } },
  });
  if (!invite || invite.acceptedAt || invite.expiresAt <= now) return null;
  return invite;
}

/** Joins the invited user to the producer. A user belongs to one producer only (ProducerMember.userId is unique). */
export async function acceptInvite(
  user: { id: string; email: string },
  token: string,
  now = new Date(),
): Promise<{ ok: true; producerId: string } | { ok: false; error: TeamError }> {
  const invite = await findInvite(token, now);
  if (!invite) return { ok: false, error: "dashboard.team.inviteInvalid" };
  if (invite.email.toLowerCase() !== user.email.toLowerCase()) return { ok: false, error: "dashboard.team.wrongAccount" };
  if (await db.producerMember.findUnique({ where: { userId: user.id }, select: { id: true } })) {
    return { ok: false, error: "dashboard.team.oneProducerOnly" };
  }
  try {
    // Taken up at the same moment by someone else: the invitation is no longer there.
    const taken = await orNotFound(() =>
      db.$transaction(async (tx) => {
        const { count } = await tx.producerInvite.updateMany({ where: { id: invite.id, acceptedAt: null }, data: { acceptedAt: now } });
        if (count !== 1) rollBackMissing();
        await tx.producerMember.create({ data: { producerId: invite.producer.id, userId: user.id, role: "MEMBER" } });
        return { ok: true as const, producerId: invite.producer.id };
      }),
    );
    return taken.ok ? taken : { ok: false, error: "dashboard.team.inviteInvalid" };
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return { ok: false, error: "dashboard.team.oneProducerOnly" };
    throw error;
  }
}

/**
 * Owners remove members; anyone may leave. The last owner can neither leave nor be removed,
 * so a producer is never left without someone who can manage it.
 */
export async function removeMember(
  producerId: string,
  actorId: string,
  memberId: string,
): Promise<{ ok: true; self: boolean } | { ok: false; error: TeamError } | NotFound> {
  const member = await db.producerMember.findFirst({ where: { id: memberId, producerId }, select: { id: true, role: true, userId: true } });
  if (!member) return NOT_FOUND;
  const self = member.userId === actorId;
  if (!self && (await roleOf(producerId, actorId)) !== "OWNER") return { ok: false, error: "dashboard.team.ownersOnly" };
  return db.$transaction(async (tx) => {
    if (member.role === "OWNER") {
      const owners = await tx.producerMember.count({ where: { producerId, role: "OWNER" } });
      if (owners <= 1) return { ok: false as const, error: "dashboard.team.lastOwner" as const };
    }
    await tx.producerMember.delete({ where: { id: member.id } });
    return { ok: true as const, self };
  });
}
