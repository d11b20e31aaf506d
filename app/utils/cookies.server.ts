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

let langCookie: ReturnType<typeof createCookie> | undefined;
export function languageCookie() {
  return (langCookie ??= createCookie("lang", {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: secure(),
    maxAge: 60 * 60 * 24 * 365,
  }));
}

let guestCart: ReturnType<typeof createCookie> | undefined;
/** A guest's cart lines, signed so a tampered cookie reads as an empty cart. */
export function guestCartCookie() {
  return (guestCart ??= createCookie("cart", {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: secure(),
    secrets: [env().SESSION_SECRET],
    maxAge: 60 * 60 * 24 * 30,
  }));
}

let device: ReturnType<typeof createCookie> | undefined;
/**
 * The accounts this browser has logged in to (or been unlocked for by a mailed link), signed.
 * Such a browser skips the account-wide login slowdown, so guessing elsewhere never stops the
 * owner. Sent only to the login pages.
 */
export function loginDeviceCookie() {
  return (device ??= createCookie("login_device", {
    httpOnly: true,
    sameSite: "lax",
    path: "/login",
    secure: secure(),
    secrets: [env().SESSION_SECRET],
    maxAge: 60 * 60 * 24 * 365,
  }));
}

let checkoutGuest: ReturnType<typeof createCookie> | undefined;
/** A random id for a guest at checkout, so the form's idempotency key is theirs alone. */
export function checkoutGuestCookie() {
  return (checkoutGuest ??= createCookie("checkout_guest", {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: secure(),
    secrets: [env().SESSION_SECRET],
    maxAge: 60 * 60 * 24,
  }));
}
