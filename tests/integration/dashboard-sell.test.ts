import { describe, expect, it } from "vitest";
import { action as sellAction, loader as sellLoader } from "~/routes/sell";
import { loader as overviewLoader } from "~/routes/dashboard/dashboard._index";
import { getUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { createProducerWithMember, createUser, ensureTaxonomy } from "../support/factories";
import { cookieFrom, dataOf, getRequest, headerOf, postRequest, sessionCookieFor, settle, statusOf } from "../support/http";
import { routeArgs } from "../support/dashboard-factories";

async function applicationForm(overrides: Record<string, string | string[]> = {}) {
  const { region, sector } = await ensureTaxonomy();
  return {
    businessName: "Nənəmin Bağı",
    regionId: String(region.id),
    sectors: [String(sector.id)],
    storyAz: "Üç nəsildir Şəkidə tut və fındıq yetişdiririk.",
    phone: "+994 50 123 45 67",
    ...overrides,
  };
}

describe("applying as a producer", () => {
  it("lets a signed-in shopper apply; the producer is APPLIED with them as OWNER and they see the status", async () => {
    const user = await createUser();
    const cookie = await sessionCookieFor(user.id);
    const result = await settle(async () => sellAction(routeArgs(postRequest("/sell", await applicationForm(), { cookie }))));
    expect(statusOf(result)).toBe(302);
    expect(headerOf(result, "Location")).toBe("/dashboard");
    const member = await db.producerMember.findUniqueOrThrow({ where: { userId: user.id }, include: { producer: { include: { sectors: true } } } });
    expect(member.role).toBe("OWNER");
    expect(member.producer).toMatchObject({ name: "Nənəmin Bağı", status: "APPLIED", phone: "+994 50 123 45 67" });
    expect(member.producer.sectors).toHaveLength(1);

    const page = dataOf<{ status: { status: string }; canApply: boolean }>(await sellLoader(routeArgs(getRequest("/sell", { cookie }))));
    expect(page.status.status).toBe("APPLIED");
    expect(page.canApply).toBe(false);
    expect(dataOf<{ active: boolean }>(await overviewLoader(routeArgs(getRequest("/dashboard", { cookie })))).active).toBe(false);

    const again = await settle(async () => sellAction(routeArgs(postRequest("/sell", await applicationForm({ businessName: "İkinci" }), { cookie }))));
    expect(statusOf(again)).toBe(400);
    expect(dataOf<{ error: Record<string, string[]> }>(again).error[""]).toEqual(["dashboard.sell.alreadyMember"]);
    expect(await db.producer.count({ where: { name: "İkinci" } })).toBe(0);
  });

  it("signs a visitor up and applies in the same form, starting a session", async () => {
    const result = await settle(async () =>
      sellAction(routeArgs(postRequest("/sell", await applicationForm({ name: "Leyla Əliyeva", email: "Leyla@Example.az", password: "long-enough-1" })))),
    );
    expect(statusOf(result)).toBe(302);
    const cookie = cookieFrom(headerOf(result, "Set-Cookie"));
    const user = await getUser(getRequest("/dashboard", { cookie }));
    expect(user).toMatchObject({ email: "leyla@example.az", producerStatus: "APPLIED" });
  });

  it("writes nothing when the email is taken or fields are missing", async () => {
    await createUser({ email: "taken@example.az" });
    const [users, producers] = [await db.user.count(), await db.producer.count()];
    const taken = await settle(async () =>
      sellAction(routeArgs(postRequest("/sell", await applicationForm({ name: "X", email: "taken@example.az", password: "long-enough-1" })))),
    );
    expect(statusOf(taken)).toBe(400);
    expect(dataOf<{ error: Record<string, string[]> }>(taken).error.email).toEqual(["auth.signup.emailTaken"]);
    const missing = await settle(async () =>
      sellAction(
        routeArgs(
          postRequest("/sell", {
            ...(await applicationForm({ name: "Y", email: "y@example.az", password: "long-enough-1", phone: "abc", storyAz: "qısa" })),
            sectors: [],
          }),
        ),
      ),
    );
    expect(statusOf(missing)).toBe(400);
    const errors = dataOf<{ error: Record<string, string[]> }>(missing).error;
    expect(errors.sectors).toEqual(["dashboard.sell.chooseSector"]);
    expect(errors.phone).toEqual(["form.phone"]);
    expect(errors.storyAz).toEqual(["dashboard.sell.storyShort"]);
    expect([await db.user.count(), await db.producer.count()]).toEqual([users, producers]);
  });

  it("lets a rejected producer apply again, and refuses a member of an active producer", async () => {
    const { member, producer } = await createProducerWithMember();
    const cookie = await sessionCookieFor(member.id);
    const refused = await settle(async () => sellAction(routeArgs(postRequest("/sell", await applicationForm(), { cookie }))));
    expect(statusOf(refused)).toBe(400);
    await db.producer.update({ where: { id: producer.id }, data: { status: "REJECTED", statusReason: "Az məlumat" } });
    const again = await settle(async () => sellAction(routeArgs(postRequest("/sell", await applicationForm({ businessName: "Yeni ad" }), { cookie }))));
    expect(statusOf(again)).toBe(302);
    expect(await db.producer.findUniqueOrThrow({ where: { id: producer.id } })).toMatchObject({ status: "APPLIED", name: "Yeni ad", statusReason: "" });
  });

  it("answers 400 with a message to a sector sent twice, on a first application and on a re-application, and writes nothing", async () => {
    const { sector } = await ensureTaxonomy();
    const twice = { sectors: [String(sector.id), String(sector.id)] };
    const user = await createUser();
    const first = await settle(async () =>
      sellAction(routeArgs(postRequest("/sell", await applicationForm(twice), { cookie: await sessionCookieFor(user.id) }))),
    );
    expect(statusOf(first)).toBe(400);
    expect(dataOf<{ error: Record<string, string[]> }>(first).error.sectors).toEqual(["dashboard.sell.sectorTwice"]);
    expect(await db.producerMember.count({ where: { userId: user.id } })).toBe(0);

    const { member, producer } = await createProducerWithMember();
    await db.producer.update({ where: { id: producer.id }, data: { status: "REJECTED", statusReason: "Az məlumat" } });
    const cookie = await sessionCookieFor(member.id);
    const again = await settle(async () =>
      sellAction(routeArgs(postRequest("/sell", await applicationForm({ ...twice, businessName: "Yeni ad" }), { cookie }))),
    );
    expect(statusOf(again)).toBe(400);
    expect(dataOf<{ error: Record<string, string[]> }>(again).error.sectors).toEqual(["dashboard.sell.sectorTwice"]);
    expect(await db.producer.findUniqueOrThrow({ where: { id: producer.id } })).toMatchObject({ status: "REJECTED", statusReason: "Az məlumat" });
  });
});
