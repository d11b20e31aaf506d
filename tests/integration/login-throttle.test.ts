import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ACCOUNT_FREE_FAILURES, ADDRESS_FAILURES, admitLoginAttempt, loginTiming, MAX_WAIT_MS, recordFailedLogin } from "~/models/accounts/login-limit.server";
import { action as loginAction } from "~/routes/login";
import { action as unlockAction, loader as unlockLoader } from "~/routes/login_.unlock";
import { db } from "~/utils/db.server";
import { createUser, FACTORY_PASSWORD } from "../support/factories";
import { cookieFrom, dataOf, getRequest, headerOf, loadContext, postRequest, responseOf, settle, statusOf } from "../support/http";

// Time stands still (only Date is faked), so every wait below is exact; waits are recorded, not spent.
const NOW = new Date("2026-12-02T08:00:00Z");
let waits: number[] = [];
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(NOW);
  waits = [];
  vi.spyOn(loginTiming, "sleep").mockImplementation(async (ms) => void waits.push(ms));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const login = (email: string, password: string, ip: string, cookie = "") =>
  settle(() => loginAction({ request: postRequest("/login", { email, password }, { cookie }), params: {}, context: { ...loadContext, clientIp: ip } }));
const formError = (result: unknown) => dataOf<{ error: Record<string, string[]> }>(result).error?.[""];
const setCookies = (result: unknown) => responseOf(result).headers.getSetCookie();
const deviceCookieOf = (result: unknown) => cookieFrom(...setCookies(result).filter((c) => c.startsWith("login_device=")));

/** Wrong passwords for the account, each from a different address of the attacker. */
async function guessFromElsewhere(email: string, times: number, first = 0) {
  for (let i = first; i < first + times; i++) expect(statusOf(await login(email, `guess-${i}-guess`, `203.0.113.${i + 1}`))).not.toBe(302);
}

describe("login throttling", () => {
  it("five wrong passwords from elsewhere do not stop the owner", async () => {
    const owner = await createUser();
    const home = await login(owner.email, FACTORY_PASSWORD, "198.51.100.1");
    expect(statusOf(home)).toBe(302);
    const device = deviceCookieOf(home);
    expect(device).toMatch(/^login_device=/);

    await guessFromElsewhere(owner.email, 5);
    // From the browser they logged in with before: at once, no wait.
    waits = [];
    expect(statusOf(await login(owner.email, FACTORY_PASSWORD, "198.51.100.1", device))).toBe(302);
    expect(waits).toEqual([]);
    // From a new phone on another network: in, after a short wait rather than a lockout.
    await guessFromElsewhere(owner.email, 5, 5);
    waits = [];
    expect(statusOf(await login(owner.email, FACTORY_PASSWORD, "192.0.2.50"))).toBe(302);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeLessThanOrEqual(MAX_WAIT_MS);
  });

  it("refuses an (account, address) pair after five failures, and only that pair", async () => {
    const owner = await createUser();
    const neighbour = await createUser();
    for (let i = 0; i < 5; i++) expect(statusOf(await login(owner.email, "wrong-password", "203.0.113.9"))).toBe(400);
    const blocked = await login(owner.email, FACTORY_PASSWORD, "203.0.113.9");
    expect(statusOf(blocked)).toBe(429);
    expect(formError(blocked)).toEqual(["auth.login.tooMany"]);
    // Someone else behind the same address, and the owner from another address, still get in.
    expect(statusOf(await login(neighbour.email, FACTORY_PASSWORD, "203.0.113.9"))).toBe(302);
    expect(statusOf(await login(owner.email, FACTORY_PASSWORD, "198.51.100.2"))).toBe(302);
  });

  it("slows an account down with growing waits instead of locking it, and refuses only what would wait too long", async () => {
    const owner = await createUser();
    await guessFromElsewhere(owner.email, ACCOUNT_FREE_FAILURES);
    expect(waits).toEqual([]);
    await guessFromElsewhere(owner.email, 4, ACCOUNT_FREE_FAILURES);
    // Each attempt waits for its slot: 0, then 1 s, then 1 + 2 s, then 1 + 2 + 4 s (time stands still here).
    expect(waits).toEqual([1000, 3000, 7000]);
    const slowed = await login(owner.email, FACTORY_PASSWORD, "203.0.113.77");
    expect(statusOf(slowed)).toBe(429);
    expect(formError(slowed)).toEqual(["auth.login.slowed"]);
    // A minute later the queue has drained: the owner is in.
    vi.setSystemTime(new Date(NOW.getTime() + 60_000));
    expect(statusOf(await login(owner.email, FACTORY_PASSWORD, "192.0.2.51"))).toBe(302);
  });

  it("gives attempts arriving at once their own slots, as they would on several nodes", async () => {
    const owner = await createUser();
    for (let i = 0; i < ACCOUNT_FREE_FAILURES; i++) await recordFailedLogin(owner.email, `203.0.113.${i + 1}`, NOW);
    const refusals = await Promise.all([1, 2, 3].map((i) => admitLoginAttempt(owner.email, `198.51.100.${i}`)));
    expect(refusals).toEqual([null, null, null]);
    // 0, 1 s and 2 s: no two attempts share a slot (a wait of 0 is not spent).
    expect(waits.sort((a, b) => a - b)).toEqual([1000, 2000]);
  });

  it("mails the owner one one-time link that lets their browser skip the slowdown at once", async () => {
    const owner = await createUser();
    await guessFromElsewhere(owner.email, 12);
    const mails = await db.mailOutbox.findMany({ where: { to: owner.email, kind: "auth.mail.unlock" } });
    expect(mails).toHaveLength(1);
    const token = /\/login\/unlock\?token=([A-Za-z0-9_-]+)/.exec(mails[0].text)?.[1] ?? "";
    expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(statusOf(await login(owner.email, FACTORY_PASSWORD, "192.0.2.52"))).toBe(429);

    // Opening the link only asks to confirm (mail scanners fetch links).
    const page = await unlockLoader({ request: getRequest(`/login/unlock?token=${token}`), params: {}, context: loadContext });
    expect(page).toMatchObject({ valid: true });
    const unlocked = await settle(() => unlockAction({ request: postRequest("/login/unlock", { token }), params: {}, context: loadContext }));
    expect(statusOf(unlocked)).toBe(302);
    expect(headerOf(unlocked, "Location")).toBe("/login?unlocked=1");
    const device = deviceCookieOf(unlocked);
    // The attacker keeps guessing; the owner's browser is not slowed.
    await guessFromElsewhere(owner.email, 8, 20);
    waits = [];
    expect(statusOf(await login(owner.email, FACTORY_PASSWORD, "192.0.2.52", device))).toBe(302);
    expect(waits).toEqual([]);

    // The link works once; a forged device cookie counts for nothing.
    const again = await settle(() => unlockAction({ request: postRequest("/login/unlock", { token }), params: {}, context: loadContext }));
    expect(headerOf(again, "Location")).toMatch(/^\/login\/unlock\?token=/);
    expect(setCookies(again)).toEqual([]);
    await guessFromElsewhere(owner.email, 12, 40);
    const forged = `login_device=${Buffer.from(JSON.stringify([owner.id])).toString("base64")}`;
    expect(formError(await login(owner.email, FACTORY_PASSWORD, "192.0.2.53", forged))).toEqual(["auth.login.slowed"]);
  });

  it("allows many failures from one shared address (a mobile carrier) before refusing it", async () => {
    const address = "100.64.0.1";
    const someone = await createUser();
    await db.loginAttempt.createMany({
      data: Array.from({ length: ADDRESS_FAILURES - 1 }, (_, i) => ({ email: `user${i}@carrier.az`, ip: address, createdAt: NOW })),
    });
    expect(statusOf(await login(someone.email, FACTORY_PASSWORD, address))).toBe(302);
    await db.loginAttempt.create({ data: { email: "one-more@carrier.az", ip: address, createdAt: NOW } });
    const refused = await login(someone.email, FACTORY_PASSWORD, address);
    expect(statusOf(refused)).toBe(429);
    expect(formError(refused)).toEqual(["auth.login.tooManyFromAddress"]);
    expect(statusOf(await login(someone.email, FACTORY_PASSWORD, "100.64.0.2"))).toBe(302);
  });
});
