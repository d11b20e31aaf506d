import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import * as adminLayout from "~/routes/admin/admin";
import * as adminCentre from "~/routes/admin/admin.centres.$id";
import * as adminCentres from "~/routes/admin/admin.centres._index";
import * as staffPage from "~/routes/admin/admin.staff";
import * as centreLayout from "~/routes/centre/centre";
import * as centreHome from "~/routes/centre/centre._index";
import { homeOf } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { signedInCast } from "../support/admin-factories";
import { createUser } from "../support/factories";
import { dataOf, getRequest, headerOf, loadContext, postRequest, sessionCookieFor, settle, statusOf } from "../support/http";

type Cast = Awaited<ReturnType<typeof signedInCast>>;

const CENTRE_FORM = {
  intent: "create",
  nameAz: "ABAD Şəki mərkəzi",
  nameEn: "ABAD Shaki centre",
  nameRu: "Центр ABAD в Шеки",
  district: "Şəki",
  address: "M. F. Axundzadə pr. 40",
  hoursAz: "B.e.–Ş. 09:00–18:00",
  hoursEn: "",
  hoursRu: "",
  phone: "+994 24 244 00 20",
  mapUrl: "https://www.openstreetmap.org/?mlat=41.199&mlon=47.17",
  pickupFee: "2,50",
  pickupDays: "3",
  active: "on",
};

let cast: Cast;
let centreA = "";
let centreB = "";
let staffA = { id: "", cookie: "" };
let staffB = { id: "", cookie: "" };

const get = (loader: (args: LoaderFunctionArgs) => Promise<unknown>, path: string, cookie: string | null, params: Record<string, string> = {}) =>
  settle(() => loader({ request: getRequest(path, { cookie }), params, context: loadContext }));
const post = (
  action: (args: ActionFunctionArgs) => Promise<unknown>,
  path: string,
  form: Record<string, string>,
  cookie: string | null,
  params: Record<string, string> = {},
) => settle(() => action({ request: postRequest(path, form, { cookie }), params, context: loadContext }));

async function createCentre(form: Record<string, string>) {
  const result = await post(adminCentres.action, "/admin/centres", form, cast.cookies.admin);
  expect(statusOf(result)).toBe(302);
  return /\/admin\/centres\/([^?]+)/.exec(headerOf(result, "Location")!)![1];
}

async function assign(centreId: string, email: string) {
  return post(adminCentre.action, `/admin/centres/${centreId}`, { intent: "assign", email }, cast.cookies.admin, { id: centreId });
}

beforeAll(async () => {
  cast = await signedInCast();
  centreA = await createCentre({ ...CENTRE_FORM, nameAz: "ABAD İçərişəhər mərkəzi", district: "Səbail", address: "Kiçik Qala küç. 5" });
  centreB = await createCentre(CENTRE_FORM);
  const a = await createUser({ name: "Səbinə A" });
  const b = await createUser({ name: "Kamran B" });
  expect(statusOf(await assign(centreA, a.email))).toBe(302);
  expect(statusOf(await assign(centreB, b.email))).toBe(302);
  staffA = { id: a.id, cookie: await sessionCookieFor(a.id) };
  staffB = { id: b.id, cookie: await sessionCookieFor(b.id) };
});

describe("admins manage centres and their staff", () => {
  it("creates a centre with its three names, district, hours, phone and map link, and audits it", async () => {
    const centre = await db.centre.findUniqueOrThrow({ where: { id: centreB } });
    expect(centre).toMatchObject({ nameEn: "ABAD Shaki centre", district: "Şəki", hoursEn: "", active: true, pickupFeeQ: 250, pickupDays: 3 });
    expect(await db.auditLog.count({ where: { action: "centre.create", entityId: centreB } })).toBe(1);
  });

  it("refuses a district outside the regions list and a map link that is not https", async () => {
    const result = await post(
      adminCentres.action,
      "/admin/centres",
      { ...CENTRE_FORM, district: "Atlantis", mapUrl: "javascript:alert(1)" },
      cast.cookies.admin,
    );
    expect(statusOf(result)).toBe(400);
    const errors = dataOf<{ error: Record<string, string[]> }>(result).error;
    expect(errors.district).toEqual(["address.districtUnknown"]);
    expect(errors.mapUrl).toEqual(["centre.form.mapUrlInvalid"]);
  });

  it("edits a centre, and closing it keeps its staff", async () => {
    const result = await post(
      adminCentre.action,
      `/admin/centres/${centreB}`,
      { ...CENTRE_FORM, intent: "save", hoursEn: "Mon–Sat 9–18", active: "" },
      cast.cookies.admin,
      {
        id: centreB,
      },
    );
    expect(statusOf(result)).toBe(302);
    expect(await db.centre.findUniqueOrThrow({ where: { id: centreB } })).toMatchObject({ hoursEn: "Mon–Sat 9–18", active: false });
    await db.centre.update({ where: { id: centreB }, data: { active: true } });
  });

  it("assigning makes the account centre staff of that centre only, and ends its sessions", async () => {
    const person = await createUser();
    const cookie = await sessionCookieFor(person.id);
    expect(statusOf(await assign(centreA, person.email))).toBe(302);
    expect(await db.user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ role: "CENTRE_STAFF", centreId: centreA });
    expect(await db.session.count({ where: { userId: person.id } })).toBe(0);
    expect(statusOf(await get(centreLayout.loader, "/centre", cookie))).toBe(302);
    expect(homeOf({ role: "CENTRE_STAFF", producerId: null, centreId: centreA })).toBe("/centre");
  });

  it("refuses unknown addresses, programme staff and producer members", async () => {
    const cases = [
      ["nobody@test.az", "centre.staff.noAccount"],
      [cast.users.mentor.email, "centre.staff.isStaff"],
      [cast.users.member.email, "centre.staff.isProducer"],
    ] as const;
    for (const [email, error] of cases) {
      const result = await assign(centreA, email);
      expect(statusOf(result)).toBe(400);
      expect(dataOf<{ reply: { error: Record<string, string[]> } }>(result).reply.error.email).toEqual([error]);
    }
    expect(await db.user.findUniqueOrThrow({ where: { id: cast.users.mentor.id } })).toMatchObject({ role: "MENTOR", centreId: null });
  });

  it("removing a person from one centre's page cannot touch another centre's staff", async () => {
    const forged = await post(adminCentre.action, `/admin/centres/${centreA}`, { intent: "unassign", userId: staffB.id }, cast.cookies.admin, { id: centreA });
    expect(statusOf(forged)).toBe(404);
    expect(await db.user.findUniqueOrThrow({ where: { id: staffB.id } })).toMatchObject({ role: "CENTRE_STAFF", centreId: centreB });
    const person = await createUser();
    await assign(centreB, person.email);
    expect(
      statusOf(await post(adminCentre.action, `/admin/centres/${centreB}`, { intent: "unassign", userId: person.id }, cast.cookies.admin, { id: centreB })),
    ).toBe(302);
    expect(await db.user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ role: "SHOPPER", centreId: null });
  });

  it("the staff page does not make centre staff without a centre, and a role change away clears the centre", async () => {
    const person = await createUser();
    const refused = await post(staffPage.action, "/admin/staff", { intent: "change-role", userId: person.id, role: "CENTRE_STAFF" }, cast.cookies.admin);
    expect(statusOf(refused)).toBe(400);
    await assign(centreA, person.email);
    await post(staffPage.action, "/admin/staff", { intent: "change-role", userId: person.id, role: "SHOPPER" }, cast.cookies.admin);
    expect(await db.user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ role: "SHOPPER", centreId: null });
  });
});

describe("/centre is for centre staff, and only their own centre", () => {
  it("shows staff A their own centre, never B's", async () => {
    const layout = (await get(centreLayout.loader, "/centre", staffA.cookie)) as { centre: { id: string } };
    expect(layout.centre.id).toBe(centreA);
    const home = (await get(centreHome.loader, "/centre", staffA.cookie)) as { centre: { id: string; staff: { id: string }[] } };
    expect(home.centre.id).toBe(centreA);
    expect(home.centre.staff.map((s) => s.id)).toContain(staffA.id);
    expect(home.centre.staff.map((s) => s.id)).not.toContain(staffB.id);
  });

  it("staff A's post changes A's hours, and a forged centre id in it cannot reach B", async () => {
    const before = await db.centre.findUniqueOrThrow({ where: { id: centreB } });
    const result = await post(
      centreHome.action,
      "/centre",
      { hoursAz: "Hər gün 11:00–21:00", hoursEn: "", hoursRu: "", phone: "+994 12 505 00 11", centreId: centreB, id: centreB },
      staffA.cookie,
      { id: centreB, centreId: centreB },
    );
    expect(statusOf(result)).toBe(302);
    expect(await db.centre.findUniqueOrThrow({ where: { id: centreA } })).toMatchObject({ hoursAz: "Hər gün 11:00–21:00", phone: "+994 12 505 00 11" });
    expect(await db.centre.findUniqueOrThrow({ where: { id: centreB } })).toEqual(before);
  });

  it("shoppers, producer members, mentors and admins get 403; visitors are sent to log in", async () => {
    for (const role of ["shopper", "member", "mentor", "admin"] as const) {
      for (const loader of [centreLayout.loader, centreHome.loader]) {
        expect(statusOf(await get(loader, "/centre", cast.cookies[role])), role).toBe(403);
      }
      const before = await db.centre.findUniqueOrThrow({ where: { id: centreA } });
      const forged = await post(centreHome.action, "/centre", { hoursAz: "forged", phone: "+994 12 000 00 00" }, cast.cookies[role]);
      expect(statusOf(forged), role).toBe(403);
      expect(await db.centre.findUniqueOrThrow({ where: { id: centreA } })).toEqual(before);
    }
    const anonymous = await get(centreHome.loader, "/centre", null);
    expect(statusOf(anonymous)).toBe(302);
    expect(headerOf(anonymous, "Location")).toMatch(/^\/login\?redirectTo=%2Fcentre/);
  });

  it("centre staff reach neither the programme area nor a producer's dashboard, nor the admin's centre pages", async () => {
    expect(statusOf(await get(adminLayout.loader, "/admin", staffA.cookie))).toBe(403);
    expect(statusOf(await get(adminCentres.loader, "/admin/centres", staffA.cookie))).toBe(403);
    expect(statusOf(await get(adminCentre.loader, `/admin/centres/${centreA}`, staffA.cookie, { id: centreA }))).toBe(403);
    const forged = await post(adminCentre.action, `/admin/centres/${centreB}`, { intent: "assign", email: "x@test.az" }, staffA.cookie, { id: centreB });
    expect(statusOf(forged)).toBe(403);
  });
});
