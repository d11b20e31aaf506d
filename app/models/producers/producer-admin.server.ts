import { STAFF_ROLES } from "~/models/accounts/roles";
import { containsText, db, type Prisma, NAMES_SELECT } from "~/utils/db.server";
import { pickLocalized, type Locale } from "~/utils/i18n";
import type { StaffProducerFilters } from "~/models/producers/producer-admin-schema";

export const STAFF_PRODUCERS_PAGE_SIZE = 30;

/** Active mentors and admins, the people a producer can be assigned to. */
export async function listStaffMembers() {
  return db.user.findMany({
    where: { role: { in: [...STAFF_ROLES] }, active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, role: true },
  });
}

/** Regions, sectors and mentors for the filter form. */
export async function staffProducerFilterOptions(locale: Locale) {
  const [regions, sectors, mentors] = await Promise.all([
    db.region.findMany({ orderBy: { nameAz: "asc" }, select: { slug: true, ...NAMES_SELECT } }),
    db.sector.findMany({ orderBy: { position: "asc" }, select: { slug: true, ...NAMES_SELECT } }),
    listStaffMembers(),
  ]);
  return {
    regions: regions.map((r) => ({ slug: r.slug, name: pickLocalized(r, "name", locale) })),
    sectors: sectors.map((s) => ({ slug: s.slug, name: pickLocalized(s, "name", locale) })),
    mentors,
  };
}

/** Every producer, whatever their status, filtered for staff. */
export async function listProducersForStaff(filters: StaffProducerFilters, viewerId: string, locale: Locale) {
  const mentorId = filters.mentor === "me" ? viewerId : filters.mentor === "none" ? null : filters.mentor;
  const where: Prisma.ProducerWhereInput = {
    ...(filters.q ? { name: containsText(filters.q) } : {}),
    ...(filters.region ? { region: { slug: filters.region } } : {}),
    ...(filters.sector ? { sectors: { some: { sector: { slug: filters.sector } } } } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.mentor ? { mentorId } : {}),
  };
  const total = await db.producer.count({ where });
  const pageCount = Math.ceil(total / STAFF_PRODUCERS_PAGE_SIZE);
  const page = Math.min(filters.page, Math.max(pageCount, 1));
  const rows = await db.producer.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip: (page - 1) * STAFF_PRODUCERS_PAGE_SIZE,
    take: STAFF_PRODUCERS_PAGE_SIZE,
    select: {
      id: true,
      slug: true,
      name: true,
      status: true,
      verified: true,
      region: { select: NAMES_SELECT },
      sectors: { select: { sector: { select: NAMES_SELECT } } },
      mentor: { select: { name: true } },
      _count: { select: { products: { where: { status: "PUBLISHED" } }, tasks: { where: { doneAt: null } } } },
    },
  });
  return {
    total,
    page,
    pageCount,
    items: rows.map((p) => ({
      id: p.id,
      slug: p.slug,
      name: p.name,
      status: p.status,
      verified: p.verified,
      region: pickLocalized(p.region, "name", locale),
      sectors: p.sectors.map((s) => pickLocalized(s.sector, "name", locale)),
      mentor: p.mentor?.name ?? null,
      publishedListings: p._count.products,
      openTasks: p._count.tasks,
    })),
  };
}

function latest(...dates: (Date | null | undefined)[]) {
  const times = dates.filter((d): d is Date => !!d).map((d) => d.getTime());
  return times.length ? new Date(Math.max(...times)).toISOString() : null;
}

/** Sales and the rest of the figures a mentor looks at first. */
export async function producerKeyFigures(producerId: string) {
  const [sales, byStatus, rating, lastOrder, lastProduct, lastTaskDone, lastSession] = await Promise.all([
    db.order.aggregate({ where: { producerId, status: { not: "CANCELLED" } }, _sum: { totalQ: true }, _count: { _all: true } }),
    db.product.groupBy({ by: ["status"], where: { producerId }, _count: { _all: true } }),
    db.product.aggregate({ where: { producerId }, _sum: { ratingSum: true, ratingCount: true } }),
    db.order.aggregate({ where: { producerId }, _max: { placedAt: true } }),
    db.product.aggregate({ where: { producerId }, _max: { updatedAt: true } }),
    db.mentorTask.aggregate({ where: { producerId }, _max: { doneAt: true } }),
    db.session.aggregate({ where: { user: { membership: { producerId } } }, _max: { createdAt: true } }),
  ]);
  const ratingCount = rating._sum.ratingCount ?? 0;
  return {
    salesQ: sales._sum.totalQ ?? 0,
    orders: sales._count._all,
    listings: Object.fromEntries(byStatus.map((row) => [row.status, row._count._all])) as Record<string, number>,
    rating: ratingCount > 0 ? Math.round(((rating._sum.ratingSum ?? 0) / ratingCount) * 10) / 10 : null,
    ratingCount,
    lastActivity: latest(lastOrder._max.placedAt, lastProduct._max.updatedAt, lastTaskDone._max.doneAt, lastSession._max.createdAt),
  };
}

/** A producer's staff page: profile, standing, figures. Null when there is no such producer. */
export async function producerForStaff(producerId: string, locale: Locale) {
  const producer = await db.producer.findUnique({
    where: { id: producerId },
    select: {
      id: true,
      slug: true,
      name: true,
      status: true,
      statusReason: true,
      verified: true,
      district: true,
      phone: true,
      storyAz: true,
      storyEn: true,
      storyRu: true,
      createdAt: true,
      approvedAt: true,
      mentorId: true,
      mentor: { select: { name: true } },
      region: { select: NAMES_SELECT },
      sectors: { select: { sector: { select: NAMES_SELECT } } },
      members: { orderBy: { createdAt: "asc" }, select: { role: true, user: { select: { name: true, email: true } } } },
    },
  });
  if (!producer) return null;
  const figures = await producerKeyFigures(producer.id);
  return {
    id: producer.id,
    slug: producer.slug,
    name: producer.name,
    status: producer.status,
    statusReason: producer.statusReason,
    verified: producer.verified,
    district: producer.district,
    phone: producer.phone,
    story: pickLocalized(producer, "story", locale),
    createdAt: producer.createdAt.toISOString(),
    approvedAt: producer.approvedAt?.toISOString() ?? null,
    mentorId: producer.mentorId,
    mentorName: producer.mentor?.name ?? null,
    region: pickLocalized(producer.region, "name", locale),
    sectors: producer.sectors.map((s) => pickLocalized(s.sector, "name", locale)),
    members: producer.members.map((m) => ({ role: m.role, name: m.user.name, email: m.user.email })),
    figures,
  };
}
