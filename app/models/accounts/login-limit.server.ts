import crypto from "node:crypto";
import { enqueueMail, scheduleMailDelivery } from "~/models/mail/outbox.server";
import { db } from "~/utils/db.server";

/**
 * Login throttling that slows attackers without locking owners out. Three rules:
 *
 * 1. Per (account, client address): five failures in 15 minutes refuse that pair (429). Someone
 *    guessing from one place stops there; the owner elsewhere is not affected.
 * 2. Per account, from any address: after four failures in an hour every attempt reserves the
 *    next answer slot, one second later, then two, four … up to a minute. An attempt waits for its
 *    slot (at most MAX_WAIT_MS) or is refused as "slowed". Reserving slots bounds guessing even
 *    with many requests at once. The owner is never locked: a browser that has logged in to the
 *    account before (device cookie) skips the slowdown, and the first slowed attempt mails the
 *    owner a one-time link that marks the browser they open it in the same way.
 * 3. Per client address, over all accounts: 100 failures in 15 minutes (a mobile carrier puts many
 *    real users behind one address, so this only stops bulk guessing).
 */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const PAIR_FAILURES = 5;
export const ADDRESS_FAILURES = 100;
export const ACCOUNT_WINDOW_MS = 60 * 60 * 1000;
export const ACCOUNT_FREE_FAILURES = 4;
export const MAX_DELAY_MS = 60 * 1000;
export const MAX_WAIT_MS = 10 * 1000;
export const UNLOCK_LINK_MS = 60 * 60 * 1000;
export const UNLOCK_TEMPLATE = "auth.mail.unlock";

export type LoginRefusal = "auth.login.tooMany" | "auth.login.tooManyFromAddress" | "auth.login.slowed";

/** Waiting is behind this object so tests can see the waits without spending them. */
export const loginTiming = {
  sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
};

/** The pause one more attempt adds after `failures` failures (1 s, 2 s, 4 s … at most a minute). */
export function accountDelayMs(failures: number) {
  if (failures < ACCOUNT_FREE_FAILURES) return 0;
  return Math.min(1000 * 2 ** (failures - ACCOUNT_FREE_FAILURES), MAX_DELAY_MS);
}

const hashToken = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

/**
 * Reserves this attempt's slot; returns how long to wait for it, or null when it is too far off.
 * Compare and set, retried when another attempt took the slot first: a read-then-write
 * transaction would let concurrent attempts on PostgreSQL (several nodes) read the same slot.
 */
async function reserveSlot(email: string, failures: number, now: Date): Promise<number | null> {
  for (;;) {
    const row = await db.loginThrottle.findUnique({ where: { email }, select: { nextSlotAt: true } });
    const slot = Math.max(now.getTime(), row?.nextSlotAt.getTime() ?? 0);
    const wait = slot - now.getTime();
    if (wait > MAX_WAIT_MS) return null;
    const nextSlotAt = new Date(slot + accountDelayMs(failures));
    const taken = row
      ? (await db.loginThrottle.updateMany({ where: { email, nextSlotAt: row.nextSlotAt }, data: { nextSlotAt } })).count === 1
      : await db.loginThrottle.create({ data: { email, nextSlotAt } }).then(
          () => true,
          (error: unknown) => {
            if ((error as { code?: string }).code === "P2002") return false;
            throw error;
          },
        );
    if (taken) return wait;
  }
}

/** Mails the owner a one-time link (at most one an hour) when their account starts being slowed down. */
async function mailUnlockLink(email: string, now: Date, pageLocale: string | undefined) {
  const user = await db.user.findFirst({ where: { email, active: true }, select: { id: true, name: true, email: true, locale: true } });
  if (!user) return;
  const recent = await db.loginUnlock.count({ where: { userId: user.id, createdAt: { gt: new Date(now.getTime() - UNLOCK_LINK_MS) } } });
  if (recent > 0) return;
  const token = crypto.randomBytes(32).toString("base64url");
  await db.$transaction(async (tx) => {
    await tx.loginUnlock.create({
      data: { userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + UNLOCK_LINK_MS), createdAt: now },
    });
    await enqueueMail({ to: user.email, locale: user.locale, pageLocale, template: UNLOCK_TEMPLATE, vars: { name: user.name, token } }, tx);
  });
  scheduleMailDelivery();
}

/**
 * Applies the three rules before a password is checked: null when the attempt may go on (after
 * waiting for its slot if the account is being slowed down), or why it is refused.
 */
export async function admitLoginAttempt(
  email: string,
  ip: string,
  options: { trustedDevice?: boolean; now?: Date; /** the login page's language, for the unlock mail */ pageLocale?: string } = {},
): Promise<LoginRefusal | null> {
  const now = options.now ?? new Date();
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const [byPair, byAddress, byAccount] = await Promise.all([
    db.loginAttempt.count({ where: { email, ip, createdAt: { gt: since } } }),
    db.loginAttempt.count({ where: { ip, createdAt: { gt: since } } }),
    db.loginAttempt.count({ where: { email, createdAt: { gt: new Date(now.getTime() - ACCOUNT_WINDOW_MS) } } }),
  ]);
  if (byPair >= PAIR_FAILURES) return "auth.login.tooMany";
  if (byAddress >= ADDRESS_FAILURES) return "auth.login.tooManyFromAddress";
  if (options.trustedDevice || byAccount < ACCOUNT_FREE_FAILURES) return null;
  const wait = await reserveSlot(email, byAccount, now);
  if (wait === null) {
    await mailUnlockLink(email, now, options.pageLocale);
    return "auth.login.slowed";
  }
  if (byAccount === ACCOUNT_FREE_FAILURES) await mailUnlockLink(email, now, options.pageLocale);
  if (wait > 0) await loginTiming.sleep(wait);
  return null;
}

export async function recordFailedLogin(email: string, ip: string, now = new Date()) {
  await db.loginAttempt.create({ data: { email, ip, createdAt: now } });
}

/** A right password ends the account's slowdown and its failures. */
export async function clearFailedLogins(email: string) {
  await db.$transaction([db.loginAttempt.deleteMany({ where: { email } }), db.loginThrottle.deleteMany({ where: { email } })]);
}

/**
 * Uses a mailed unlock link once: the account's failures and slowdown end, and the caller marks
 * the browser as the owner's (device cookie). Returns the account's id, or null for a link that
 * is unknown, used or expired.
 */
export async function redeemUnlockLink(token: string, now = new Date()): Promise<{ userId: string; email: string } | null> {
  if (!token || token.length > 200) return null;
  return db.$transaction(async (tx) => {
    const unlock = await tx.loginUnlock.findUnique({
      where: { tokenHash: hashToken(token) },
      select: { id: true, usedAt: true, expiresAt: true, user: { select: { id: true, email: true, active: true } } },
    });
    if (!unlock || unlock.usedAt || unlock.expiresAt <= now || !unlock.user.active) return null;
    const { count } = await tx.loginUnlock.updateMany({ where: { id: unlock.id, usedAt: null }, data: { usedAt: now } });
    if (count !== 1) return null;
    await tx.loginAttempt.deleteMany({ where: { email: unlock.user.email } });
    await tx.loginThrottle.deleteMany({ where: { email: unlock.user.email } });
    return { userId: unlock.user.id, email: unlock.user.email };
  });
}

/** Whether an unlock link is still good, for the page that asks the owner to confirm. */
export async function isUnlockLinkValid(token: string, now = new Date()) {
  if (!token || token.length > 200) return false;
  const unlock = await db.loginUnlock.findUnique({ where: { tokenHash: hashToken(token) }, select: { usedAt: true, expiresAt: true } });
  return !!unlock && !unlock.usedAt && unlock.expiresAt > now;
}
