import { CENTRE_ROLE, isStaff } from "~/models/accounts/roles";
import { recordAudit } from "~/models/audit/audit.server";
import { db, NAMES_SELECT, type Prisma } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n";
import { centreHours, centreName } from "./centre-names";
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
  pickupFeeQ: true,
  pickupDays: true,
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

function centreData({ pickupFee, ...input }: CentreInput) {
  return { ...input, pickupFeeQ: pickupFee };
}

export async function createCentre(actorId: string, input: CentreInput) {
  return db.$transaction(async (tx) => {
    const centre = await tx.centre.create({ data: centreData(input), select: { id: true } });
    await recordAudit(tx, { actorId, action: "centre.create", entityType: "Centre", entityId: centre.id, after: input });
    return centre;
  });
}

export async function updateCentre(actorId: string, id: string, input: CentreInput): Promise<CentreResult> {
  return db.$transaction(async (tx): Promise<CentreResult> => {
    const before = await tx.centre.findUnique({ where: { id }, select: CENTRE_FIELDS });
    if (!before) return { ok: false, error: "notFound" };
    await tx.centre.update({ where: { id }, data: centreData(input) });
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
  return db.centre.findUniqueOrThrow({ where: { id: centreId }, select: { id: true, ...NAMES_SELECT } });
}

/** An ABAD centre a producer's goods can be picked up at, as the checkout offers it. */
export type CentreOption = { id: string; name: string; address: string; district: string; hours: string; feeQ: number; days: number };

/** The open centres each producer delivers to, by producer id, names in the page's language. */
export async function centresByProducer(producerIds: string[], locale: Locale): Promise<Map<string, CentreOption[]>> {
  const links = await db.producerCentre.findMany({
    where: { producerId: { in: producerIds }, centre: { active: true } },
    orderBy: { centre: { nameAz: "asc" } },
    select: { producerId: true, centre: { select: { ...CENTRE_FIELDS, pickupFeeQ: true, pickupDays: true } } },
  });
  const byProducer = new Map<string, CentreOption[]>();
  for (const { producerId, centre } of links) {
    const option = {
      id: centre.id,
      name: centreName(centre, locale),
      address: centre.address,
      district: centre.district,
      hours: centreHours(centre, locale),
      feeQ: centre.pickupFeeQ,
      days: centre.pickupDays,
    };
    byProducer.set(producerId, [...(byProducer.get(producerId) ?? []), option]);
  }
  return byProducer;
}

/** Every open centre, and whether the producer delivers there: the producer's choice on /dashboard/delivery. */
export async function producerCentreChoices(producerId: string, locale: Locale) {
  const centres = await db.centre.findMany({
    where: { active: true },
    orderBy: { nameAz: "asc" },
    select: { ...CENTRE_FIELDS, pickupFeeQ: true, pickupDays: true, producers: { where: { producerId }, select: { producerId: true } } },
  });
  return centres.map((centre) => ({
    id: centre.id,
    name: centreName(centre, locale),
    address: `${centre.address}, ${centre.district}`,
    feeQ: centre.pickupFeeQ,
    days: centre.pickupDays,
    chosen: centre.producers.length > 0,
  }));
}

/** The producer delivers to exactly these open centres from now on (ids of closed or unknown centres are ignored). */
export async function setProducerCentres(actorId: string, producerId: string, centreIds: string[]) {
  await db.$transaction(async (tx) => {
    const open = await tx.centre.findMany({ where: { id: { in: centreIds }, active: true }, select: { id: true } });
    const before = await tx.producerCentre.findMany({ where: { producerId }, select: { centreId: true } });
    await tx.producerCentre.deleteMany({ where: { producerId } });
    if (open.length > 0) await tx.producerCentre.createMany({ data: open.map((centre) => ({ producerId, centreId: centre.id })) });
    await recordAudit(tx, {
      actorId,
      action: "producer.centres",
      entityType: "Producer",
      entityId: producerId,
      before: { centres: before.map((b) => b.centreId) },
      after: { centres: open.map((c) => c.id) },
    });
  });
}
