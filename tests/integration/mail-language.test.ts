/**
 * Every mail goes out in the language of the person it goes to: the one their account chose,
 * else the language of the page that caused it, else Azerbaijani (app/models/mail/recipient-locale).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ACCOUNT_FREE_FAILURES, loginTiming } from "~/models/accounts/login-limit.server";
import { hashPassword } from "~/models/accounts/passwords.server";
import { action as loginAction } from "~/routes/login";
import { action as bankAction } from "~/routes/dashboard/dashboard.payouts";
import { action as teamAction } from "~/routes/dashboard/dashboard.team";
import { db } from "~/utils/db.server";
import { createProducerWithMember, createUser } from "../support/factories";
import { loadContext, postRequest, sessionCookieFor, settle, statusOf } from "../support/http";

const mailsTo = (to: string, kind: string) => db.mailOutbox.findMany({ where: { to, kind }, orderBy: { createdAt: "asc" } });

describe("mail language", () => {
  beforeEach(() => void vi.spyOn(loginTiming, "sleep").mockResolvedValue(undefined));
  afterEach(() => vi.restoreAllMocks());

  it("an unlock link asked for from a Russian login page is in Russian unless the account chose a language", async () => {
    const undecided = await createUser();
    const decided = await createUser();
    await db.user.update({ where: { id: decided.id }, data: { locale: "en" } });
    for (const user of [undecided, decided]) {
      for (let i = 0; i <= ACCOUNT_FREE_FAILURES; i++) {
        const attempt = postRequest("/login?lang=ru", { email: user.email, password: `wrong-${i}-password` });
        await settle(() => loginAction({ request: attempt, params: {}, context: { ...loadContext, clientIp: `203.0.113.${i + 1}` } }));
      }
    }
    const [russian] = await mailsTo(undecided.email, "auth.mail.unlock");
    expect(russian.locale).toBe("ru");
    expect(russian.subject).toBe("Вход в ваш аккаунт ABAD Market замедлен");
    expect((await mailsTo(decided.email, "auth.mail.unlock"))[0].locale).toBe("en");
  });

  it("a bank change made on an English page reaches each owner in their account's language, else English", async () => {
    const { producer, member } = await createProducerWithMember();
    await db.user.update({ where: { id: member.id }, data: { passwordHash: await hashPassword("owner-password-1"), locale: null } });
    const partner = await createUser();
    await db.user.update({ where: { id: partner.id }, data: { locale: "az" } });
    await db.producerMember.create({ data: { producerId: producer.id, userId: partner.id, role: "OWNER" } });
    const form = { bankHolder: "Rəşad Məmmədov", bankIban: "AZ21NABZ00000000137010001944", password: "owner-password-1" };
    const cookie = await sessionCookieFor(member.id);
    await settle(() => bankAction({ request: postRequest("/dashboard/payouts?lang=en", form, { cookie }), params: {}, context: loadContext }));
    const [own] = await mailsTo(member.email, "bank.mail.changed");
    expect(own.locale).toBe("en");
    expect(own.subject).toContain("Bank details");
    const [partners] = await mailsTo(partner.email, "bank.mail.changed");
    expect(partners.locale).toBe("az");
    expect(partners.subject).toBe(`${producer.name} üçün bank rekvizitləri dəyişdirildi`);
  });

  it("a team invitation follows the invited account's language, else the inviter's page", async () => {
    const { member } = await createProducerWithMember();
    const cookie = await sessionCookieFor(member.id);
    const russianReader = await createUser({ email: "sister-ru@example.az" });
    await db.user.update({ where: { id: russianReader.id }, data: { locale: "ru" } });
    const invite = (email: string) =>
      settle(() => teamAction({ request: postRequest("/dashboard/team?lang=en", { intent: "invite", email }, { cookie }), params: {}, context: loadContext }));
    expect(statusOf(await invite(russianReader.email))).toBe(200);
    expect(statusOf(await invite("new-cousin@example.az"))).toBe(200);
    expect((await mailsTo(russianReader.email, "dashboard.mail.invite"))[0].locale).toBe("ru");
    const [english] = await mailsTo("new-cousin@example.az", "dashboard.mail.invite");
    expect(english.locale).toBe("en");
    expect(english.text).toContain("invited you to join");
  });
});
