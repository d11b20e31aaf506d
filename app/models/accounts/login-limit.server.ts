import { db } from "~/utils/db.server";

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILED_LOGINS = 5;

/** True when the email or the IP already has MAX_FAILED_LOGINS failures in the window. */
export async function isLoginBlocked(email: string, ip: string) {
  const since = new Date(Date.now() - LOGIN_WINDOW_MS);
  const [byEmail, byIp] = await Promise.all([
    db.loginAttempt.count({ where: { email, createdAt: { gt: since } } }),
    db.loginAttempt.count({ where: { ip, createdAt: { gt: since } } }),
  ]);
  return byEmail >= MAX_FAILED_LOGINS || byIp >= MAX_FAILED_LOGINS;
}

export async function recordFailedLogin(email: string, ip: string) {
  await db.loginAttempt.create({ data: { email, ip } });
}

export async function clearFailedLogins(email: string) {
  await db.loginAttempt.deleteMany({ where: { email } });
}
