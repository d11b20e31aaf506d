import { createCookie, createCookieSessionStorage } from "@remix-run/node";
import { env } from "./env.server";

function secure() {
  return env().NODE_ENV === "production";
}

let sessionStorage: ReturnType<typeof createSessionStorage> | undefined;
function createSessionStorage() {
  return createCookieSessionStorage<{ sessionId: string }>({
    cookie: {
      name: "__session",
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: secure(),
      secrets: [env().SESSION_SECRET],
      maxAge: 60 * 60 * 24 * 30,
    },
  });
}
/** The cookie only carries the id of a row in the Session table. */
export function authSessionStorage() {
  return (sessionStorage ??= createSessionStorage());
}

type Cookie = ReturnType<typeof createCookie>;
const cookies = new Map<string, Cookie>();
const DAY_SECONDS = 60 * 60 * 24;

/** Made on first use, so the environment is read when the server runs, not when it imports this. */
function appCookie(name: string, { days, signed, path = "/" }: { days: number; signed: boolean; path?: string }): Cookie {
  let cookie = cookies.get(name);
  if (!cookie) {
    cookie = createCookie(name, {
      httpOnly: true,
      sameSite: "lax",
      path,
      secure: secure(),
      ...(signed ? { secrets: [env().SESSION_SECRET] } : {}),
      maxAge: DAY_SECONDS * days,
    });
    cookies.set(name, cookie);
  }
  return cookie;
}

export const languageCookie = () => appCookie("lang", { days: 365, signed: false });

/** A guest's cart lines, signed so a tampered cookie reads as an empty cart. */
export const guestCartCookie = () => appCookie("cart", { days: 30, signed: true });

/**
 * The accounts this browser has logged in to (or been unlocked for by a mailed link), signed.
 * Such a browser skips the account-wide login slowdown, so guessing elsewhere never stops the
 * owner. Sent only to the login pages.
 */
export const loginDeviceCookie = () => appCookie("login_device", { days: 365, signed: true, path: "/login" });

/** A random id for a guest at checkout, so the form's idempotency key is theirs alone. */
export const checkoutGuestCookie = () => appCookie("checkout_guest", { days: 1, signed: true });
