/**
 * Every route module in app/routes/dashboard and app/routes/admin, against every
 * kind of visitor: read from the directory, so a new route is covered the day it lands.
 *
 * Expectations come from the route's area, not from its code: anonymous → 302 to /login;
 * the wrong role → 403; a producer's member with another producer's ids → 404 (loaders) or a
 * refusal that changes nothing (actions). Only stricter-than-area routes are read from the
 * source (`requireRole(request, ["ADMIN"])` makes a route admin-only: mentors get 403 too).
 */
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { createMentorTask, createExperience, producerSnapshot } from "../support/dashboard-factories";
import { createProducerWithMember, createProduct, createUser } from "../support/factories";
import { checkoutForm, guestCartWith, submitCheckout } from "../support/checkout";
import { getRequest, headerOf, loadContext, postRequest, sessionCookieFor, settle, statusOf } from "../support/http";

const ROUTES_DIR = path.resolve("app/routes");
const AREAS = ["dashboard", "admin"] as const;
const FILES = AREAS.flatMap((area) => fs.readdirSync(path.join(ROUTES_DIR, area)))
  .filter((file) => /\.(tsx?|jsx?)$/.test(file))
  .sort();
/** A route file's path: each area's routes sit in the area's folder (app/routes/admin/admin.audit.tsx). */
const routePath = (file: string) => path.join(ROUTES_DIR, AREAS.find((area) => file.startsWith(area)) ?? "", file);

/** Routes of the area open to any signed-in account (they check something else, e.g. an invitation's email). */
const ANY_SIGNED_IN = new Set(["dashboard_.team.accept"]);

type Role = "anonymous" | "shopper" | "member" | "mentor" | "admin";
type Access = "producer" | "staff" | "admin-only" | "signed-in";

const nameOf = (file: string) => file.replace(/\.(tsx?|jsx?)$/, "");

function accessOf(file: string): Access {
  const name = nameOf(file);
  if (ANY_SIGNED_IN.has(name)) return "signed-in";
  if (name.startsWith("dashboard")) return "producer";
  const source = fs.readFileSync(routePath(file), "utf8");
  return /requireRole\(\s*request\s*,\s*\[\s*"ADMIN"\s*\]\s*\)/.test(source) ? "admin-only" : "staff";
}

const ALLOWED: Record<Access, Role[]> = {
  producer: ["member"],
  staff: ["mentor", "admin"],
  "admin-only": ["admin"],
  "signed-in": ["shopper", "member", "mentor", "admin"],
};

/** The URL of a flat route file: `dashboard.products.$id_.photos` → /dashboard/products/<id>/photos. */
function urlOf(file: string, params: Record<string, string>) {
  const segments = nameOf(file)
    .replace(/\[\.\]/g, "\u0000")
    .split(".")
    .filter((s) => s !== "_index" && !s.startsWith("_") && !s.startsWith("("))
    .map((s) => s.replace(/_$/, "").replace(/\u0000/g, "."))
    .map((s) => s.replace(/^\$(\w+)/, (_, name: string) => params[name] ?? "x"));
  return `/${segments.join("/")}`;
}

const paramNames = (file: string) => [...nameOf(file).matchAll(/\$(\w+)/g)].map((m) => m[1]);

type Fixture = Awaited<ReturnType<typeof setUp>>;
let f: Fixture;

async function placeGuestOrder(productId: string) {
  const cookie = await guestCartWith([{ productId, quantity: 1 }]);
  const result = await submitCheckout(checkoutForm({ email: `roles-${productId}@example.az` }), cookie);
  expect(statusOf(result)).toBe(302);
  return db.order.findFirstOrThrow({ where: { lines: { some: { productId } } } });
}

async function setUp() {
  const a = await createProducerWithMember();
  const b = await createProducerWithMember();
  const make = async (producerId: string) => {
    const product = await createProduct(producerId, { stock: 20 });
    const experience = await createExperience(producerId);
    const slot = await db.slot.create({ data: { productId: experience.id, startsAt: new Date(Date.now() + 9 * 86_400_000), capacity: 8 } });
    const image = await db.image.create({
      data: { fileKey: `roles-${product.id}`, producerId, productId: product.id, width: 640, height: 480, widths: "320,640", alt: "Bal" },
    });
    const order = await placeGuestOrder(product.id);
    const task = await createMentorTask(producerId);
    return { product, experience, slot, image, order, task };
  };
  const [ownA, ownB] = [await make(a.producer.id), await make(b.producer.id)];
  const memberRowB = await db.producerMember.findFirstOrThrow({ where: { producerId: b.producer.id } });
  const inviteB = await db.producerInvite.create({
    data: { producerId: b.producer.id, email: "invitee@example.az", tokenHash: `roles-${Date.now()}`, expiresAt: new Date(Date.now() + 86_400_000) },
  });
  const collection = await db.collection.create({ data: { slug: `roles-${Date.now()}`, titleAz: "Rollar" } });
  const shopper = await createUser();
  const mentor = await createUser({ role: "MENTOR" });
  const admin = await createUser({ role: "ADMIN" });
  const cookies: Record<Role, string | null> = {
    anonymous: null,
    shopper: await sessionCookieFor(shopper.id),
    member: await sessionCookieFor(a.member.id),
    mentor: await sessionCookieFor(mentor.id),
    admin: await sessionCookieFor(admin.id),
  };
  return { a, b, ownA, ownB, memberRowB, inviteB, collection, cookies };
}

/** Ids for a route's params: "A" the signed-in member's own records, "B" another producer's. */
function paramsFor(file: string, owner: "A" | "B"): { params: Record<string, string>; known: boolean } {
  const name = nameOf(file);
  const own = owner === "A" ? f.ownA : f.ownB;
  const params: Record<string, string> = {};
  let known = true;
  for (const param of paramNames(file)) {
    if (param === "id" && name.startsWith("dashboard.products")) params.id = name.includes("slots") ? own.experience.id : own.product.id;
    else if (param === "id" && name.startsWith("dashboard.orders")) params.id = own.order.id;
    else if (param === "id" && name.startsWith("admin.collections")) params.id = f.collection.id;
    else if (param === "id" && name.startsWith("admin.producers")) params.id = (owner === "A" ? f.a : f.b).producer.id;
    else {
      // A param this table does not know yet: the right role gets a 404, never a 500.
      params[param] = "no-such-record";
      known = false;
    }
  }
  return { params, known };
}

type RouteModule = {
  loader?: (args: { request: Request; params: Record<string, string>; context: typeof loadContext }) => Promise<unknown>;
  action?: (args: { request: Request; params: Record<string, string>; context: typeof loadContext }) => Promise<unknown>;
};
const load = (file: string) => import(/* @vite-ignore */ routePath(file)) as Promise<RouteModule>;

async function snapshotOfB() {
  const orders = await db.order.findMany({
    where: { producerId: f.b.producer.id },
    include: { lines: true, events: true, journals: true },
    orderBy: { id: "asc" },
  });
  return `${await producerSnapshot(f.b.producer.id)}|${JSON.stringify(orders)}`;
}

/** Intent values a route's forms or schemas name, so a forged post reaches the code behind each. */
function intentsOf(file: string): string[] {
  const source = fs.readFileSync(routePath(file), "utf8");
  const found = new Set<string>();
  for (const m of source.matchAll(/intent\s*===?\s*"([^"]+)"/g)) found.add(m[1]);
  for (const m of source.matchAll(/name="intent"\s+value="([^"]+)"/g)) found.add(m[1]);
  for (const m of source.matchAll(/case\s+"([^"]+)"\s*:/g)) found.add(m[1]);
  // The schemas and domain modules the route imports (some dispatch on the intent themselves).
  for (const imported of source.matchAll(/from\s+"~\/(models\/[^"]+)"/g)) {
    const file = path.resolve("app", `${imported[1]}.ts`);
    if (!fs.existsSync(file)) continue;
    const text = fs.readFileSync(file, "utf8");
    if (!text.includes("intent")) continue;
    for (const m of text.matchAll(/intent:\s*z\.literal\("([^"]+)"\)/g)) found.add(m[1]);
    for (const m of text.matchAll(/intent:\s*z\.enum\(\[([^\]]+)\]/g)) for (const v of m[1].matchAll(/"([^"]+)"/g)) found.add(v[1]);
    for (const m of text.matchAll(/intent\s*===?\s*"([^"]+)"/g)) found.add(m[1]);
    for (const m of text.matchAll(/case\s+"([^"]+)"\s*:/g)) found.add(m[1]);
  }
  return [...found].filter((v) => /^[A-Za-z][\w-]*$/.test(v));
}

beforeAll(async () => {
  f = await setUp();
});

describe("the route table", () => {
  it("finds the dashboard and admin routes", () => {
    expect(FILES.length).toBeGreaterThan(30);
    expect(FILES).toContain("dashboard.tsx");
    expect(FILES).toContain("admin.tsx");
  });
});

describe.each(FILES)("%s", (file) => {
  const access = accessOf(file);
  const roles: Role[] = ["anonymous", "shopper", "member", "mentor", "admin"];

  it.each(roles)(`loader as %s (${access})`, async (role) => {
    const mod = await load(file);
    if (!mod.loader) return;
    const { params, known } = paramsFor(file, "A");
    const url = urlOf(file, params);
    const result = await settle(() => mod.loader!({ request: getRequest(url, { cookie: f.cookies[role] }), params, context: loadContext }));
    const status = statusOf(result);
    if (role === "anonymous") {
      expect(status, url).toBe(302);
      expect(headerOf(result, "Location"), url).toMatch(/^\/login\?redirectTo=/);
    } else if (ALLOWED[access].includes(role)) {
      if (known) expect(status, url).toBe(200);
      else expect([200, 404], url).toContain(status);
    } else {
      expect(status, `${role} on ${url}`).toBe(403);
    }
  });

  it.each(roles)(`action as %s (${access})`, async (role) => {
    const mod = await load(file);
    if (!mod.action) return;
    if (ALLOWED[access].includes(role)) return; // the right role's actions are their areas' own tests
    const { params } = paramsFor(file, "A");
    const url = urlOf(file, params);
    const before = await snapshotOfB();
    for (const intent of ["", ...intentsOf(file)]) {
      const form = { intent, id: f.ownB.product.id, reason: "forged request" };
      const result = await settle(() => mod.action!({ request: postRequest(url, form, { cookie: f.cookies[role] }), params, context: loadContext }));
      if (role === "anonymous") {
        expect(statusOf(result), `${intent} ${url}`).toBe(302);
        expect(headerOf(result, "Location")).toMatch(/^\/login\?redirectTo=/);
      } else {
        expect(statusOf(result), `${role} ${intent} on ${url}`).toBe(403);
      }
    }
    expect(await snapshotOfB()).toBe(before);
  });

  if (access === "producer" && paramNames(file).length > 0) {
    it("loader with another producer's id gives 404", async () => {
      const mod = await load(file);
      if (!mod.loader) return;
      const { params } = paramsFor(file, "B");
      const result = await settle(() => mod.loader!({ request: getRequest(urlOf(file, params), { cookie: f.cookies.member }), params, context: loadContext }));
      expect(statusOf(result)).toBe(404);
    });
  }

  if (access === "producer") {
    it("action with another producer's ids changes nothing", async () => {
      const mod = await load(file);
      if (!mod.action) return;
      const ids = paramNames(file).length > 0 ? paramsFor(file, "B").params : {};
      const url = urlOf(file, ids);
      const before = await snapshotOfB();
      const forged = {
        id: f.ownB.product.id,
        productId: f.ownB.product.id,
        slotId: f.ownB.slot.id,
        imageId: f.ownB.image.id,
        photoId: f.ownB.image.id,
        orderId: f.ownB.order.id,
        taskId: f.ownB.task.id,
        memberId: f.memberRowB.id,
        inviteId: f.inviteB.id,
        userId: f.b.member.id,
        reason: "forged request",
        trackingNote: "forged",
      };
      for (const intent of ["", ...intentsOf(file)]) {
        const result = await settle(() =>
          mod.action!({ request: postRequest(url, { ...forged, intent }, { cookie: f.cookies.member }), params: ids, context: loadContext }),
        );
        const status = statusOf(result);
        // With B's id in the URL the record must not be found; with B's ids only in the form,
        // A may get a form error or a 404, but never a success that touched B.
        if (paramNames(file).length > 0) expect([400, 404, 409], `${intent} on ${url}`).toContain(status);
        else expect(status, `${intent} on ${url}`).toBeLessThan(500);
      }
      expect(await snapshotOfB()).toBe(before);
    });
  }
});
