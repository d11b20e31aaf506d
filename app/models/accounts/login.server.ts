import { loginDeviceCookie } from "~/utils/cookies.server";
import { db } from "~/utils/db.server";
import { admitLoginAttempt, clearFailedLogins, recordFailedLogin, type LoginRefusal } from "~/models/accounts/login-limit.server";
import { verifyLogin } from "~/models/accounts/users.server";
import { getLocale } from "~/utils/locale.server";

export type LoginAttemptResult =
  { ok: true; userId: string; deviceCookie: string } | { ok: false; error: LoginRefusal | "auth.login.invalid" | "auth.login.deactivated" };

const MAX_DEVICE_ACCOUNTS = 5;

/** The account ids the browser's device cookie vouches for (none when missing or tampered with). */
export async function trustedAccounts(request: Request): Promise<string[]> {
  const value: unknown = await loginDeviceCookie().parse(request.headers.get("Cookie"));
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === "string") : [];
}

/** The device cookie with this account added (most recent first, a handful at most). */
export async function trustDevice(request: Request, userId: string) {
  const accounts = [userId, ...(await trustedAccounts(request)).filter((id) => id !== userId)].slice(0, MAX_DEVICE_ACCOUNTS);
  return loginDeviceCookie().serialize(accounts);
}

async function verifyTrustedFor(email: string, userIds: string[]) {
  return (await db.user.count({ where: { email, id: { in: userIds } } })) > 0;
}

/**
 * Checks the throttling rules (login-limit.server.ts), then the password; a failure counts
 * against the account and the client address. A right password marks the browser as the owner's.
 */
export async function attemptLogin(request: Request, email: string, password: string, ip: string): Promise<LoginAttemptResult> {
  const knownUserIds = await trustedAccounts(request);
  const trustedDevice = knownUserIds.length > 0 && (await verifyTrustedFor(email, knownUserIds));
  const refusal = await admitLoginAttempt(email, ip, { trustedDevice, pageLocale: await getLocale(request) });
  if (refusal) return { ok: false, error: refusal };
  const result = await verifyLogin(email, password);
  if (!result.ok) {
    await recordFailedLogin(email, ip);
    return { ok: false, error: result.reason === "deactivated" ? "auth.login.deactivated" : "auth.login.invalid" };
  }
  await clearFailedLogins(email);
  return { ok: true, userId: result.userId, deviceCookie: await trustDevice(request, result.userId) };
}
