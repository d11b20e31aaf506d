import { db, type Prisma } from "~/utils/db.server";

type Tx = Prisma.TransactionClient;

export type AuditInput = {
  actorId: string;
  /** dotted verb, e.g. "listing.approve"; the audit page lists whatever actions exist */
  action: string;
  /** the table of the record, e.g. "Product" */
  entityType: string;
  entityId: string;
  /** the fields that changed, as they were and as they became */
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

function serialize(value: Record<string, unknown> | null | undefined) {
  return value ? JSON.stringify(value) : "";
}

/**
 * Records a staff action. Takes the transaction client on purpose: the row is written
 * together with the change it describes, or not at all. The log is append-only, so this
 * module has no update or delete.
 */
export async function recordAudit(tx: Tx, input: AuditInput) {
  await tx.auditLog.create({
    data: {
      actorId: input.actorId,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      before: serialize(input.before),
      after: serialize(input.after),
    },
  });
}

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilters = {
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  /** inclusive days, YYYY-MM-DD in Baku time */
  from?: string;
  to?: string;
  page: number;
};

/** Midnight in Baku (UTC+4, no daylight saving) of a YYYY-MM-DD day. */
function bakuDayStart(day: string) {
  return new Date(`${day}T00:00:00.000+04:00`);
}

export async function listAuditEntries(filters: AuditFilters) {
  const createdAt: { gte?: Date; lt?: Date } = {};
  if (filters.from) createdAt.gte = bakuDayStart(filters.from);
  if (filters.to) createdAt.lt = new Date(bakuDayStart(filters.to).getTime() + 24 * 60 * 60 * 1000);
  const where: Prisma.AuditLogWhereInput = {
    ...(filters.actor ? { actorId: filters.actor } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.entityId ? { entityId: filters.entityId } : {}),
    ...(filters.from || filters.to ? { createdAt } : {}),
  };
  const total = await db.auditLog.count({ where });
  const pageCount = Math.ceil(total / AUDIT_PAGE_SIZE);
  const page = Math.min(filters.page, Math.max(pageCount, 1));
  const rows = await db.auditLog.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    select: {
      id: true,
      action: true,
      entityType: true,
      entityId: true,
      before: true,
      after: true,
      createdAt: true,
      actor: { select: { id: true, name: true, email: true } },
    },
  });
  return {
    total,
    page,
    pageCount,
    entries: rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })),
  };
}

/** The choices for the audit filters: everyone who has acted, and every action and record type seen. */
export async function auditFilterOptions() {
  const [actions, entityTypes, actorIds] = await Promise.all([
    db.auditLog.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
    db.auditLog.groupBy({ by: ["entityType"], orderBy: { entityType: "asc" } }),
    db.auditLog.groupBy({ by: ["actorId"] }),
  ]);
  const actors = await db.user.findMany({
    where: { id: { in: actorIds.map((a) => a.actorId) } },
    select: { id: true, name: true, email: true },
    orderBy: { name: "asc" },
  });
  return { actions: actions.map((a) => a.action), entityTypes: entityTypes.map((e) => e.entityType), actors };
}
