import { describe, expect, it } from "vitest";
import { action as loginAction } from "~/routes/login";
import { action as logoutAction } from "~/routes/logout";
import { action as signupAction } from "~/routes/signup";
import { loader as dashboardLoader } from "~/routes/dashboard/dashboard._index";
import { loader as adminLoader } from "~/routes/admin/admin._index";
import { loader as healthLoader } from "~/routes/healthz";
import { db } from "~/utils/db.server";
import { getUser } from "~/utils/auth.server";
import { createProducerWithMember, createUser, FACTORY_PASSWORD } from "../support/factories";
import { cookieFrom, dataOf, getRequest, headerOf, loadContext, postRequest, sessionCookieFor, settle, statusOf } from "../support/http";

const args = (request: Request) => ({ request, params: {}, context: loadContext });

describe("sign up", () => {
  it("creates a shopper, starts a session and keeps the password out of the reply on errors", async () => {
    const result = await settle(() => signupAction(args(postRequest("/signup", { name: "Aysel", email: "Aysel@Example.az", password: "long-enough" }))));
    expect(statusOf(result)).toBe(302);
    const user = await db.user.findUniqueOrThrow({ where: { email: "aysel@example.az" } });
    expect(user.role).toBe("SHOPPER");
    expect(user.passwordHash).not.toContain("long-enough");
    const cookie = cookieFrom(headerOf(result, "Set-Cookie"));
    expect((await getUser(getRequest("/", { cookie })))?.id).toBe(user.id);
  });

  it("answers a duplicate email with a field error and writes nothing", async () => {
    await createUser({ email: "taken@example.az" });
    const before = await db.user.count();
    const result = await settle(() => signupAction(args(postRequest("/signup", { name: "X", email: "taken@example.az", password: "long-enough" }))));
    expect(statusOf(result)).toBe(400);
    const reply = dataOf<{ error: Record<string, string[]>; initialValue: Record<string, string> }>(result);
    expect(reply.error.email).toEqual(["auth.signup.emailTaken"]);
    expect(reply.initialValue.name).toBe("X");
    expect(reply.initialValue.password).toBeUndefined();
    expect(await db.user.count()).toBe(before);
  });

  it("rejects malformed input with 400 and field messages", async () => {
    const result = await settle(() => signupAction(args(postRequest("/signup", { email: "nope", password: "short" }))));
    expect(statusOf(result)).toBe(400);
    const reply = dataOf<{ error: Record<string, string[]> }>(result);
    expect(reply.error.email).toEqual(["form.email"]);
    expect(reply.error.password).toEqual(["form.passwordLength"]);
    expect(reply.error.name).toEqual(["form.required"]);
  });
});

describe("log in", () => {
  it("sends each kind of account to its area", async () => {
    const mentor = await createUser({ role: "MENTOR" });
    const { member } = await createProducerWithMember();
    const shopper = await createUser();
    for (const [user, target] of [
      [mentor, "/admin"],
      [member, "/dashboard"],
      [shopper, "/"],
    ] as const) {
      const result = await settle(() => loginAction(args(postRequest("/login", { email: user.email, password: FACTORY_PASSWORD }))));
      expect(headerOf(result, "Location")).toBe(target);
    }
  });

  it("follows a same-site redirectTo but never an outside one", async () => {
    const user = await createUser();
    const inside = await settle(() => loginAction(args(postRequest("/login", { email: user.email, password: FACTORY_PASSWORD, redirectTo: "/cart" }))));
    expect(headerOf(inside, "Location")).toBe("/cart");
    const outside = await settle(() =>
      loginAction(args(postRequest("/login", { email: user.email, password: FACTORY_PASSWORD, redirectTo: "//evil.example" }))),
    );
    expect(headerOf(outside, "Location")).toBe("/");
  });

  it("refuses a deactivated account", async () => {
    const user = await createUser({ active: false });
    const result = await settle(() => loginAction(args(postRequest("/login", { email: user.email, password: FACTORY_PASSWORD }))));
    expect(dataOf<{ error: Record<string, string[]> }>(result).error[""]).toEqual(["auth.login.deactivated"]);
  });
});

describe("log out", () => {
  it("deletes the session row so the old cookie no longer works", async () => {
    const user = await createUser();
    const cookie = await sessionCookieFor(user.id);
    expect(await getUser(getRequest("/", { cookie }))).not.toBeNull();
    await settle(() => logoutAction(args(postRequest("/logout", {}, { cookie }))));
    expect(await getUser(getRequest("/", { cookie }))).toBeNull();
  });
});

describe("guards", () => {
  it("sends a logged-out visitor to /login with redirectTo", async () => {
    const result = await settle(() => dashboardLoader(args(getRequest("/dashboard?tab=1"))));
    expect(statusOf(result)).toBe(302);
    expect(headerOf(result, "Location")).toBe(`/login?redirectTo=${encodeURIComponent("/dashboard?tab=1")}`);
  });

  it("gives a shopper 403 on /dashboard and /admin", async () => {
    const cookie = await sessionCookieFor((await createUser()).id);
    expect(statusOf(await settle(() => dashboardLoader(args(getRequest("/dashboard", { cookie })))))).toBe(403);
    expect(statusOf(await settle(() => adminLoader(args(getRequest("/admin", { cookie })))))).toBe(403);
  });

  it("gives a producer member 403 on /admin and lets staff in", async () => {
    const { member } = await createProducerWithMember();
    const producerCookie = await sessionCookieFor(member.id);
    expect(statusOf(await settle(() => adminLoader(args(getRequest("/admin", { cookie: producerCookie })))))).toBe(403);
    expect(statusOf(await settle(() => dashboardLoader(args(getRequest("/dashboard", { cookie: producerCookie })))))).toBe(200);
    const mentorCookie = await sessionCookieFor((await createUser({ role: "MENTOR" })).id);
    expect(statusOf(await settle(() => adminLoader(args(getRequest("/admin", { cookie: mentorCookie })))))).toBe(200);
  });
});

describe("health", () => {
  it("answers 200 JSON when the database is up", async () => {
    const response = await healthLoader();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "up" });
  });
});

describe("privilege changes", () => {
  it("end the account's sessions, so the next login carries the new role", async () => {
    const { changeRole } = await import("~/models/accounts/staff.server");
    const admin = await createUser({ role: "ADMIN" });
    const mentor = await createUser({ role: "MENTOR" });
    const cookie = await sessionCookieFor(mentor.id);
    expect((await getUser(getRequest("/", { cookie })))?.role).toBe("MENTOR");
    expect(await changeRole(admin.id, mentor.id, "SHOPPER")).toEqual({ ok: true });
    expect(await getUser(getRequest("/", { cookie }))).toBeNull();
  });
});
