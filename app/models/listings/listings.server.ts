import crypto from "node:crypto";
import { db, type Prisma, type Client, NAMES_SELECT, TITLES_SELECT } from "~/utils/db.server";
import { pickLocalized, type Locale } from "~/utils/i18n";
import { slugify } from "~/utils/slug";
import { pictureData, PICTURE_SELECT } from "~/models/images/pictures";
import { canMoveListing, LISTING_STATUSES, REVIEWED_FIELDS, type ListingStatus } from "~/models/listings/listing-status";
import { missingTranslations, type ListingInput, type VariantInput } from "~/models/listings/listing-schema";
import { ALL_YEAR, maskToMonths, monthsToMask } from "~/models/catalog/season";
import { bakuToday } from "~/utils/baku-time";
import { diffFields, type RevisionChanges, type VariantNames } from "~/models/revisions/revision-changes";
import { findPendingRevision, lastRejectionReason, reviseSubject, subjectsWithPendingRevision, type Subject } from "~/models/revisions/revisions.server";
import { NOT_FOUND, orNotFound, rollBackMissing, type NotFound } from "~/utils/result";
import { allowedFacts, factRule, factsFromInput, FACT_FIELDS, missingFacts, type ProductFacts } from "~/models/catalog/product-facts";
import { isOneOf } from "~/utils/one-of";

export function isListingStatus(value: unknown): value is ListingStatus {
  return typeof value === "string" && isOneOf(LISTING_STATUSES, value);
}

/** The producer's listings for the products page, newest first. */
export async function listProducerListings(producerId: string, locale: Locale, filter: { status?: ListingStatus } = {}) {
  const now = new Date();
  const [products, counts, revised, openSlots, bookedNights] = await Promise.all([
    db.product.findMany({
      where: { producerId, ...(filter.status ? { status: filter.status } : {}) },
      orderBy: [{ updatedAt: "desc" }],
      select: {
        id: true,
        slug: true,
        kind: true,
        status: true,
        reviewNote: true,
        titleAz: true,
        titleEn: true,
        titleRu: true,
        descriptionEn: true,
        descriptionRu: true,
        priceQ: true,
        stock: true,
        unit: true,
        maxGuests: true,
        updatedAt: true,
        _count: { select: { variants: true, images: true } },
        images: {
          orderBy: { position: "asc" },
          take: 1,
          select: PICTURE_SELECT,
        },
      },
    }),
    db.product.groupBy({ by: ["status"], where: { producerId }, _count: { _all: true } }),
    subjectsWithPendingRevision(producerId, "Product"),
    // Experiences: upcoming open dates and the places left on them.
    db.slot.findMany({
      where: { product: { producerId, kind: "EXPERIENCE" }, startsAt: { gt: now }, closed: false },
      select: { productId: true, capacity: true, seatsTaken: true },
    }),
    // Stays: nights booked from tonight on (blocked nights have no order line).
    db.stayNight.groupBy({
      by: ["productId"],
      where: { product: { producerId }, night: { gte: bakuToday(now) }, orderLineId: { not: null } },
      _count: { _all: true },
    }),
  ]);
  const sessions = new Map<string, { dates: number; places: number }>();
  for (const slot of openSlots) {
    const entry = sessions.get(slot.productId) ?? { dates: 0, places: 0 };
    entry.dates += 1;
    entry.places += Math.max(0, slot.capacity - slot.seatsTaken);
    sessions.set(slot.productId, entry);
  }
  const nights = new Map(bookedNights.map((row) => [row.productId, row._count._all]));
  return {
    counts: Object.fromEntries(counts.map((row) => [row.status, row._count._all])) as Partial<Record<ListingStatus, number>>,
    items: products.map((p) => ({
      id: p.id,
      slug: p.slug,
      kind: p.kind,
      status: p.status,
      reviewNote: p.reviewNote,
      pendingRevision: revised.has(p.id),
      title: pickLocalized(p, "title", locale),
      priceQ: p.priceQ,
      stock: p.stock,
      unit: p.unit,
      maxGuests: p.maxGuests,
      openDates: sessions.get(p.id)?.dates ?? 0,
      placesLeft: sessions.get(p.id)?.places ?? 0,
      bookedNights: nights.get(p.id) ?? 0,
      variantCount: p._count.variants,
      imageCount: p._count.images,
      missing: missingTranslations({ ...p, descriptionEn: p.descriptionEn, descriptionRu: p.descriptionRu }),
      image: p.images[0] ? pictureData(p.images[0]) : null,
    })),
  };
}

/** One of the producer's listings with its variants, for the edit form; null when not theirs. */
export async function getListingForEdit(producerId: string, id: string) {
  const product = await db.product.findFirst({
    where: { id, producerId },
    select: {
      id: true,
      slug: true,
      kind: true,
      status: true,
      reviewNote: true,
      categoryId: true,
      titleAz: true,
      titleEn: true,
      titleRu: true,
      descriptionAz: true,
      descriptionEn: true,
      descriptionRu: true,
      unit: true,
      priceQ: true,
      stock: true,
      lowStockThreshold: true,
      acceptsReturns: true,
      seasonMonths: true,
      meetingPoint: true,
      durationMin: true,
      languages: true,
      included: true,
      bring: true,
      cancellationPolicy: true,
      maxGuests: true,
      minNights: true,
      weekendPriceQ: true,
      seasonPriceQ: true,
      ...FACT_SELECT,
      variants: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { id: true, ...NAMES_SELECT, priceQ: true, stock: true, lowStockThreshold: true },
      },
      _count: { select: { images: true, slots: true } },
    },
  });
  if (!product) return null;
  // A live listing's form shows the producer's pending proposal, not the live text.
  const [revision, rejectedReason] = await Promise.all([
    findPendingRevision("Product", product.id),
    product.status === "PUBLISHED" ? lastRejectionReason("Product", product.id) : Promise.resolve(""),
  ]);
  const proposed = { ...product, ...(revision?.changes.fields ?? {}) };
  const variants = product.variants.map((v) => ({ ...v, ...(revision?.changes.variantNames[v.id] ?? {}) }));
  return {
    ...proposed,
    variants,
    status: product.status,
    months: maskToMonths(product.seasonMonths),
    missing: missingTranslations(proposed),
    pendingRevision: revision !== null,
    pendingNewVariants: revision?.changes.newVariants ?? [],
    revisionRejectedReason: revision ? "" : rejectedReason,
  };
}

const FACT_SELECT = Object.fromEntries(FACT_FIELDS.map((f) => [f, true])) as Record<(typeof FACT_FIELDS)[number], true>;

async function factRuleOf(categoryId: number, client: Client = db) {
  const category = await client.category.findUnique({ where: { id: categoryId }, select: { slug: true, sector: { select: { slug: true } } } });
  return factRule({ slug: category?.slug ?? "", sectorSlug: category?.sector.slug ?? "" });
}

/**
 * The facts a goods form states, kept to what its category takes, or null when nothing changes
 * them (another kind, or a CSV row, which has no facts).
 */
async function factColumns(input: ListingInput, client: Client): Promise<ProductFacts | null> {
  if (input.kind !== "GOOD") return null;
  const facts = factsFromInput(input);
  return facts && allowedFacts(await factRuleOf(input.categoryId, client), facts);
}

/**
 * Facts the listing's category needs and the form left out, as field errors; empty when none is
 * missing. Asked before saving, so a carpet without its size never reaches the review queue.
 */
export async function listingFactErrors(input: ListingInput): Promise<Record<string, string[]>> {
  if (input.kind !== "GOOD") return {};
  const facts = factsFromInput(input);
  if (!facts) return {};
  const rule = await factRuleOf(input.categoryId);
  return missingFacts(rule, input.unit, allowedFacts(rule, facts));
}

/** Facts a listing still lacks for its category (the mentor cannot publish it until they are given). */
export async function listingMissesFacts(productId: string, client: Client = db): Promise<boolean> {
  const product = await client.product.findUnique({ where: { id: productId }, select: { kind: true, unit: true, categoryId: true, ...FACT_SELECT } });
  if (!product || product.kind !== "GOOD") return false;
  return Object.keys(missingFacts(await factRuleOf(product.categoryId, client), product.unit, product)).length > 0;
}

/** The producer's own listing, or null (everything here is scoped by producerId). */
export async function findOwnListing(producerId: string, id: string, client: Client = db) {
  return client.product.findFirst({
    where: { id, producerId },
    select: { id: true, status: true, kind: true, slug: true },
  });
}

/** In a transaction: the producer's own listing, or the transaction rolls back (its caller returns NOT_FOUND). */
async function ownListingOrRollBack(producerId: string, id: string, tx: Client) {
  return (await findOwnListing(producerId, id, tx)) ?? rollBackMissing();
}

/** The columns a form or CSV row writes: each kind its own (a stay's address is its meeting point). */
export function listingColumns(input: ListingInput) {
  const common = {
    titleAz: input.titleAz,
    titleEn: input.titleEn,
    titleRu: input.titleRu,
    descriptionAz: input.descriptionAz,
    descriptionEn: input.descriptionEn,
    descriptionRu: input.descriptionRu,
    categoryId: input.categoryId,
    kind: input.kind,
    priceQ: input.price,
    seasonMonths: input.months.length ? monthsToMask(input.months) : ALL_YEAR,
  };
  if (input.kind === "GOOD") {
    return {
      ...common,
      unit: input.unit,
      stock: input.stock,
      ...(input.lowStockThreshold !== undefined ? { lowStockThreshold: input.lowStockThreshold } : {}),
      ...(input.acceptsReturns !== undefined ? { acceptsReturns: input.acceptsReturns } : {}),
      meetingPoint: "",
      durationMin: 0,
    };
  }
  const hosting = {
    languages: input.languages.join(","),
    included: input.included,
    bring: input.bring,
    cancellationPolicy: input.cancellationPolicy,
  };
  if (input.kind === "EXPERIENCE") {
    return { ...common, ...hosting, unit: "person" as const, meetingPoint: input.meetingPoint, durationMin: input.durationMin, maxGuests: input.groupSize };
  }
  return {
    ...common,
    ...hosting,
    unit: "night" as const,
    meetingPoint: input.address,
    durationMin: 0,
    maxGuests: input.maxGuests,
    minNights: input.minNights,
    weekendPriceQ: input.weekendPrice,
    seasonPriceQ: input.seasonPrice,
  };
}

export async function categoryExists(categoryId: number, client: Client = db) {
  return (await client.category.count({ where: { id: categoryId } })) > 0;
}

export async function uniqueProductSlug(title: string, client: Client = db) {
  const base = slugify(title) || "listing";
  for (let attempt = 0; attempt < 5; attempt++) {
    const slug = `${base}-${crypto.randomBytes(3).toString("hex")}`;
    if (!(await client.product.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
  return `${base}-${crypto.randomUUID()}`;
}

/** A new listing goes straight to the mentors' review queue. */
export async function createListing(producerId: string, input: ListingInput, client: Client = db) {
  const now = new Date();
  const facts = await factColumns(input, client);
  return client.product.create({
    data: {
      ...listingColumns(input),
      ...facts,
      producerId,
      slug: await uniqueProductSlug(input.titleAz, client),
      status: "PENDING_REVIEW",
      submittedAt: now,
    },
    select: { id: true, slug: true, status: true },
  });
}

/**
 * The status a listing moves to after an edit: changes a mentor must see send it back to
 * review; price, stock, season and duration apply at once whatever the status.
 */
export function statusAfterEdit(current: ListingStatus, reviewedChange: boolean): ListingStatus {
  if (reviewedChange && current !== "PENDING_REVIEW" && canMoveListing(current, "PENDING_REVIEW")) return "PENDING_REVIEW";
  return current;
}

export function changedReviewedFields(before: Record<string, unknown>, after: Record<string, unknown>) {
  return REVIEWED_FIELDS.filter((field) => field in after && before[field] !== after[field]);
}

/** A published listing is live: changes a mentor must see wait in a revision while it stays on sale. */
const listingSubject = (producerId: string, id: string): Subject => ({ type: "Product", id, producerId });

/** NOT_FOUND unless the listing is the producer's; with a client (the CSV import's transaction) a missing one rolls that back. */
export async function updateListing(producerId: string, id: string, input: ListingInput, client?: Client) {
  const run = async (tx: Prisma.TransactionClient) => {
    const current = (await tx.product.findFirst({ where: { id, producerId } })) ?? rollBackMissing();
    const next = { ...listingColumns(input), ...(await factColumns(input, tx)) };
    if (current.status === "PUBLISHED") {
      const proposed = diffFields(REVIEWED_FIELDS, current, next);
      const immediate = Object.fromEntries(Object.entries(next).filter(([field]) => !isOneOf(REVIEWED_FIELDS, field)));
      await tx.product.update({ where: { id: current.id }, data: immediate });
      const revisionId = await reviseSubject(tx, listingSubject(producerId, current.id), (changes) => ({ ...changes, fields: proposed }));
      return { status: "PUBLISHED" as ListingStatus, reviewedFields: Object.keys(proposed), movedToReview: false, revision: revisionId !== null };
    }
    const reviewed = changedReviewedFields(current, next);
    const status = statusAfterEdit(current.status, reviewed.length > 0);
    const movedToReview = status === "PENDING_REVIEW" && current.status !== "PENDING_REVIEW";
    await tx.product.update({
      where: { id: current.id },
      data: { ...next, status, ...(movedToReview ? { submittedAt: new Date(), reviewNote: "" } : {}) },
    });
    return { status, reviewedFields: reviewed as string[], movedToReview, revision: false };
  };
  return client ? run(client) : orNotFound(() => db.$transaction(run));
}

/** In a transaction: sends a listing (back) to review, e.g. after a photo changed. Returns the new status. */
export async function sendToReview(producerId: string, id: string, tx: Client) {
  const current = await ownListingOrRollBack(producerId, id, tx);
  if (current.status === "PENDING_REVIEW" || !canMoveListing(current.status, "PENDING_REVIEW")) return current.status;
  await tx.product.update({
    where: { id: current.id },
    data: { status: "PENDING_REVIEW", submittedAt: new Date(), reviewNote: "" },
  });
  return "PENDING_REVIEW";
}

type MoveResult = { ok: true } | { ok: false; error: "dashboard.products.cannotMove" } | NotFound;

export async function archiveListing(producerId: string, id: string): Promise<MoveResult> {
  const current = await findOwnListing(producerId, id);
  if (!current) return NOT_FOUND;
  if (!canMoveListing(current.status, "ARCHIVED")) return { ok: false, error: "dashboard.products.cannotMove" };
  await db.product.update({ where: { id: current.id }, data: { status: "ARCHIVED" } });
  return { ok: true };
}

/** An archived listing comes back as a draft and goes to review again at once. */
export async function restoreListing(producerId: string, id: string): Promise<MoveResult> {
  const current = await findOwnListing(producerId, id);
  if (!current) return NOT_FOUND;
  if (!canMoveListing(current.status, "DRAFT") || !canMoveListing("DRAFT", "PENDING_REVIEW")) return { ok: false, error: "dashboard.products.cannotMove" };
  await db.product.update({
    where: { id: current.id },
    data: { status: "PENDING_REVIEW", submittedAt: new Date(), reviewNote: "" },
  });
  return { ok: true };
}

// ─── Variants: price and stock apply at once; a new or renamed variant is text for review ───

async function requireOwnVariant(tx: Client, producerId: string, productId: string, variantId: string) {
  const variant = await tx.variant.findFirst({
    where: { id: variantId, productId, product: { producerId } },
  });
  return variant ?? rollBackMissing();
}

const namesOf = (input: VariantNames): VariantNames => ({ nameAz: input.nameAz, nameEn: input.nameEn, nameRu: input.nameRu });
const sameNames = (a: VariantNames, b: VariantNames) => a.nameAz === b.nameAz && a.nameEn === b.nameEn && a.nameRu === b.nameRu;

/** A new variant of a live listing is shown to shoppers only once a mentor approves its name. */
export async function addVariant(producerId: string, productId: string, input: VariantInput) {
  return orNotFound(() =>
    db.$transaction(async (tx) => {
      const product = await ownListingOrRollBack(producerId, productId, tx);
      if (product.status === "PUBLISHED") {
        await reviseSubject(tx, listingSubject(producerId, product.id), (changes) => ({
          ...changes,
          newVariants: [...changes.newVariants, { ...namesOf(input), priceQ: input.price, stock: input.stock }],
        }));
        return product.status;
      }
      const last = await tx.variant.aggregate({ where: { productId: product.id }, _max: { position: true } });
      await tx.variant.create({
        data: {
          productId: product.id,
          nameAz: input.nameAz,
          nameEn: input.nameEn,
          nameRu: input.nameRu,
          priceQ: input.price,
          stock: input.stock,
          position: (last._max.position ?? -1) + 1,
        },
      });
      return sendToReview(producerId, product.id, tx);
    }),
  );
}

export async function updateVariant(producerId: string, productId: string, variantId: string, input: VariantInput) {
  return orNotFound(() =>
    db.$transaction(async (tx) => {
      const variant = await requireOwnVariant(tx, producerId, productId, variantId);
      const product = await ownListingOrRollBack(producerId, productId, tx);
      if (product.status === "PUBLISHED") {
        // Price and stock at once; a new name waits (or a name put back withdraws the proposal).
        await tx.variant.update({
          where: { id: variant.id },
          data: { priceQ: input.price, stock: input.stock, ...(input.lowStockThreshold !== undefined ? { lowStockThreshold: input.lowStockThreshold } : {}) },
        });
        await reviseSubject(tx, listingSubject(producerId, product.id), (changes) => {
          const variantNames = { ...changes.variantNames };
          if (sameNames(variant, input)) delete variantNames[variant.id];
          else variantNames[variant.id] = namesOf(input);
          return { ...changes, variantNames };
        });
        return product.status;
      }
      await tx.variant.update({
        where: { id: variant.id },
        data: { nameAz: input.nameAz, nameEn: input.nameEn, nameRu: input.nameRu, priceQ: input.price, stock: input.stock },
      });
      const renamed = variant.nameAz !== input.nameAz || variant.nameEn !== input.nameEn || variant.nameRu !== input.nameRu;
      return renamed ? sendToReview(producerId, productId, tx) : product.status;
    }),
  );
}

export async function removeVariant(producerId: string, productId: string, variantId: string) {
  return orNotFound(() =>
    db.$transaction(async (tx) => {
      const variant = await requireOwnVariant(tx, producerId, productId, variantId);
      await tx.variant.delete({ where: { id: variant.id } });
      if (await findPendingRevision("Product", productId, tx)) {
        await reviseSubject(tx, listingSubject(producerId, productId), (changes) => {
          const variantNames = { ...changes.variantNames };
          delete variantNames[variant.id];
          return { ...changes, variantNames };
        });
      }
      return { ok: true as const };
    }),
  );
}

/** Drops a proposed new variant (by its place in the proposal) before a mentor has seen it. */
export async function withdrawNewVariant(producerId: string, productId: string, index: number) {
  return orNotFound(() =>
    db.$transaction(async (tx) => {
      await ownListingOrRollBack(producerId, productId, tx);
      await reviseSubject(tx, listingSubject(producerId, productId), (changes) => ({
        ...changes,
        newVariants: changes.newVariants.filter((_, i) => i !== index),
      }));
      return { ok: true as const };
    }),
  );
}

/** Applies an approved revision's text and variant names to the listing (photos: see listing-photos). */
export async function applyListingRevision(tx: Prisma.TransactionClient, productId: string, changes: RevisionChanges) {
  const fields = Object.fromEntries(Object.entries(changes.fields).filter(([field]) => isOneOf(REVIEWED_FIELDS, field)));
  if (Object.keys(fields).length > 0) await tx.product.update({ where: { id: productId }, data: fields });
  for (const [variantId, names] of Object.entries(changes.variantNames)) {
    await tx.variant.updateMany({ where: { id: variantId, productId }, data: namesOf(names) });
  }
  if (changes.newVariants.length > 0) {
    const last = await tx.variant.aggregate({ where: { productId }, _max: { position: true } });
    let position = (last._max.position ?? -1) + 1;
    for (const variant of changes.newVariants) {
      await tx.variant.create({ data: { productId, ...namesOf(variant), priceQ: variant.priceQ, stock: variant.stock, position: position++ } });
    }
  }
}

/** Categories grouped by sector for the listing form's <optgroup>s. */
export async function categoriesBySector(locale: Locale) {
  const sectors = await db.sector.findMany({
    orderBy: { position: "asc" },
    select: {
      id: true,
      nameAz: true,
      nameEn: true,
      nameRu: true,
      categories: { orderBy: { position: "asc" }, select: { id: true, ...NAMES_SELECT } },
    },
  });
  return sectors.map((s) => ({
    id: s.id,
    name: pickLocalized(s, "name", locale),
    categories: s.categories.map((c) => ({ id: c.id, name: pickLocalized(c, "name", locale) })),
  }));
}

/**
 * What the overview warns about besides stock (stock-alerts.server.ts): published listings out of
 * season this month, and rejected listings with the mentor's reason.
 */
export async function listingWarnings(producerId: string, locale: Locale, month: number) {
  const [published, rejected] = await Promise.all([
    db.product.findMany({
      where: { producerId, status: "PUBLISHED" },
      orderBy: { titleAz: "asc" },
      select: { id: true, ...TITLES_SELECT, seasonMonths: true },
    }),
    db.product.findMany({
      where: { producerId, status: "REJECTED" },
      orderBy: { updatedAt: "desc" },
      select: { id: true, ...TITLES_SELECT, reviewNote: true },
    }),
  ]);
  const outOfSeason: { productId: string; title: string; months: number[] }[] = [];
  for (const p of published) {
    const title = pickLocalized(p, "title", locale);
    if ((p.seasonMonths & (1 << (month - 1))) === 0) outOfSeason.push({ productId: p.id, title, months: maskToMonths(p.seasonMonths) });
  }
  return {
    outOfSeason,
    rejected: rejected.map((r) => ({ productId: r.id, title: pickLocalized(r, "title", locale), reason: r.reviewNote })),
  };
}
