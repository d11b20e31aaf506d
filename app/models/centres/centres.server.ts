import { CENTRE_ROLE, isStaff } from "~/models/accounts/roles";
import { recordAudit } from "~/models/audit/audit.server";
import { db, type Prisma } from "~/utils/db.server";
import type { CentreHoursInput, CentreInput } from "./centre-schema";

const CENTRE_FIELDS = {
  id: true,
  nameAz: true,
  nameEn: true,
  nameRu: true,
  address: true,
  district: true,
  hoursAz: true,
  hoursEn: true,
  hoursRu: true,
  phone: true,
  mapUrl: true,
  active: true,
} satisfies Prisma.CentreSelect;

export type CentreError = "notFound" | "centre.staff.noAccount" | "centre.staff.isStaff" | "centre.staff.isProducer" | "centre.staff.inactive";
export type CentreResult = { ok: true } | { ok: false; error: CentreError };

/** Every centre, active first, with how many people work there. */
export async function listCentresForAdmin() {
  const centres = await db.centre.findMany({
    orderBy: [{ active: "desc" }, { nameAz: "asc" }],
    select: { ...CENTRE_FIELDS, _count: { select: { staff: { where: { role: CENTRE_ROLE } } } } },
  });
  return centres.map(({ _count, ...centre }) => ({ ...centre, staffCount: _count.staff }));
}

/** One centre with its staff, for the admin's edit page; null when there is none. */
export async function getCentreForAdmin(id: string) {
  return db.centre.findUnique({
    where: { id },
    select: {
      ...CENTRE_FIELDS,
      staff: { where: { role: CENTRE_ROLE }, orderBy: { name: "asc" }, select: { id: true, name: true, email: true, active: true } },
    },
  });
}

export async function createCentre(actorId: string, input: CentreInput) {
  return db.$transaction(async (tx) => {
    const centre = await tx.centre.create({ data: input, select: { id: true } });
    await recordAudit(tx, { actorId, action: "centre.create", entityType: "Centre", entityId: centre.id, after: input });
    return centre;
  });
}

export async function updateCentre(actorId: string, id: string, input: CentreInput): Promise<CentreResult> {
  return db.$transaction(async (tx): Promise<CentreResult> => {
    const before = await tx.centre.findUnique({ where: { id }, select: CENTRE_FIELDS });
    if (!before) return { ok: false, error: "notFound" };
    await tx.centre.update({ where: { id }, data: input });
    await recordAudit(tx, { actorId, action: "centre.update", entityType: "Centre", entityId: id, before, after: input });
    return { ok: true };
  });
}

/**
 * Makes an existing account staff of the centre (moving it from another centre, if it worked at
 * one). Programme staff and producer members are refused: centre staff receive producers' parcels
 * and take the programme's money, so one person must not sit on both sides. The account's
 * sessions end, as with any change of rights.
 */
export async function assignCentreStaff(actorId: string, centreId: string, email: string): Promise<CentreResult> {
  return db.$transaction(async (tx): Promise<CentreResult> => {
    if (!(await tx.centre.findUnique({ where: { id: centreId }, select: { id: true } }))) return { ok: false, error: "notFound" };
    const user = await tx.user.findUnique({
      where: { email },
      select: { id: true, role: true, active: true, centreId: true, membership: { select: { id: true } } },
    });
    if (!user) return { ok: false, error: "centre.staff.noAccount" };
    if (!user.active) return { ok: false, error: "centre.staff.inactive" };
    if (isStaff(user.role)) return { ok: false, error: "centre.staff.isStaff" };
    if (user.membership) return { ok: false, error: "centre.staff.isProducer" };
    if (user.role === CENTRE_ROLE && user.centreId === centreId) return { ok: true };
    await tx.user.update({ where: { id: user.id }, data: { role: CENTRE_ROLE, centreId } });
    await tx.session.deleteMany({ where: { userId: user.id } });
    await recordAudit(tx, {
      actorId,
      action: "centre.assignStaff",
      entityType: "User",
      entityId: user.id,
      before: { role: user.role, centreId: user.centreId },
      after: { role: CENTRE_ROLE, centreId },
    });
    return { ok: true };
  });
}

/** Takes a person off the centre's staff: the account stays, as a shopper's. */
export async function unassignCentreStaff(actorId: string, centreId: string, userId: string): Promise<CentreResult> {
  return db.$transaction(async (tx): Promise<CentreResult> => {
    const { count } = await tx.user.updateMany({ where: { id: userId, centreId, role: CENTRE_ROLE }, data: { role: "SHOPPER", centreId: null } });
    if (count === 0) return { ok: false, error: "notFound" };
    await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, {
      actorId,
      action: "centre.unassignStaff",
      entityType: "User",
      entityId: userId,
      before: { role: CENTRE_ROLE, centreId },
      after: { role: "SHOPPER", centreId: null },
    });
    return { ok: true };
  });
}

/** The centre a staff member works at, with their colleagues: the /centre home page. */
export async function getOwnCentre(centreId: string) {
  return db.centre.findUniqueOrThrow({
    where: { id: centreId },
    select: {
      ...CENTRE_FIELDS,
      staff: { where: { role: CENTRE_ROLE, active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } },
    },
  });
}

/** Centre staff keep their own opening hours and phone up to date; nothing else of the centre. */
export async function updateOwnCentreHours(actorId: string, centreId: string, input: CentreHoursInput) {
  await db.$transaction(async (tx) => {
    const before = await tx.centre.findUniqueOrThrow({ where: { id: centreId }, select: { hoursAz: true, hoursEn: true, hoursRu: true, phone: true } });
    await tx.centre.update({ where: { id: centreId }, data: input });
    await recordAudit(tx, { actorId, action: "centre.hours", entityType: "Centre", entityId: centreId, before, after: input });
  });
}

/** What the /centre layout shows of the staff member's centre. */
export async function getCentreHeader(centreId: string) {
  return db.centre.findUniqueOrThrow({ where: { id: centreId }, select: { id: true, nameAz: true, nameEn: true, nameRu: true } });
}
