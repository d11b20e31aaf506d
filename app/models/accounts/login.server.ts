import { clearFailedLogins, isLoginBlocked, recordFailedLogin } from "./login-limit.server";
import { verifyLogin } from "./users.server";

export type LoginAttemptResult =
  | { ok: true; userId: string }
  | { ok: false; error: "auth.login.tooMany" | "auth.login.invalid" | "auth.login.deactivated" };

/** Checks the rate limit, then the password; failures count against the email and the IP. */
export async function attemptLogin(email: string, password: string, ip: string): Promise<LoginAttemptResult> {
  if (await isLoginBlocked(email, ip)) return { ok: false, error: "auth.login.tooMany" };
  const result = await verifyLogin(email, password);
  if (!result.ok) {
    await recordFailedLogin(email, ip);
    return { ok: false, error: result.reason === "deactivated" ? "auth.login.deactivated" : "auth.login.invalid" };
  }
  await clearFailedLogins(email);
  return { ok: true, userId: result.userId };
}
