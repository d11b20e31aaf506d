import { recordAudit } from "~/models/audit/audit.server";
import { mailProducerMembers } from "~/models/producers/notify-members.server";
import { decidesOwnProducer, OWN_PRODUCER } from "~/models/accounts/separation.server";
import { applyPhotoRevision, deleteUnusedFiles, discardPhotoRevision, revisionPhotos } from "~/models/listings/listing-photos.server";
import { REVIEWED_FIELDS } from "~/models/listings/listing-status";
import { applyListingRevision } from "~/models/listings/listings.server";
import { scheduleMailDelivery } from "~/models/mail/outbox.server";
import { applyProfileRevision, PROFILE_REVIEWED_FIELDS } from "~/models/producers/profile.server";
import { db, type Tx, NAMES_SELECT, TITLES_SELECT } from "~/utils/db.server";
import { pickLocalized, type Locale } from "~/utils/i18n";
import { translatorFor } from "~/utils/locale.server";
import { factText, FACT_FIELDS, type FactField } from "~/models/catalog/product-facts";
import type { RevisionChanges } from "~/models/revisions/revision-changes";
import { closeRevision, getPendingRevision, listPendingRevisions, revisionExists, type PendingRevisionRow } from "~/models/revisions/revisions.server";
import { isOneOf } from "~/utils/one-of";

export type RevisionDecision = { ok: true } | { ok: false; error: "notFound" | "admin.review.notPending" | typeof OWN_PRODUCER };

/** The live record's title in a language (for mails and the queue) and its storefront link. */
async function subjectLabel(tx: Tx | typeof db, revision: Pick<PendingRevisionRow, "subjectType" | "subjectId">) {
  if (revision.subjectType === "Product") {
    const product = await tx.product.findUnique({ where: { id: revision.subjectId }, select: { slug: true, ...TITLES_SELECT } });
    return { title: (locale: Locale) => (product ? pickLocalized(product, "title", locale) : ""), path: product ? `/products/${product.slug}` : "" };
  }
  const producer = await tx.producer.findUnique({ where: { id: revision.subjectId }, select: { slug: true, name: true } });
  return { title: () => producer?.name ?? "", path: producer ? `/producers/${producer.slug}` : "" };
}

async function applyChanges(tx: Tx, revision: PendingRevisionRow) {
  if (revision.subjectType === "Product") await applyListingRevision(tx, revision.subjectId, revision.changes);
  else await applyProfileRevision(tx, revision.subjectId, revision.changes);
  return applyPhotoRevision(tx, revision.id, revision.producerId, revision.changes);
}

/**
 * One decision on a pending revision: approve applies it to the live record, reject drops it
 * (with the reason for the producer). Either way the live record never left the storefront.
 */
async function decide(actorId: string, revisionId: string, decision: "approve" | "reject", reason = ""): Promise<RevisionDecision> {
  let unusedFiles: string[] = [];
  const result = await db.$transaction(async (tx): Promise<RevisionDecision> => {
    const revision = await getPendingRevision(tx, revisionId);
    if (!revision) return { ok: false, error: (await revisionExists(revisionId)) ? "admin.review.notPending" : "notFound" };
    if (await decidesOwnProducer(tx, actorId, revision.producerId)) return { ok: false, error: OWN_PRODUCER };
    if (!(await closeRevision(tx, revision.id, decision === "approve" ? "APPROVED" : "REJECTED", actorId, reason))) {
      return { ok: false, error: "admin.review.notPending" };
    }
    unusedFiles = decision === "approve" ? await applyChanges(tx, revision) : await discardPhotoRevision(tx, revision.id);
    await recordAudit(tx, {
      actorId,
      action: `revision.${decision}`,
      entityType: revision.subjectType,
      entityId: revision.subjectId,
      before: { revision: revision.id },
      after: decision === "approve" ? auditedChanges(revision.changes) : { reason },
    });
    const label = await subjectLabel(tx, revision);
    await mailProducerMembers(tx, revision.producerId, `admin.mail.revision${decision === "approve" ? "Approved" : "Rejected"}`, (locale) => ({
      title: label.title(locale),
      path: label.path,
      reason,
    }));
    return { ok: true };
  });
  if (result.ok) {
    await deleteUnusedFiles(unusedFiles);
    scheduleMailDelivery();
  }
  return result;
}

export const approveRevision = (actorId: string, revisionId: string) => decide(actorId, revisionId, "approve");
export const rejectRevision = (actorId: string, revisionId: string, reason: string) => decide(actorId, revisionId, "reject", reason);

const REVIEWED = [...REVIEWED_FIELDS, ...PROFILE_REVIEWED_FIELDS];
type ReviewedField = (typeof REVIEWED)[number];
const isReviewed = (field: string): field is ReviewedField => REVIEWED.some((reviewed) => reviewed === field);

export type FieldChange = { field: ReviewedField | "variant" | "newVariant" | "alt"; before: string; after: string };

/** Before and after of every changed field, in the words a mentor reads (category names, not ids). */
async function describeFields(revision: PendingRevisionRow, locale: Locale): Promise<FieldChange[]> {
  const { changes } = revision;
  const out: FieldChange[] = [];
  if (revision.subjectType === "Producer") {
    const live = await db.producer.findUnique({ where: { id: revision.subjectId }, select: { storyAz: true, storyEn: true, storyRu: true } });
    for (const [field, after] of Object.entries(changes.fields)) {
      if (isReviewed(field)) out.push({ field, before: String((live as Record<string, unknown> | null)?.[field] ?? ""), after: String(after) });
    }
    return out;
  }
  const live = await db.product.findUnique({ where: { id: revision.subjectId } });
  if (!live) return out;
  const categoryIds = [live.categoryId, Number(changes.fields.categoryId ?? live.categoryId)];
  const categories = await db.category.findMany({ where: { id: { in: categoryIds } }, select: { id: true, ...NAMES_SELECT } });
  const categoryName = (id: number) => {
    const category = categories.find((c) => c.id === id);
    return category ? pickLocalized(category, "name", locale) : String(id);
  };
  const tr = translatorFor(locale);
  // A fact in the words of the product page ("1,2 kq", "süd, küncüt"); "" when not stated.
  const fact = (field: FactField, value: unknown) =>
    value === null || value === undefined || value === "" ? "" : factText(field, value as string | number, tr);
  for (const [field, after] of Object.entries(changes.fields)) {
    if (!isReviewed(field)) continue;
    const before = (live as Record<string, unknown>)[field];
    out.push(
      field === "categoryId"
        ? { field, before: categoryName(Number(before)), after: categoryName(Number(after)) }
        : isFactField(field)
          ? { field, before: fact(field, before), after: fact(field, after) }
          : { field, before: String(before ?? ""), after: String(after ?? "") },
    );
  }
  const variantIds = Object.keys(changes.variantNames);
  if (variantIds.length) {
    const variants = await db.variant.findMany({
      where: { id: { in: variantIds }, productId: live.id },
      select: { id: true, ...NAMES_SELECT },
    });
    for (const variant of variants) out.push({ field: "variant", before: namesText(variant), after: namesText(changes.variantNames[variant.id]) });
  }
  for (const variant of changes.newVariants) out.push({ field: "newVariant", before: "", after: namesText(variant) });
  return out;
}

const isFactField = (field: string): field is FactField => isOneOf(FACT_FIELDS, field);

const namesText = (names: { nameAz: string; nameEn: string; nameRu: string }) => [names.nameAz, names.nameEn, names.nameRu].filter(Boolean).join(" / ");

async function describeAlts(revision: PendingRevisionRow) {
  const ids = Object.keys(revision.changes.alts);
  if (ids.length === 0) return [];
  const images = await db.image.findMany({ where: { id: { in: ids }, producerId: revision.producerId }, select: { id: true, alt: true } });
  return images.map((image): FieldChange => ({ field: "alt", before: image.alt, after: revision.changes.alts[image.id] }));
}

const QUEUE_LIMIT = 100;

/** Pending changes to live listings and profiles, oldest first, each with what changed. */
export async function revisionQueue(locale: Locale) {
  const rows = await listPendingRevisions(QUEUE_LIMIT);
  return Promise.all(
    rows.map(async (revision) => {
      const [label, fields, alts, photos, producer] = await Promise.all([
        subjectLabel(db, revision),
        describeFields(revision, locale),
        describeAlts(revision),
        revisionPhotos(revision.id, revision.producerId, revision.changes.removePhotos),
        db.producer.findUnique({ where: { id: revision.producerId }, select: { id: true, name: true } }),
      ]);
      return {
        id: revision.id,
        subjectType: revision.subjectType,
        title: label.title(locale),
        path: label.path,
        producer: { id: producer?.id ?? revision.producerId, name: producer?.name ?? "" },
        fields: [...fields, ...alts],
        photosAdded: photos.added,
        photosRemoved: photos.removed,
        submittedAt: revision.submittedAt.toISOString(),
      };
    }),
  );
}

/** What a mentor approved, as flat fields the audit log can name (counts for variants and photos). */
function auditedChanges(changes: RevisionChanges): Record<string, string | number | null> {
  const counts = {
    variantNames: Object.keys(changes.variantNames).length,
    newVariants: changes.newVariants.length,
    photoDescriptions: Object.keys(changes.alts).length,
    removedPhotos: changes.removePhotos.length,
  };
  return { ...changes.fields, ...Object.fromEntries(Object.entries(counts).filter(([, count]) => count > 0)) };
}
