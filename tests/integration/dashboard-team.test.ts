import { describe, expect, it } from "vitest";
import { action as teamAction, loader as teamLoader } from "~/routes/dashboard/dashboard.team";
import { action as acceptAction, loader as acceptLoader } from "~/routes/dashboard/dashboard_.team.accept";
import { db } from "~/utils/db.server";
import { createProducerWithMember, createUser } from "../support/factories";
import { cookieFrom, dataOf, getRequest, headerOf, postRequest, sessionCookieFor, settle, statusOf } from "../support/http";
import { producerSnapshot, routeArgs, twoProducers } from "../support/dashboard-factories";

const post = (cookie: string, body: Record<string, string>) => settle(() => teamAction(routeArgs(postRequest("/dashboard/team", body, { cookie }))));

function tokenFromMail(text: string) {
  const match = /\/dashboard\/team\/accept\?token=([A-Za-z0-9_-]+)/.exec(text);
  if (!match) throw new Error(`no link in: ${text}`);
  return match[1];
}

describe("team invitations", () => {
  it("mails a link with a random token, stores only its hash, and lets the invited user join", async () => {
    const { a } = await twoProducers();
    const invited = await createUser({ email: "sister@example.az" });
    const result = await post(a.cookie, { intent: "invite", email: "Sister@Example.az" });
    expect(statusOf(result)).toBe(200);
    const mail = await db.mailOutbox.findFirstOrThrow({ where: { to: "sister@example.az", kind: "dashboard.mail.invite" } });
    const token = tokenFromMail(mail.text);
    const invite = await db.producerInvite.findFirstOrThrow({ where: { producerId: a.producer.id } });
    expect(invite.tokenHash).not.toContain(token);
    expect(mail.text).not.toContain("dashboard.mail");

    const cookie = await sessionCookieFor(invited.id);
    const page = dataOf<{ problem: string | null; producerName: string }>(
      await acceptLoader(routeArgs(getRequest(`/dashboard/team/accept?token=${token}`, { cookie }))),
    );
    expect(page).toMatchObject({ problem: null, producerName: a.producer.name });
    const accepted = await settle(() => acceptAction(routeArgs(postRequest("/dashboard/team/accept", { token }, { cookie }))));
    expect(statusOf(accepted)).toBe(302);
    expect(await db.producerMember.findUniqueOrThrow({ where: { userId: invited.id } })).toMatchObject({ producerId: a.producer.id, role: "MEMBER" });

    // Joining rotates the session: the old cookie is dead, the new one works.
    const rotated = cookieFrom(headerOf(accepted, "Set-Cookie"));
    expect(statusOf(await settle(() => acceptAction(routeArgs(postRequest("/dashboard/team/accept", { token }, { cookie })))))).toBe(302);
    const reused = await settle(() => acceptAction(routeArgs(postRequest("/dashboard/team/accept", { token }, { cookie: rotated }))));
    expect(statusOf(reused)).toBe(400);
  });

  it("says clearly that a user can belong to one producer only", async () => {
    const { a, b } = await twoProducers();
    await post(a.cookie, { intent: "invite", email: b.member.email });
    const token = tokenFromMail((await db.mailOutbox.findFirstOrThrow({ where: { to: b.member.email } })).text);
    const page = dataOf<{ problem: string }>(await acceptLoader(routeArgs(getRequest(`/dashboard/team/accept?token=${token}`, { cookie: b.cookie }))));
    expect(page.problem).toBe("dashboard.team.oneProducerOnly");
    const result = await settle(() => acceptAction(routeArgs(postRequest("/dashboard/team/accept", { token }, { cookie: b.cookie }))));
    expect(statusOf(result)).toBe(400);
    expect(dataOf<{ error: string }>(result).error).toBe("dashboard.team.oneProducerOnly");
    expect((await db.producerMember.findUniqueOrThrow({ where: { userId: b.member.id } })).producerId).toBe(b.producer.id);
  });

  it("refuses a link used by another account and a made-up token", async () => {
    const { a } = await twoProducers();
    await post(a.cookie, { intent: "invite", email: "cousin@example.az" });
    const token = tokenFromMail((await db.mailOutbox.findFirstOrThrow({ where: { to: "cousin@example.az" } })).text);
    const stranger = await createUser();
    const cookie = await sessionCookieFor(stranger.id);
    expect(dataOf<{ error: string }>(await settle(() => acceptAction(routeArgs(postRequest("/dashboard/team/accept", { token }, { cookie })))))).toEqual({
      error: "dashboard.team.wrongAccount",
    });
    expect(
      dataOf<{ error: string }>(await settle(() => acceptAction(routeArgs(postRequest("/dashboard/team/accept", { token: "made-up" }, { cookie }))))),
    ).toEqual({
      error: "dashboard.team.inviteInvalid",
    });
    expect(await db.producerMember.findUnique({ where: { userId: stranger.id } })).toBeNull();
  });

  it("rejects a bad email with a field error", async () => {
    const { a } = await twoProducers();
    const result = await post(a.cookie, { intent: "invite", email: "not-an-email" });
    expect(statusOf(result)).toBe(400);
    expect(dataOf<{ reply: { error: Record<string, string[]> } }>(result).reply.error.email).toEqual(["form.email"]);
    expect(await db.producerInvite.count({ where: { producerId: a.producer.id } })).toBe(0);
  });
});

describe("removing members", () => {
  it("keeps the last owner, lets an owner remove a member", async () => {
    const { producer, member: owner } = await createProducerWithMember();
    const cookie = await sessionCookieFor(owner.id);
    const ownerRow = await db.producerMember.findUniqueOrThrow({ where: { userId: owner.id } });
    const last = await post(cookie, { intent: "remove", memberId: ownerRow.id });
    expect(statusOf(last)).toBe(400);
    expect(dataOf<{ message: string }>(last).message).toBe("dashboard.team.lastOwner");

    const helper = await createUser();
    const helperRow = await db.producerMember.create({ data: { producerId: producer.id, userId: helper.id, role: "MEMBER" } });
    const helperCookie = await sessionCookieFor(helper.id);
    expect(dataOf<{ message: string }>(await post(helperCookie, { intent: "remove", memberId: ownerRow.id })).message).toBe("dashboard.team.ownersOnly");
    expect(statusOf(await post(cookie, { intent: "remove", memberId: helperRow.id }))).toBe(200);
    expect(await db.producerMember.count({ where: { producerId: producer.id } })).toBe(1);
  });

  it("gives 404 for another producer's member or invite and changes nothing", async () => {
    const { a, b } = await twoProducers();
    await post(b.cookie, { intent: "invite", email: "friend-of-b@example.az" });
    const memberB = await db.producerMember.findUniqueOrThrow({ where: { userId: b.member.id } });
    const inviteB = await db.producerInvite.findFirstOrThrow({ where: { producerId: b.producer.id } });
    const before = await producerSnapshot(b.producer.id);
    expect(statusOf(await post(a.cookie, { intent: "remove", memberId: memberB.id }))).toBe(404);
    expect(statusOf(await post(a.cookie, { intent: "revoke", inviteId: inviteB.id }))).toBe(404);
    const list = dataOf<{ members: { user: { id: string } }[]; invites: unknown[] }>(
      await teamLoader(routeArgs(getRequest("/dashboard/team", { cookie: a.cookie }))),
    );
    expect(list.members.map((m) => m.user.id)).toEqual([a.member.id]);
    expect(list.invites).toEqual([]);
    expect(await producerSnapshot(b.producer.id)).toBe(before);
  });

  it("lets only an owner revoke an invitation: a plain member gets 403 and the invitation stays", async () => {
    const { a } = await twoProducers();
    await post(a.cookie, { intent: "invite", email: "cousin@example.az" });
    const invite = await db.producerInvite.findFirstOrThrow({ where: { producerId: a.producer.id } });
    const helper = await createUser({ email: "helper@example.az" });
    await db.producerMember.create({ data: { producerId: a.producer.id, userId: helper.id, role: "MEMBER" } });
    const helperCookie = await sessionCookieFor(helper.id);
    const refused = await post(helperCookie, { intent: "revoke", inviteId: invite.id });
    expect(statusOf(refused)).toBe(403);
    expect(dataOf<{ message: string }>(refused).message).toBe("dashboard.team.ownersOnly");
    expect(await db.producerInvite.count({ where: { id: invite.id } })).toBe(1);
    expect(statusOf(await post(helperCookie, { intent: "invite", email: "stranger@example.az" }))).toBe(400);
    expect(await db.producerInvite.count({ where: { producerId: a.producer.id } })).toBe(1);
    expect(statusOf(await post(a.cookie, { intent: "revoke", inviteId: invite.id }))).toBe(200);
    expect(await db.producerInvite.count({ where: { id: invite.id } })).toBe(0);
  });
});
