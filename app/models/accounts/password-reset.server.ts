import crypto from "node:crypto";
import { db, type Tx } from "~/utils/db.server";
import { hashPassword } from "~/models/accounts/passwords.server";

export const RESET_LINK_DAYS = 7;

/** Only the hash is stored: a leaked database gives no working links. */
export function hashResetToken(token: string) {
  return crypto.createHash("sha256").update(token).digest("hex");
}

/**
 * A one-time set-password link's token for the user, valid for RESET_LINK_DAYS. Earlier unused
 * links of the same user stop working, so only the newest mail counts.
 */
export async function createPasswordReset(tx: Tx, userId: string, now = new Date()) {
  const token = crypto.randomBytes(32).toString("base64url");
  await tx.passwordReset.deleteMany({ where: { userId, usedAt: null } });
  await tx.passwordReset.create({
    data: { userId, tokenHash: hashResetToken(token), expiresAt: new Date(now.getTime() + RESET_LINK_DAYS * 24 * 60 * 60 * 1000) },
  });
  return token;
}

/** The account a link belongs to, if the link is unused, unexpired and the account active. */
export async function findValidPasswordReset(token: string, now = new Date()) {
  if (!token || token.length > 200) return null;
  const reset = await db.passwordReset.findUnique({
    where: { tokenHash: hashResetToken(token) },
    select: { usedAt: true, expiresAt: true, user: { select: { id: true, name: true, email: true, active: true } } },
  });
  if (!reset || reset.usedAt || reset.expiresAt <= now || !reset.user.active) return null;
  return { userId: reset.user.id, name: reset.user.name, email: reset.user.email };
}

export type ResetResult = { ok: true; userId: string } | { ok: false; error: "admin.reset.invalid" };

/**
 * Sets the password from a link: single use (the link is spent in the same transaction) and
 * every existing session of the account ends, so whoever held one is signed out.
 */
export async function resetPasswordWithToken(token: string, password: string, now = new Date()): Promise<ResetResult> {
  const valid = await findValidPasswordReset(token, now);
  if (!valid) return { ok: false, error: "admin.reset.invalid" };
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    // Conditional on still being unused: two tabs submitting at once cannot both succeed.
    const { count } = await tx.passwordReset.updateMany({
      where: { tokenHash: hashResetToken(token), usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (count !== 1) return { ok: false, error: "admin.reset.invalid" } as const;
    await tx.user.update({ where: { id: valid.userId }, data: { passwordHash, passwordChangedAt: now } });
    await tx.session.deleteMany({ where: { userId: valid.userId } });
    return { ok: true, userId: valid.userId } as const;
  });
}
