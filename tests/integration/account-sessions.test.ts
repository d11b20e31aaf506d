import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { action as loginAction } from "~/routes/login";
import { action as changeAction, loader as changeLoader } from "~/routes/account.password";
import { action as forgotAction, loader as forgotLoader } from "~/routes/forgot-password";
import { action as resetAction, loader as resetLoader } from "~/routes/reset-password";
import { FORGOT_LINK_MS, FORGOT_MAILS_PER_HOUR } from "~/models/accounts/forgot-password.server";
import { verifyLogin } from "~/models/accounts/users.server";
import { getUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { createUser, FACTORY_PASSWORD } from "../support/factories";
import { cookieFrom, dataOf, getRequest, headerOf, loadContext, postRequest, sessionCookieFor, settle, statusOf } from "../support/http";

const args = (request: Request, context = loadContext) => ({ request, params: {}, context });
type Reply = { error?: Record<string, string[] | null> | null; initialValue?: Record<string, unknown> };
const sessionIdsOf = async (userId: string) => (await db.session.findMany({ where: { userId }, select: { id: true } })).map((s) => s.id);

describe("session rotation on login", () => {
  it("replaces the session the browser already had with a new row and deletes the old one", async () => {
    const user = await createUser();
    const planted = await sessionCookieFor(user.id);
    const [oldId] = await sessionIdsOf(user.id);
    const result = await settle(() => loginAction(args(postRequest("/login", { email: user.email, password: FACTORY_PASSWORD }, { cookie: planted }))));
    expect(statusOf(result)).toBe(302);
    const fresh = cookieFrom(headerOf(result, "Set-Cookie"));
    const ids = await sessionIdsOf(user.id);
    expect(ids).toHaveLength(1);
    expect(ids[0]).not.toBe(oldId);
    expect((await getUser(getRequest("/", { cookie: fresh })))?.id).toBe(user.id);
    expect(await getUser(getRequest("/", { cookie: planted }))).toBeNull();
  });

  it("does not let a session cookie of one account survive a login as another", async () => {
    const attacker = await createUser();
    const victim = await createUser();
    const planted = await sessionCookieFor(attacker.id);
    const result = await settle(() => loginAction(args(postRequest("/login", { email: victim.email, password: FACTORY_PASSWORD }, { cookie: planted }))));
    const fresh = cookieFrom(headerOf(result, "Set-Cookie"));
    expect((await getUser(getRequest("/", { cookie: fresh })))?.id).toBe(victim.id);
    expect(await getUser(getRequest("/", { cookie: planted }))).toBeNull();
  });
});

describe("changing the password", () => {
  const form = (overrides: Record<string, string> = {}) => ({
    currentPassword: FACTORY_PASSWORD,
    password: "a-brand-new-secret",
    confirm: "a-brand-new-secret",
    ...overrides,
  });

  it("sends a visitor who is not signed in to the login page", async () => {
    const result = await settle(() => changeLoader(args(getRequest("/account/password"))));
    expect(headerOf(result, "Location")).toBe(`/login?redirectTo=${encodeURIComponent("/account/password")}`);
    const post = await settle(() => changeAction(args(postRequest("/account/password", form()))));
    expect(statusOf(post)).toBe(302);
  });

  it("sets the password, ends every session of the account and rotates the current one", async () => {
    const user = await createUser();
    const here = await sessionCookieFor(user.id);
    const elsewhere = await sessionCookieFor(user.id);
    const oldIds = await sessionIdsOf(user.id);
    expect(oldIds).toHaveLength(2);
    const page = await changeLoader(args(getRequest("/account/password", { cookie: here })));
    expect(page.email).toBe(user.email);

    const result = await settle(() => changeAction(args(postRequest("/account/password", form(), { cookie: here }))));
    expect(statusOf(result)).toBe(302);
    expect(headerOf(result, "Location")).toBe("/account/password?changed=1");
    const fresh = cookieFrom(headerOf(result, "Set-Cookie"));
    const newIds = await sessionIdsOf(user.id);
    expect(newIds).toHaveLength(1);
    expect(oldIds).not.toContain(newIds[0]);
    expect((await getUser(getRequest("/", { cookie: fresh })))?.id).toBe(user.id);
    expect(await getUser(getRequest("/", { cookie: here }))).toBeNull();
    expect(await getUser(getRequest("/", { cookie: elsewhere }))).toBeNull();

    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.passwordChangedAt.getTime()).toBeGreaterThan(user.passwordChangedAt.getTime());
    expect((await verifyLogin(user.email, "a-brand-new-secret")).ok).toBe(true);
    expect((await verifyLogin(user.email, FACTORY_PASSWORD)).ok).toBe(false);
  });

  it("refuses a wrong current password, a mismatch or a short password with 400, changing nothing", async () => {
    const user = await createUser();
    const cookie = await sessionCookieFor(user.id);
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    const cases: [Record<string, string>, string, string][] = [
      [form({ currentPassword: "not-my-password" }), "currentPassword", "account.password.wrongCurrent"],
      [form({ confirm: "something-else" }), "confirm", "account.password.mismatch"],
      [form({ password: "short", confirm: "short" }), "password", "form.passwordLength"],
      [form({ password: FACTORY_PASSWORD, confirm: FACTORY_PASSWORD }), "password", "account.password.same"],
    ];
    for (const [input, field, message] of cases) {
      const result = await settle(() => changeAction(args(postRequest("/account/password", input, { cookie }))));
      expect(statusOf(result)).toBe(400);
      const reply = dataOf<Reply>(result);
      expect(reply.error?.[field]).toEqual([message]);
      // Passwords are never sent back to the browser.
      expect(reply.initialValue?.currentPassword).toBeUndefined();
      expect(reply.initialValue?.password).toBeUndefined();
    }
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.passwordHash).toBe(before.passwordHash);
    expect(await getUser(getRequest("/", { cookie }))).not.toBeNull();
  });

  it("counts wrong current passwords like failed logins and stops guessing at five", async () => {
    const user = await createUser();
    const cookie = await sessionCookieFor(user.id);
    const context = { ...loadContext, clientIp: "198.51.100.9" };
    for (let i = 0; i < 5; i++) {
      await settle(() => changeAction(args(postRequest("/account/password", form({ currentPassword: `guess-${i}-guess` }), { cookie }), context)));
    }
    const blocked = await settle(() => changeAction(args(postRequest("/account/password", form(), { cookie }), context)));
    expect(statusOf(blocked)).toBe(429);
    expect(dataOf<Reply>(blocked).error?.[""]).toEqual(["auth.login.tooMany"]);
    expect((await verifyLogin(user.email, FACTORY_PASSWORD)).ok).toBe(true);
  });
});

describe("forgotten password", () => {
  const tokenOf = (text: string) => /\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(text)?.[1];

  it("mails a one-hour, single-use link for an existing account and answers exactly the same for an unknown one", async () => {
    const user = await createUser({ email: "forgetful@example.az" });
    const session = await sessionCookieFor(user.id);
    const started = Date.now();
    const known = await settle(() => forgotAction(args(postRequest("/forgot-password", { email: "Forgetful@Example.az " }))));
    const unknown = await settle(() => forgotAction(args(postRequest("/forgot-password", { email: "nobody-here@example.az" }))));
    for (const result of [known, unknown]) {
      expect(statusOf(result)).toBe(302);
      expect(headerOf(result, "Location")).toBe("/forgot-password?sent=1");
      expect(headerOf(result, "Set-Cookie")).toBeNull();
    }
    expect(await db.mailOutbox.count({ where: { to: "nobody-here@example.az" } })).toBe(0);
    const page = await forgotLoader(args(getRequest("/forgot-password?sent=1")));
    expect(page.sent).toBe(true);

    const mail = await db.mailOutbox.findFirstOrThrow({ where: { to: user.email, kind: "account.mail.reset" } });
    const token = tokenOf(mail.text)!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const row = await db.passwordReset.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.tokenHash).toBe(crypto.createHash("sha256").update(token).digest("hex"));
    expect(row.tokenHash).not.toContain(token);
    expect(row.expiresAt.getTime()).toBeGreaterThanOrEqual(started + FORGOT_LINK_MS - 1000);
    expect(row.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + FORGOT_LINK_MS);

    // The link opens the set-password page, sets the password once and ends the old sessions.
    expect(statusOf(await settle(() => resetLoader(args(getRequest(`/reset-password?token=${token}`)))))).toBe(200);
    const reset = await settle(() => resetAction(args(postRequest("/reset-password", { token, password: "fresh-password-1", confirm: "fresh-password-1" }))));
    expect(statusOf(reset)).toBe(302);
    expect(await getUser(getRequest("/", { cookie: session }))).toBeNull();
    expect((await verifyLogin(user.email, "fresh-password-1")).ok).toBe(true);
    const again = await settle(() => resetAction(args(postRequest("/reset-password", { token, password: "second-try-pass", confirm: "second-try-pass" }))));
    expect(statusOf(again)).toBe(400);
    expect((await verifyLogin(user.email, "second-try-pass")).ok).toBe(false);
  });

  it("refuses an expired link and a forged one", async () => {
    const user = await createUser();
    await settle(() => forgotAction(args(postRequest("/forgot-password", { email: user.email }))));
    const mail = await db.mailOutbox.findFirstOrThrow({ where: { to: user.email, kind: "account.mail.reset" } });
    const token = tokenOf(mail.text)!;
    await db.passwordReset.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await settle(() => resetAction(args(postRequest("/reset-password", { token, password: "fresh-password-1", confirm: "fresh-password-1" }))));
    expect(statusOf(expired)).toBe(400);
    const forged = await settle(() =>
      resetAction(args(postRequest("/reset-password", { token: `${token.slice(0, -2)}xx`, password: "fresh-password-1", confirm: "fresh-password-1" }))),
    );
    expect(statusOf(forged)).toBe(400);
    expect((await verifyLogin(user.email, FACTORY_PASSWORD)).ok).toBe(true);
  });

  it("keeps only the newest link, sends nothing for a deactivated account and at most three mails an hour", async () => {
    const user = await createUser();
    for (let i = 0; i < FORGOT_MAILS_PER_HOUR + 2; i++) {
      await settle(() => forgotAction(args(postRequest("/forgot-password", { email: user.email }))));
    }
    expect(await db.mailOutbox.count({ where: { to: user.email, kind: "account.mail.reset" } })).toBe(FORGOT_MAILS_PER_HOUR);
    expect(await db.passwordReset.count({ where: { userId: user.id, usedAt: null } })).toBe(1);

    const gone = await createUser({ active: false });
    const result = await settle(() => forgotAction(args(postRequest("/forgot-password", { email: gone.email }))));
    expect(headerOf(result, "Location")).toBe("/forgot-password?sent=1");
    expect(await db.passwordReset.count({ where: { userId: gone.id } })).toBe(0);
  });

  it("answers a malformed address with a field message and 400", async () => {
    const result = await settle(() => forgotAction(args(postRequest("/forgot-password", { email: "not-an-address" }))));
    expect(statusOf(result)).toBe(400);
    expect(dataOf<Reply>(result).error?.email).toEqual(["form.email"]);
  });
});
