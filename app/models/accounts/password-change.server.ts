import { db } from "~/utils/db.server";
import { admitLoginAttempt, clearFailedLogins, recordFailedLogin, type LoginRefusal } from "~/models/accounts/login-limit.server";
import { hashPassword, verifyPassword } from "~/models/accounts/passwords.server";

export type ChangePasswordResult = { ok: true } | { ok: false; error: "account.password.wrongCurrent" | LoginRefusal };

/**
 * Sets a new password after checking the current one (wrong guesses count like failed logins,
 * so a borrowed session cannot be used to guess it). Every session of the account ends in the
 * same transaction, a thief's included; the caller then starts a fresh one for the person who
 * made the change.
 */
export async function changePassword(args: {
  userId: string;
  currentPassword: string;
  newPassword: string;
  ip: string;
  now?: Date;
}): Promise<ChangePasswordResult> {
  const now = args.now ?? new Date();
  const user = await db.user.findFirst({ where: { id: args.userId, active: true }, select: { email: true, passwordHash: true } });
  if (!user) return { ok: false, error: "account.password.wrongCurrent" };
  // The session already proves who this is, so only the per-address rules apply, not the account slowdown.
  const refusal = await admitLoginAttempt(user.email, args.ip, { trustedDevice: true, now });
  if (refusal) return { ok: false, error: refusal };
  if (!(await verifyPassword(user.passwordHash, args.currentPassword))) {
    await recordFailedLogin(user.email, args.ip);
    return { ok: false, error: "account.password.wrongCurrent" };
  }
  await clearFailedLogins(user.email);
  const passwordHash = await hashPassword(args.newPassword);
  await db.$transaction([
    db.user.update({ where: { id: args.userId }, data: { passwordHash, passwordChangedAt: now } }),
    db.session.deleteMany({ where: { userId: args.userId } }),
    // A pending reset link would undo the change: it goes too.
    db.passwordReset.deleteMany({ where: { userId: args.userId, usedAt: null } }),
  ]);
  return { ok: true };
}
