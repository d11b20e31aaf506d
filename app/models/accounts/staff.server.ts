import crypto from "node:crypto";
import { recordAudit } from "~/models/audit/audit.server";
import { enqueueMail, scheduleMailDelivery } from "~/models/mail/outbox.server";
import { containsText, db, type Prisma, NAMES_SELECT } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n";
import { hashPassword } from "~/models/accounts/passwords.server";
import { createPasswordReset } from "~/models/accounts/password-reset.server";
import { CENTRE_ROLE, STAFF_ROLES, isStaff, type Role } from "~/models/accounts/roles";

export type StaffError = "notFound" | "admin.staff.emailTaken" | "admin.staff.notSelf" | "admin.staff.centreFirst";
export type StaffResult = { ok: true } | { ok: false; error: StaffError };

/** Staff accounts (and deactivated ones), or with `q` any account whose name or email matches. */
export async function listAccountsForStaffPage(q?: string) {
  const query = q?.trim().slice(0, 100);
  const where: Prisma.UserWhereInput = query
    ? { OR: [{ email: containsText(query) }, { name: containsText(query) }] }
    : { OR: [{ role: { in: [...STAFF_ROLES, CENTRE_ROLE] } }, { active: false }] };
  const users = await db.user.findMany({
    where,
    orderBy: [{ active: "desc" }, { role: "asc" }, { name: "asc" }],
    take: 100,
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      createdAt: true,
      membership: { select: { producer: { select: { name: true } } } },
      centre: { select: { id: true, ...NAMES_SELECT } },
      passwordResets: { where: { usedAt: null, expiresAt: { gt: new Date() } }, select: { id: true }, take: 1 },
      _count: { select: { mentoredProducers: true } },
    },
  });
  return users.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role,
    active: u.active,
    createdAt: u.createdAt.toISOString(),
    producer: u.membership?.producer.name ?? null,
    centre: u.role === CENTRE_ROLE ? u.centre : null,
    invitePending: u.passwordResets.length > 0,
    mentoredProducers: u._count.mentoredProducers,
  }));
}

/**
 * Creates a MENTOR account with no usable password and mails a one-time link to set one.
 * The link's token exists only in the mail; the database keeps its hash.
 */
export async function inviteMentor(actorId: string, input: { name: string; email: string; locale: Locale }, now = new Date()): Promise<StaffResult> {
  const unusable = await hashPassword(crypto.randomBytes(32).toString("base64url"));
  try {
    const result = await db.$transaction(async (tx): Promise<StaffResult> => {
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
        return { ok: false, error: "admin.staff.emailTaken" };
      }
      const inviter = await tx.user.findUniqueOrThrow({ where: { id: actorId }, select: { name: true } });
      const user = await tx.user.create({
        data: { name: input.name, email: input.email, locale: input.locale, role: "MENTOR", passwordHash: unusable },
        select: { id: true },
      });
      const token = await createPasswordReset(tx, user.id, now);
      await enqueueMail(
        {
          to: input.email,
          locale: input.locale,
          template: "admin.mail.staffInvite",
          vars: { name: input.name, inviter: inviter.name, token },
        },
        tx,
      );
      await recordAudit(tx, {
        actorId,
        action: "user.invite",
        entityType: "User",
        entityId: user.id,
        after: { email: input.email, name: input.name, role: "MENTOR" },
      });
      return { ok: true };
    });
    if (result.ok) scheduleMailDelivery();
    return result;
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return { ok: false, error: "admin.staff.emailTaken" };
    throw error;
  }
}

/**
 * Changes an account's role. Nobody changes their own (so the last admin cannot lock everyone
 * out by accident). Someone who stops being staff is unassigned from the producers they mentored.
 * Centre staff are made on a centre's page (they need a centre); here they can only stop being it.
 */
export async function changeRole(actorId: string, userId: string, role: Role): Promise<StaffResult> {
  if (actorId === userId) return { ok: false, error: "admin.staff.notSelf" };
  return db.$transaction(async (tx): Promise<StaffResult> => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true } });
    if (!user) return { ok: false, error: "notFound" };
    if (user.role === role) return { ok: true };
    if (role === CENTRE_ROLE) return { ok: false, error: "admin.staff.centreFirst" };
    const unassigned = isStaff(role) ? 0 : (await tx.producer.updateMany({ where: { mentorId: userId }, data: { mentorId: null } })).count;
    await tx.user.update({ where: { id: userId }, data: { role, centreId: null } });
    // A change of rights ends the account's sessions: the next login starts one with the new role.
    await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, {
      actorId,
      action: "user.role",
      entityType: "User",
      entityId: userId,
      before: { role: user.role },
      after: { role, ...(unassigned ? { unassignedProducers: unassigned } : {}) },
    });
    return { ok: true };
  });
}

/** Deactivating also ends every session of the account at once; logging in is refused after. */
export async function setAccountActive(actorId: string, userId: string, active: boolean): Promise<StaffResult> {
  if (actorId === userId) return { ok: false, error: "admin.staff.notSelf" };
  return db.$transaction(async (tx): Promise<StaffResult> => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, active: true } });
    if (!user) return { ok: false, error: "notFound" };
    if (user.active === active) return { ok: true };
    await tx.user.update({ where: { id: userId }, data: { active } });
    const sessions = active ? 0 : (await tx.session.deleteMany({ where: { userId } })).count;
    await recordAudit(tx, {
      actorId,
      action: active ? "user.reactivate" : "user.deactivate",
      entityType: "User",
      entityId: userId,
      before: { active: user.active },
      after: { active, ...(sessions ? { endedSessions: sessions } : {}) },
    });
    return { ok: true };
  });
}
