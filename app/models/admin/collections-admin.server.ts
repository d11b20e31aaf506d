import { recordAudit } from "~/models/audit/audit.server";
import { decidesOwnProducer, OWN_PRODUCER } from "~/models/accounts/separation.server";
import { containsText, db, type Tx, TITLES_SELECT } from "~/utils/db.server";
import { pickLocalized, type Locale } from "~/utils/i18n";
import { scheduleOf, type CollectionInput } from "~/models/admin/collection-schema";
import { bakuDay } from "~/utils/baku-time";

export type CollectionError =
  | "notFound"
  | "admin.collection.slugTaken"
  | "admin.collection.productNotFound"
  | "admin.collection.productNotPublished"
  | "admin.collection.alreadyIn"
  | "admin.collection.notInCollection"
  | typeof OWN_PRODUCER;
export type CollectionResult<T = object> = ({ ok: true } & T) | { ok: false; error: CollectionError };

/** Where a collection stands for the home page right now. */
function liveState(c: { onHome: boolean; startsAt: Date | null; endsAt: Date | null }, now: Date) {
  if (c.endsAt && c.endsAt <= now) return "ended" as const;
  if (c.startsAt && c.startsAt > now) return "scheduled" as const;
  return c.onHome ? ("onHome" as const) : ("hidden" as const);
}

export async function listCollectionsForStaff(locale: Locale, now = new Date()) {
  const rows = await db.collection.findMany({
    orderBy: [{ onHome: "desc" }, { position: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      slug: true,
      titleAz: true,
      titleEn: true,
      titleRu: true,
      startsAt: true,
      endsAt: true,
      onHome: true,
      position: true,
      _count: { select: { items: true } },
    },
  });
  return rows.map((c) => ({
    id: c.id,
    slug: c.slug,
    title: pickLocalized(c, "title", locale),
    startsOn: c.startsAt ? bakuDay(c.startsAt) : null,
    endsOn: c.endsAt ? bakuDay(new Date(c.endsAt.getTime() - 1)) : null,
    onHome: c.onHome,
    position: c.position,
    items: c._count.items,
    state: liveState(c, now),
  }));
}

/** A collection with its products in order, or null. */
export async function collectionForStaff(id: string, locale: Locale, now = new Date()) {
  const c = await db.collection.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      titleAz: true,
      titleEn: true,
      titleRu: true,
      startsAt: true,
      endsAt: true,
      onHome: true,
      position: true,
      items: {
        orderBy: [{ position: "asc" }, { productId: "asc" }],
        select: {
          product: {
            select: {
              id: true,
              slug: true,
              status: true,
              titleAz: true,
              titleEn: true,
              titleRu: true,
              producer: { select: { name: true, status: true } },
            },
          },
        },
      },
    },
  });
  if (!c) return null;
  return {
    id: c.id,
    slug: c.slug,
    title: pickLocalized(c, "title", locale),
    values: {
      slug: c.slug,
      titleAz: c.titleAz,
      titleEn: c.titleEn,
      titleRu: c.titleRu,
      startsOn: c.startsAt ? bakuDay(c.startsAt) : "",
      endsOn: c.endsAt ? bakuDay(new Date(c.endsAt.getTime() - 1)) : "",
      onHome: c.onHome,
      position: c.position,
    },
    state: liveState(c, now),
    items: c.items.map(({ product: p }) => ({
      id: p.id,
      slug: p.slug,
      title: pickLocalized(p, "title", locale),
      producer: p.producer.name,
      // Only these show on the home page; the others wait silently in the list.
      visible: p.status === "PUBLISHED" && p.producer.status === "ACTIVE",
    })),
  };
}

/** Published products of active producers matching a few letters of a title or slug. */
export async function searchProductsForCollection(collectionId: string, query: string, locale: Locale) {
  const q = query.trim().slice(0, 100);
  if (!q) return [];
  const rows = await db.product.findMany({
    where: {
      status: "PUBLISHED",
      producer: { status: "ACTIVE" },
      collectionItems: { none: { collectionId } },
      OR: [{ titleAz: containsText(q) }, { titleEn: containsText(q) }, { titleRu: containsText(q) }, { slug: containsText(q) }],
    },
    orderBy: [{ salesCount: "desc" }, { id: "asc" }],
    take: 12,
    select: { id: true, slug: true, ...TITLES_SELECT, producer: { select: { name: true } } },
  });
  return rows.map((p) => ({ id: p.id, slug: p.slug, title: pickLocalized(p, "title", locale), producer: p.producer.name }));
}

function dataOf(input: CollectionInput) {
  return {
    slug: input.slug,
    titleAz: input.titleAz,
    titleEn: input.titleEn,
    titleRu: input.titleRu,
    onHome: input.onHome,
    position: input.position,
    ...scheduleOf(input),
  };
}

function auditable(c: ReturnType<typeof dataOf>) {
  return { ...c, startsAt: c.startsAt?.toISOString() ?? null, endsAt: c.endsAt?.toISOString() ?? null };
}

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === "P2002";

export async function createCollection(actorId: string, input: CollectionInput): Promise<CollectionResult<{ id: string }>> {
  const values = dataOf(input);
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.collection.findUnique({ where: { slug: values.slug }, select: { id: true } })) {
        return { ok: false, error: "admin.collection.slugTaken" } as const;
      }
      const created = await tx.collection.create({ data: values, select: { id: true } });
      await recordAudit(tx, { actorId, action: "collection.create", entityType: "Collection", entityId: created.id, after: auditable(values) });
      return { ok: true, id: created.id } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, error: "admin.collection.slugTaken" };
    throw error;
  }
}

export async function updateCollection(actorId: string, id: string, input: CollectionInput): Promise<CollectionResult> {
  const values = dataOf(input);
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.collection.findUnique({
        where: { id },
        select: { slug: true, ...TITLES_SELECT, onHome: true, position: true, startsAt: true, endsAt: true },
      });
      if (!before) return { ok: false, error: "notFound" } as const;
      const clash = await tx.collection.findFirst({ where: { slug: values.slug, id: { not: id } }, select: { id: true } });
      if (clash) return { ok: false, error: "admin.collection.slugTaken" } as const;
      await tx.collection.update({ where: { id }, data: values });
      await recordAudit(tx, {
        actorId,
        action: "collection.update",
        entityType: "Collection",
        entityId: id,
        before: auditable(before),
        after: auditable(values),
      });
      return { ok: true } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, error: "admin.collection.slugTaken" };
    throw error;
  }
}

export async function deleteCollection(actorId: string, id: string): Promise<CollectionResult> {
  return db.$transaction(async (tx) => {
    const before = await tx.collection.findUnique({ where: { id }, select: { slug: true, titleAz: true, items: { select: { productId: true } } } });
    if (!before) return { ok: false, error: "notFound" } as const;
    await tx.collection.delete({ where: { id } });
    await recordAudit(tx, {
      actorId,
      action: "collection.delete",
      entityType: "Collection",
      entityId: id,
      before: { slug: before.slug, titleAz: before.titleAz, productIds: before.items.map((i) => i.productId) },
    });
    return { ok: true } as const;
  });
}

async function itemOrder(tx: Tx, collectionId: string) {
  const items = await tx.collectionItem.findMany({
    where: { collectionId },
    orderBy: [{ position: "asc" }, { productId: "asc" }],
    select: { productId: true },
  });
  return items.map((i) => i.productId);
}

async function writeOrder(tx: Tx, collectionId: string, productIds: string[]) {
  for (const [position, productId] of productIds.entries()) {
    await tx.collectionItem.update({ where: { collectionId_productId: { collectionId, productId } }, data: { position } });
  }
}

/** Adds a published product at the end of the collection, found by id or by slug. */
export async function addCollectionItem(actorId: string, collectionId: string, product: { id: string } | { slug: string }): Promise<CollectionResult> {
  return db.$transaction(async (tx) => {
    const collection = await tx.collection.findUnique({ where: { id: collectionId }, select: { id: true } });
    if (!collection) return { ok: false, error: "notFound" } as const;
    const found = await tx.product.findUnique({
      where: "id" in product ? { id: product.id } : { slug: product.slug },
      select: { id: true, status: true, producerId: true },
    });
    if (!found) return { ok: false, error: "admin.collection.productNotFound" } as const;
    // Featuring is a staff decision too: never for a producer the staff member belongs to.
    if (await decidesOwnProducer(tx, actorId, found.producerId)) return { ok: false, error: OWN_PRODUCER } as const;
    if (found.status !== "PUBLISHED") return { ok: false, error: "admin.collection.productNotPublished" } as const;
    const order = await itemOrder(tx, collectionId);
    if (order.includes(found.id)) return { ok: false, error: "admin.collection.alreadyIn" } as const;
    await tx.collectionItem.create({ data: { collectionId, productId: found.id, position: order.length } });
    await recordAudit(tx, {
      actorId,
      action: "collection.addItem",
      entityType: "Collection",
      entityId: collectionId,
      after: { productId: found.id, position: order.length },
    });
    return { ok: true } as const;
  });
}

/** Swaps a product with its neighbour; positions are renumbered 0…n-1 on the way. */
export async function moveCollectionItem(actorId: string, collectionId: string, productId: string, direction: "up" | "down"): Promise<CollectionResult> {
  return db.$transaction(async (tx) => {
    const collection = await tx.collection.findUnique({ where: { id: collectionId }, select: { id: true } });
    if (!collection) return { ok: false, error: "notFound" } as const;
    const order = await itemOrder(tx, collectionId);
    const from = order.indexOf(productId);
    if (from === -1) return { ok: false, error: "admin.collection.notInCollection" } as const;
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= order.length) return { ok: true } as const;
    const next = [...order];
    [next[from], next[to]] = [next[to], next[from]];
    await writeOrder(tx, collectionId, next);
    await recordAudit(tx, {
      actorId,
      action: "collection.moveItem",
      entityType: "Collection",
      entityId: collectionId,
      before: { productId, position: from },
      after: { productId, position: to },
    });
    return { ok: true } as const;
  });
}

export async function removeCollectionItem(actorId: string, collectionId: string, productId: string): Promise<CollectionResult> {
  return db.$transaction(async (tx) => {
    const collection = await tx.collection.findUnique({ where: { id: collectionId }, select: { id: true } });
    if (!collection) return { ok: false, error: "notFound" } as const;
    const order = await itemOrder(tx, collectionId);
    const from = order.indexOf(productId);
    if (from === -1) return { ok: false, error: "admin.collection.notInCollection" } as const;
    await tx.collectionItem.delete({ where: { collectionId_productId: { collectionId, productId } } });
    await writeOrder(
      tx,
      collectionId,
      order.filter((id) => id !== productId),
    );
    await recordAudit(tx, {
      actorId,
      action: "collection.removeItem",
      entityType: "Collection",
      entityId: collectionId,
      before: { productId, position: from },
    });
    return { ok: true } as const;
  });
}
