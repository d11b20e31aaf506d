import { describe, expect, it } from "vitest";
import { hashResetToken } from "~/models/accounts/password-reset.server";
import { verifyLogin } from "~/models/accounts/users.server";
import { action as staffAction, loader as staffLoader } from "~/routes/admin/admin.staff";
import { action as resetAction, loader as resetLoader } from "~/routes/reset-password";
import { getUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { signedInCast } from "../support/admin-factories";
import { createProducer, createUser } from "../support/factories";
import { cookieFrom, dataOf, getRequest, headerOf, loadContext, postRequest, sessionCookieFor, settle, statusOf } from "../support/http";

const post = (form: Record<string, string>, cookie: string | null) =>
  settle(() => staffAction({ request: postRequest("/admin/staff", form, { cookie }), params: {}, context: loadContext }));
const reset = (form: Record<string, string>, cookie?: string) =>
  settle(() => resetAction({ request: postRequest("/reset-password", form, { cookie }), params: {}, context: loadContext }));
const resetPage = (token: string) =>
  settle(() => resetLoader({ request: getRequest(`/reset-password?token=${encodeURIComponent(token)}`), params: {}, context: loadContext }));

async function inviteAndReadToken(cookie: string, email: string) {
  const result = await post({ intent: "invite", name: "Günel Rzayeva", email, locale: "en" }, cookie);
  expect(statusOf(result)).toBe(302);
  const mail = await db.mailOutbox.findFirstOrThrow({ where: { to: email, kind: "admin.mail.staffInvite" } });
  const token = /reset-password\?token=([A-Za-z0-9_-]+)/.exec(mail.text)![1];
  return { mail, token };
}

describe("admin-only actions", () => {
  it("a mentor can neither see the staff page nor change roles or deactivate (403, nothing changed)", async () => {
    const { cookies, users } = await signedInCast();
    expect(
      statusOf(await settle(() => staffLoader({ request: getRequest("/admin/staff", { cookie: cookies.mentor }), params: {}, context: loadContext }))),
    ).toBe(403);
    const target = await createUser({ role: "MENTOR" });
    const session = await sessionCookieFor(target.id);
    const forged: Record<string, string>[] = [
      { intent: "change-role", userId: users.mentor.id, role: "ADMIN" },
      { intent: "change-role", userId: target.id, role: "SHOPPER" },
      { intent: "deactivate", userId: target.id },
      { intent: "invite", name: "Sneaky", email: "sneaky@example.az" },
    ];
    for (const form of forged) {
      expect(statusOf(await post(form, cookies.mentor))).toBe(403);
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: users.mentor.id } })).role).toBe("MENTOR");
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ role: "MENTOR", active: true });
    expect(await getUser(getRequest("/", { cookie: session }))).not.toBeNull();
    expect(await db.user.count({ where: { email: "sneaky@example.az" } })).toBe(0);
    expect(await db.auditLog.count({ where: { entityType: "User" } })).toBe(0);
  });
});

describe("inviting a mentor", () => {
  it("creates a MENTOR with a hashed one-time link mailed in their language; the link sets the password once", async () => {
    const { cookies, users } = await signedInCast();
    const { mail, token } = await inviteAndReadToken(cookies.admin, "gunel@example.az");
    expect(mail.locale).toBe("en");
    const user = await db.user.findUniqueOrThrow({ where: { email: "gunel@example.az" } });
    expect(user.role).toBe("MENTOR");
    const stored = await db.passwordReset.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).toBe(hashResetToken(token));
    expect(stored.tokenHash).not.toContain(token);
    const days = (stored.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
    expect(await db.auditLog.count({ where: { action: "user.invite", entityId: user.id, actorId: users.admin.id } })).toBe(1);

    expect(statusOf(await resetPage(token))).toBe(200);
    const oldSession = await sessionCookieFor(user.id);

    const mismatch = await reset({ token, password: "a-good-password", confirm: "another-password" });
    expect(statusOf(mismatch)).toBe(400);
    expect(dataOf<{ error: Record<string, string[]> }>(mismatch).error.confirm).toEqual(["admin.reset.mismatch"]);

    const done = await reset({ token, password: "a-good-password", confirm: "a-good-password" });
    expect(statusOf(done)).toBe(302);
    expect(headerOf(done, "Location")).toBe("/admin");
    const newCookie = cookieFrom(headerOf(done, "Set-Cookie"));
    expect((await getUser(getRequest("/", { cookie: newCookie })))?.id).toBe(user.id);
    expect(await getUser(getRequest("/", { cookie: oldSession }))).toBeNull();
    expect(await verifyLogin("gunel@example.az", "a-good-password")).toEqual({ ok: true, userId: user.id });

    // Single use.
    expect(statusOf(await resetPage(token))).toBe(400);
    const again = await reset({ token, password: "yet-another-pass", confirm: "yet-another-pass" });
    expect(statusOf(again)).toBe(400);
    expect(dataOf<{ error: Record<string, string[]> }>(again).error[""]).toEqual(["admin.reset.invalid"]);
    expect(await verifyLogin("gunel@example.az", "yet-another-pass")).toMatchObject({ ok: false });
  });

  it("refuses an expired link and an unknown one", async () => {
    const { cookies } = await signedInCast();
    const { token } = await inviteAndReadToken(cookies.admin, "late@example.az");
    await db.passwordReset.updateMany({ where: { tokenHash: hashResetToken(token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(statusOf(await reset({ token, password: "a-good-password", confirm: "a-good-password" }))).toBe(400);
    expect(statusOf(await reset({ token: "made-up", password: "a-good-password", confirm: "a-good-password" }))).toBe(400);
    expect(await verifyLogin("late@example.az", "a-good-password")).toMatchObject({ ok: false });
  });

  it("answers a taken email or bad input with field errors and creates nothing", async () => {
    const { cookies, users } = await signedInCast();
    const taken = await post({ intent: "invite", name: "X", email: users.shopper.email }, cookies.admin);
    expect(statusOf(taken)).toBe(400);
    expect(dataOf<{ reply: { error: Record<string, string[]> } }>(taken).reply.error.email).toEqual(["admin.staff.emailTaken"]);
    const bad = await post({ intent: "invite", name: "", email: "nope" }, cookies.admin);
    expect(statusOf(bad)).toBe(400);
    expect(dataOf<{ reply: { error: Record<string, string[]> } }>(bad).reply.error).toMatchObject({ name: ["form.required"], email: ["form.email"] });
    expect((await db.user.findUniqueOrThrow({ where: { id: users.shopper.id } })).role).toBe("SHOPPER");
  });
});

describe("roles and deactivation", () => {
  it("changes roles, audited; a demoted mentor is unassigned from their producers", async () => {
    const { cookies, users } = await signedInCast();
    const producer = await createProducer();
    await db.producer.update({ where: { id: producer.id }, data: { mentorId: users.mentor.id } });
    expect(statusOf(await post({ intent: "change-role", userId: users.shopper.id, role: "MENTOR" }, cookies.admin))).toBe(302);
    expect((await db.user.findUniqueOrThrow({ where: { id: users.shopper.id } })).role).toBe("MENTOR");
    expect(statusOf(await post({ intent: "change-role", userId: users.mentor.id, role: "SHOPPER" }, cookies.admin))).toBe(302);
    expect((await db.user.findUniqueOrThrow({ where: { id: users.mentor.id } })).role).toBe("SHOPPER");
    expect((await db.producer.findUniqueOrThrow({ where: { id: producer.id } })).mentorId).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.role", entityId: users.mentor.id } });
    expect(JSON.parse(audit.before)).toEqual({ role: "MENTOR" });
    expect(JSON.parse(audit.after)).toEqual({ role: "SHOPPER", unassignedProducers: 1 });
    const bad = await post({ intent: "change-role", userId: users.shopper.id, role: "GOD" }, cookies.admin);
    expect(statusOf(bad)).toBe(400);
  });

  it("deactivation ends the account's sessions; reactivation lets them log in again", async () => {
    const { cookies, users } = await signedInCast();
    expect(await getUser(getRequest("/", { cookie: cookies.mentor }))).not.toBeNull();
    expect(statusOf(await post({ intent: "deactivate", userId: users.mentor.id }, cookies.admin))).toBe(302);
    expect((await db.user.findUniqueOrThrow({ where: { id: users.mentor.id } })).active).toBe(false);
    expect(await db.session.count({ where: { userId: users.mentor.id } })).toBe(0);
    expect(await getUser(getRequest("/", { cookie: cookies.mentor }))).toBeNull();
    expect(statusOf(await post({ intent: "reactivate", userId: users.mentor.id }, cookies.admin))).toBe(302);
    expect((await db.user.findUniqueOrThrow({ where: { id: users.mentor.id } })).active).toBe(true);
    const actions = (await db.auditLog.findMany({ where: { entityId: users.mentor.id }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["user.deactivate", "user.reactivate"]);
  });

  it("an admin cannot demote or deactivate themselves", async () => {
    const { cookies, users } = await signedInCast();
    const own: Record<string, string>[] = [
      { intent: "change-role", userId: users.admin.id, role: "SHOPPER" },
      { intent: "deactivate", userId: users.admin.id },
    ];
    for (const form of own) {
      const result = await post(form, cookies.admin);
      expect(statusOf(result)).toBe(400);
      expect(dataOf<{ reply: { error: Record<string, string[]> } }>(result).reply.error[""]).toEqual(["admin.staff.notSelf"]);
    }
    expect(await db.user.findUniqueOrThrow({ where: { id: users.admin.id } })).toMatchObject({ role: "ADMIN", active: true });
    expect(await getUser(getRequest("/", { cookie: cookies.admin }))).not.toBeNull();
  });

  it("answers an unknown account with 404", async () => {
    const { cookies } = await signedInCast();
    expect(statusOf(await post({ intent: "deactivate", userId: "ghost" }, cookies.admin))).toBe(404);
  });
});
