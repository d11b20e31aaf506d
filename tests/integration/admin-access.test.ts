import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import * as layout from "~/routes/admin/admin";
import * as queues from "~/routes/admin/admin._index";
import * as audit from "~/routes/admin/admin.audit";
import * as centre from "~/routes/admin/admin.centres.$id";
import * as centres from "~/routes/admin/admin.centres._index";
import * as collection from "~/routes/admin/admin.collections.$id";
import * as collections from "~/routes/admin/admin.collections._index";
import * as producer from "~/routes/admin/admin.producers.$id";
import * as producers from "~/routes/admin/admin.producers._index";
import * as reportCsv from "~/routes/admin/admin.reports.$table[.]csv";
import * as reports from "~/routes/admin/admin.reports";
import * as staff from "~/routes/admin/admin.staff";
import * as tasks from "~/routes/admin/admin.tasks";
import { db } from "~/utils/db.server";
import { createPendingListing, signedInCast } from "../support/admin-factories";
import { getRequest, headerOf, loadContext, postRequest, settle, statusOf } from "../support/http";

type Role = "anonymous" | "shopper" | "member" | "mentor" | "admin";
type Cast = Awaited<ReturnType<typeof signedInCast>>;

let cast: Cast;
let collectionId = "";
let listingId = "";
let centreId = "";

beforeAll(async () => {
  cast = await signedInCast();
  collectionId = (await db.collection.create({ data: { slug: "access-test", titleAz: "Giriş testi" } })).id;
  listingId = (await createPendingListing(cast.producer.id)).id;
  centreId = (
    await db.centre.create({
      data: { nameAz: "Mərkəz", nameEn: "Centre", nameRu: "Центр", address: "Küçə 1", district: "Səbail", hoursAz: "10–19", phone: "+994 12 000 00 00" },
    })
  ).id;
});

type RouteCase = {
  name: string;
  path: () => string;
  params: () => Record<string, string>;
  loader?: (args: LoaderFunctionArgs) => Promise<unknown>;
  action?: (args: ActionFunctionArgs) => Promise<unknown>;
  /** a valid post that would change something if it were let through */
  form?: () => Record<string, string>;
  adminOnly?: boolean;
};

const ROUTES: RouteCase[] = [
  { name: "layout", path: () => "/admin", params: () => ({}), loader: layout.loader },
  {
    name: "queues",
    path: () => "/admin",
    params: () => ({}),
    loader: queues.loader,
    action: queues.action,
    form: () => ({ intent: "approve-listing", id: listingId }),
  },
  { name: "producers", path: () => "/admin/producers", params: () => ({}), loader: producers.loader },
  {
    name: "producer",
    path: () => `/admin/producers/${cast.producer.id}`,
    params: () => ({ id: cast.producer.id }),
    loader: producer.loader,
    action: producer.action,
    form: () => ({ intent: "suspend", reason: "forged" }),
  },
  { name: "tasks", path: () => "/admin/tasks", params: () => ({}), loader: tasks.loader },
  {
    name: "collections",
    path: () => "/admin/collections",
    params: () => ({}),
    loader: collections.loader,
    action: collections.action,
    form: () => ({ slug: "forged-collection", titleAz: "Forged" }),
  },
  {
    name: "collection",
    path: () => `/admin/collections/${collectionId}`,
    params: () => ({ id: collectionId }),
    loader: collection.loader,
    action: collection.action,
    form: () => ({ intent: "delete" }),
  },
  { name: "reports", path: () => "/admin/reports", params: () => ({}), loader: reports.loader },
  { name: "report csv", path: () => "/admin/reports/monthly.csv", params: () => ({ table: "monthly" }), loader: reportCsv.loader },
  { name: "audit", path: () => "/admin/audit", params: () => ({}), loader: audit.loader },
  {
    name: "staff",
    path: () => "/admin/staff",
    params: () => ({}),
    loader: staff.loader,
    action: staff.action,
    form: () => ({ intent: "deactivate", userId: cast.users.shopper.id }),
    adminOnly: true,
  },
  {
    name: "centres",
    path: () => "/admin/centres",
    params: () => ({}),
    loader: centres.loader,
    action: centres.action,
    form: () => ({
      nameAz: "Forged",
      nameEn: "Forged",
      nameRu: "Forged",
      district: "Səbail",
      address: "Forged street 1",
      hoursAz: "10-19",
      phone: "+994 12 000 00 00",
    }),
    adminOnly: true,
  },
  {
    name: "centre",
    path: () => `/admin/centres/${centreId}`,
    params: () => ({ id: centreId }),
    loader: centre.loader,
    action: centre.action,
    form: () => ({ intent: "assign", email: cast.users.shopper.email }),
    adminOnly: true,
  },
];

const ROLES: Role[] = ["anonymous", "shopper", "member", "mentor", "admin"];

function expectedStatus(role: Role, adminOnly = false) {
  if (role === "anonymous") return 302;
  if (role === "shopper" || role === "member") return 403;
  if (role === "mentor") return adminOnly ? 403 : 200;
  return 200;
}

/** Everything a forged post could touch. */
async function snapshot() {
  const [auditRows, producerRow, listing, collectionRow, collectionCount, shopper, centreCount] = await Promise.all([
    db.auditLog.count(),
    db.producer.findUniqueOrThrow({ where: { id: cast.producer.id }, select: { status: true } }),
    db.product.findUniqueOrThrow({ where: { id: listingId }, select: { status: true } }),
    db.collection.findUnique({ where: { id: collectionId }, select: { id: true } }),
    db.collection.count(),
    db.user.findUniqueOrThrow({ where: { id: cast.users.shopper.id }, select: { active: true, role: true, centreId: true } }),
    db.centre.count(),
  ]);
  return { auditRows, producerRow, listing, collectionRow, collectionCount, shopper, centreCount };
}

describe("every admin page, for every kind of visitor", () => {
  for (const route of ROUTES.filter((r) => r.loader)) {
    for (const role of ROLES) {
      const expected = expectedStatus(role, route.adminOnly);
      it(`GET ${route.name} as ${role} → ${expected}`, async () => {
        const cookie = cast.cookies[role];
        const result = await settle(() => route.loader!({ request: getRequest(route.path(), { cookie }), params: route.params(), context: loadContext }));
        expect(statusOf(result)).toBe(expected);
        if (expected === 302) expect(headerOf(result, "Location")).toMatch(/^\/login\?redirectTo=/);
      });
    }
  }
});

describe("forged posts to admin actions change nothing", () => {
  for (const route of ROUTES.filter((r) => r.action)) {
    for (const role of ["anonymous", "shopper", "member", ...(route.adminOnly ? (["mentor"] as const) : [])] as const) {
      const expected = role === "anonymous" ? 302 : 403;
      it(`POST ${route.name} as ${role} → ${expected}, nothing written`, async () => {
        const before = await snapshot();
        const result = await settle(() =>
          route.action!({
            request: postRequest(route.path(), route.form!(), { cookie: cast.cookies[role] }),
            params: route.params(),
            context: loadContext,
          }),
        );
        expect(statusOf(result)).toBe(expected);
        expect(await snapshot()).toEqual(before);
      });
    }
  }
});
