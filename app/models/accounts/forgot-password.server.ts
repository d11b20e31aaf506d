import crypto from "node:crypto";
import { enqueueMail, scheduleMailDelivery } from "~/models/mail/outbox.server";
import { db } from "~/utils/db.server";
import { hashResetToken } from "~/models/accounts/password-reset.server";

/** A forgotten-password link is short-lived (staff invitations last longer). */
export const FORGOT_LINK_MS = 60 * 60 * 1000;
/** Mails per address and hour: the form cannot be used to flood someone's inbox. */
export const FORGOT_MAILS_PER_HOUR = 3;
export const FORGOT_TEMPLATE = "account.mail.reset";

/**
 * Sends a one-time link to /reset-password (handled by resetPasswordWithToken) when the address
 * belongs to an active account. Says nothing either way: the caller shows the same answer, so
 * the form cannot be used to find out who has an account. The mail is in the account's language,
 * or, when the person never chose one, in the language of the page the reset was asked from.
 */
export async function requestPasswordReset(email: string, pageLocale: string, now = new Date()): Promise<void> {
  const user = await db.user.findFirst({ where: { email, active: true }, select: { id: true, name: true, email: true, locale: true } });
  if (!user) return;
  const recent = await db.mailOutbox.count({
    where: { to: user.email, kind: FORGOT_TEMPLATE, createdAt: { gt: new Date(now.getTime() - 60 * 60 * 1000) } },
  });
  if (recent >= FORGOT_MAILS_PER_HOUR) return;
  const token = crypto.randomBytes(32).toString("base64url");
  await db.$transaction(async (tx) => {
    // Only the newest link works: an older mail lying around is worthless.
    await tx.passwordReset.deleteMany({ where: { userId: user.id, usedAt: null } });
    await tx.passwordReset.create({
      data: { userId: user.id, tokenHash: hashResetToken(token), expiresAt: new Date(now.getTime() + FORGOT_LINK_MS) },
    });
    await enqueueMail({ to: user.email, locale: user.locale, pageLocale, template: FORGOT_TEMPLATE, vars: { name: user.name, token } }, tx);
  });
  scheduleMailDelivery();
}
