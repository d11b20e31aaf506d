import { pickLocalized, type Locale } from "~/utils/i18n";
import { db, type Prisma, type Tx, TITLES_SELECT } from "~/utils/db.server";
import { bakuAt, bakuInstant } from "~/utils/baku-time";

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

export async function listAuditEntries(filters: AuditFilters) {
  const createdAt: { gte?: Date; lt?: Date } = {};
  if (filters.from) createdAt.gte = bakuAt(filters.from);
  if (filters.to) createdAt.lt = bakuInstant(filters.to, 24);
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

/** Fields in an entry's change that hold ids of other records, and what they point at. */
const ID_FIELDS = { productId: "Product", productIds: "Product", producerId: "Producer", mentorId: "User" } as const;

type NamedEntry = { entityType: string; entityId: string; before: string; after: string };

function parseChange(json: string): Record<string, unknown> {
  if (!json) return {};
  try {
    const value = JSON.parse(json);
    return value && typeof value === "object" ? value : {};
  } catch {
    return {};
  }
}

/**
 * What the people reading the log call the records an audit page mentions: product and
 * collection titles in their language, producer and people's names, task titles. Ids that no
 * longer exist are simply left out (the page then shows the id). A few batched reads per page.
 */
export async function auditRecordNames(entries: NamedEntry[], locale: Locale): Promise<Record<string, string>> {
  const ids: Record<"Product" | "Producer" | "User" | "Collection" | "MentorTask" | "MentorNote", Set<string>> = {
    Product: new Set(),
    Producer: new Set(),
    User: new Set(),
    Collection: new Set(),
    MentorTask: new Set(),
    MentorNote: new Set(),
  };
  for (const entry of entries) {
    if (entry.entityType in ids) ids[entry.entityType as keyof typeof ids].add(entry.entityId);
    for (const change of [parseChange(entry.before), parseChange(entry.after)]) {
      for (const [field, type] of Object.entries(ID_FIELDS)) {
        const value = change[field];
        for (const id of Array.isArray(value) ? value : [value]) if (typeof id === "string") ids[type].add(id);
      }
    }
  }
  const inIds = (set: Set<string>) => ({ id: { in: [...set] } });
  const [products, producers, users, collections, tasks, notes] = await Promise.all([
    ids.Product.size ? db.product.findMany({ where: inIds(ids.Product), select: { id: true, ...TITLES_SELECT } }) : [],
    ids.Producer.size ? db.producer.findMany({ where: inIds(ids.Producer), select: { id: true, name: true } }) : [],
    ids.User.size ? db.user.findMany({ where: inIds(ids.User), select: { id: true, name: true } }) : [],
    ids.Collection.size ? db.collection.findMany({ where: inIds(ids.Collection), select: { id: true, ...TITLES_SELECT } }) : [],
    ids.MentorTask.size
      ? db.mentorTask.findMany({ where: inIds(ids.MentorTask), select: { id: true, title: true, producer: { select: { name: true } } } })
      : [],
    ids.MentorNote.size ? db.mentorNote.findMany({ where: inIds(ids.MentorNote), select: { id: true, producer: { select: { name: true } } } }) : [],
  ]);
  const names: Record<string, string> = {};
  for (const p of products) names[p.id] = pickLocalized(p, "title", locale);
  for (const p of producers) names[p.id] = p.name;
  for (const u of users) names[u.id] = u.name;
  for (const c of collections) names[c.id] = pickLocalized(c, "title", locale);
  for (const t of tasks) names[t.id] = `${t.title} · ${t.producer.name}`;
  for (const n of notes) names[n.id] = n.producer.name;
  return names;
}
