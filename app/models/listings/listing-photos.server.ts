import crypto from "node:crypto";
import sharp from "sharp";
import { deleteImageFiles, MAX_INPUT_PIXELS, MAX_UPLOAD_BYTES, processImage, type ImageError } from "~/models/images/pipeline.server";
import { getProducerHeader } from "~/models/producers/profile.server";
import { findPendingRevision, reviseSubject, type Subject } from "~/models/revisions/revisions.server";
import type { RevisionChanges } from "~/models/revisions/revision-changes";
import { db, type Prisma } from "~/utils/db.server";
import { pictureData, PICTURE_SELECT } from "~/models/images/pictures";
import { findOwnListing, sendToReview } from "~/models/listings/listings.server";

import { MAX_ALT, MAX_PHOTOS } from "~/models/listings/photo-limits";
import { isNotFound, NOT_FOUND, orNotFound, type NotFound } from "~/utils/result";

export { MAX_ALT, MAX_PHOTOS };

export type PhotoResult = { ok: true; imageId: string; status?: string } | { ok: false; error: ImageError | "dashboard.photos.tooMany" };

/**
 * Photos belong to a producer, and either to one of its listings (productId) or to its
 * profile (productId null). Every query carries both, so another producer's photo is never found.
 */
type Owner = { producerId: string; productId: string | null };

/** "live" photos are public; "added" ones wait in a revision; "removing" ones go when the revision is approved. */
export type PhotoState = "live" | "added" | "removing";

/** The producer's own view of the photos, pending changes included. */
export async function listPhotos(owner: Owner) {
  const [images, revision] = await Promise.all([
    db.image.findMany({
      where: { producerId: owner.producerId, productId: owner.productId },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true, ...PICTURE_SELECT, position: true, revisionId: true },
    }),
    findPendingRevision(owner.productId ? "Product" : "Producer", owner.productId ?? owner.producerId),
  ]);
  return images.map((image) => {
    const state: PhotoState = image.revisionId ? "added" : revision?.changes.removePhotos.includes(image.id) ? "removing" : "live";
    return { id: image.id, alt: revision?.changes.alts[image.id] ?? image.alt, picture: pictureData(image), state };
  });
}

/** Whether the listing (if any) is the producer's: the photos of another's are not found. */
async function ownsListing(owner: Owner) {
  return !owner.productId || (await findOwnListing(owner.producerId, owner.productId)) !== null;
}

/**
 * The revision subject when the photos are public now (a published listing, an active producer's
 * profile): their changes then wait for a mentor. Null when changes apply directly.
 */
async function liveSubject(owner: Owner): Promise<Subject | null> {
  if (owner.productId) {
    const product = await findOwnListing(owner.producerId, owner.productId);
    return product?.status === "PUBLISHED" ? { type: "Product", id: product.id, producerId: owner.producerId } : null;
  }
  const producer = await getProducerHeader(owner.producerId);
  return producer.status === "ACTIVE" ? { type: "Producer", id: owner.producerId, producerId: owner.producerId } : null;
}

/**
 * Runs an upload through the one image pipeline and stores it last in the order. A new photo of
 * a published listing sends the listing back to review. Nothing is stored when the image is refused.
 */
export async function addPhoto(owner: Owner, input: Buffer, alt: string): Promise<PhotoResult | NotFound> {
  if (!(await ownsListing(owner))) return NOT_FOUND;
  const subject = await liveSubject(owner);
  const count = await db.image.count({ where: { producerId: owner.producerId, productId: owner.productId } });
  if (count >= MAX_PHOTOS) return { ok: false, error: "dashboard.photos.tooMany" };
  const oversize = await tooManyPixels(input);
  if (oversize) return { ok: false, error: "image.tooManyPixels" };
  const fileKey = `u-${crypto.randomBytes(10).toString("hex")}`;
  const processed = await processImage(input, { fileKey });
  if (!processed.ok) return processed;
  try {
    const result = await orNotFound(() =>
      db.$transaction(async (tx) => {
        const last = await tx.image.aggregate({
          where: { producerId: owner.producerId, productId: owner.productId },
          _max: { position: true },
        });
        // On a live listing or profile the photo joins the pending revision instead of going public.
        const revisionId = subject ? await reviseSubject(tx, subject, (changes) => changes, true) : null;
        const image = await tx.image.create({
          data: {
            revisionId,
            fileKey,
            producerId: owner.producerId,
            productId: owner.productId,
            position: (last._max.position ?? -1) + 1,
            alt: alt.slice(0, MAX_ALT),
            width: processed.width,
            height: processed.height,
            widths: processed.widths.join(","),
            placeholder: processed.placeholder,
          },
          select: { id: true },
        });
        const status = subject ? "REVISION" : owner.productId ? await sendToReview(owner.producerId, owner.productId, tx) : undefined;
        return { ok: true as const, imageId: image.id, status };
      }),
    );
    if (!result.ok) await deleteImageFiles(fileKey);
    return result;
  } catch (error) {
    await deleteImageFiles(fileKey);
    throw error;
  }
}

/**
 * The pipeline's pixel limit makes sharp refuse a huge picture before it can say what it is, which
 * would read as "not an image". Reading only the header first lets the producer hear the real reason.
 */
async function tooManyPixels(input: Buffer) {
  if (input.length > MAX_UPLOAD_BYTES) return false;
  try {
    const { width, height } = await sharp(input, { limitInputPixels: false }).metadata();
    return !!width && !!height && width * height > MAX_INPUT_PIXELS;
  } catch {
    return false;
  }
}

/** The producer's own photo of this listing (or profile), or null. */
async function findOwnPhoto(owner: Owner, imageId: string) {
  if (!(await ownsListing(owner))) return null;
  return db.image.findFirst({
    where: { id: imageId, producerId: owner.producerId, productId: owner.productId },
    select: { id: true, fileKey: true, position: true, alt: true, revisionId: true },
  });
}

type PhotoChange = { ok: true } | NotFound;

/** Swaps a photo with its neighbour; the first photo is the one shoppers see on cards. */
export async function movePhoto(owner: Owner, imageId: string, direction: "up" | "down"): Promise<PhotoChange> {
  if (!(await findOwnPhoto(owner, imageId))) return NOT_FOUND;
  await db.$transaction(async (tx) => {
    const images = await tx.image.findMany({
      where: { producerId: owner.producerId, productId: owner.productId },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true },
    });
    const index = images.findIndex((image) => image.id === imageId);
    const target = direction === "up" ? index - 1 : index + 1;
    if (index < 0 || target < 0 || target >= images.length) return;
    [images[index], images[target]] = [images[target], images[index]];
    // Renumbering every photo also repairs duplicate positions left by older data.
    for (const [position, image] of images.entries()) {
      await tx.image.update({ where: { id: image.id }, data: { position } });
    }
  });
  return { ok: true };
}

/** Alt text is text shoppers read (with a screen reader), so a change goes to review like other text. */
export async function setPhotoAlt(owner: Owner, imageId: string, alt: string): Promise<PhotoChange> {
  const image = await findOwnPhoto(owner, imageId);
  if (!image) return NOT_FOUND;
  const next = alt.trim().slice(0, MAX_ALT);
  const subject = image.revisionId ? null : await liveSubject(owner);
  if (subject) {
    await db.$transaction((tx) =>
      reviseSubject(tx, subject, (changes) => {
        const alts = { ...changes.alts };
        if (next === image.alt) delete alts[image.id];
        else alts[image.id] = next;
        return { ...changes, alts };
      }),
    );
    return { ok: true };
  }
  if (next === image.alt) return { ok: true };
  return orNotFound(() =>
    db.$transaction(async (tx) => {
      await tx.image.update({ where: { id: image.id }, data: { alt: next } });
      if (owner.productId && !image.revisionId) await sendToReview(owner.producerId, owner.productId, tx);
      return { ok: true as const };
    }),
  );
}

/**
 * A live photo of a live listing or profile stays up until a mentor approves its removal; any
 * other photo (a draft's, or one still waiting in a revision) goes at once.
 */
export async function deletePhoto(owner: Owner, imageId: string): Promise<PhotoChange> {
  const image = await findOwnPhoto(owner, imageId);
  if (!image) return NOT_FOUND;
  const subject = await liveSubject(owner);
  if (subject && !image.revisionId) {
    await db.$transaction((tx) =>
      reviseSubject(tx, subject, (changes) => ({
        ...changes,
        removePhotos: changes.removePhotos.includes(image.id) ? changes.removePhotos : [...changes.removePhotos, image.id],
      })),
    );
    return { ok: true };
  }
  await db.$transaction(async (tx) => {
    await tx.image.delete({ where: { id: image.id } });
    // The last photo of a revision gone and nothing else proposed: the revision is withdrawn.
    if (subject) await reviseSubject(tx, subject, (changes) => changes);
  });
  await deleteUnusedFiles([image.fileKey]);
  return { ok: true };
}

/** Removes photo folders no row points to any more (demo pictures share folders, a region's picture among them). */
async function deleteUnusedFiles(fileKeys: string[]) {
  for (const fileKey of fileKeys) {
    const [images, regions] = await Promise.all([db.image.count({ where: { fileKey } }), db.region.count({ where: { imageKey: fileKey } })]);
    if (images + regions === 0) await deleteImageFiles(fileKey);
  }
}

/**
 * Applies an approved revision's photo changes: added photos go public, removed ones go, alt
 * texts change. Returns the folders to delete once the transaction has committed.
 */
export async function applyPhotoRevision(tx: Prisma.TransactionClient, revisionId: string, producerId: string, changes: RevisionChanges) {
  await tx.image.updateMany({ where: { revisionId, producerId }, data: { revisionId: null } });
  for (const [imageId, alt] of Object.entries(changes.alts)) {
    await tx.image.updateMany({ where: { id: imageId, producerId }, data: { alt } });
  }
  const removed = await tx.image.findMany({ where: { id: { in: changes.removePhotos }, producerId }, select: { id: true, fileKey: true } });
  await tx.image.deleteMany({ where: { id: { in: removed.map((r) => r.id) } } });
  return removed.map((r) => r.fileKey);
}

/** A rejected revision's new photos are dropped. Returns the folders to delete after commit. */
export async function discardPhotoRevision(tx: Prisma.TransactionClient, revisionId: string) {
  const added = await tx.image.findMany({ where: { revisionId }, select: { id: true, fileKey: true } });
  await tx.image.deleteMany({ where: { revisionId } });
  return added.map((a) => a.fileKey);
}

export { deleteUnusedFiles };

/** Photos for the mentor's view of a revision: the ones it adds and the live ones it removes. */
export async function revisionPhotos(revisionId: string, producerId: string, removeIds: string[]) {
  const select = { id: true, ...PICTURE_SELECT } as const;
  const [added, removed] = await Promise.all([
    db.image.findMany({ where: { revisionId }, orderBy: { position: "asc" }, select }),
    removeIds.length ? db.image.findMany({ where: { id: { in: removeIds }, producerId }, select }) : Promise.resolve([]),
  ]);
  return {
    added: added.map((image) => ({ alt: image.alt, picture: pictureData(image) })),
    removed: removed.map((image) => ({ alt: image.alt, picture: pictureData(image) })),
  };
}

export type PhotoActionReply =
  | {
      ok: true;
      message:
        | "dashboard.photos.uploaded"
        | "dashboard.photos.uploadedReview"
        | "dashboard.photos.uploadedRevision"
        | "dashboard.photos.saved"
        | "dashboard.photos.deleted"
        | "dashboard.photos.moved";
    }
  | { ok: false; error: PhotoError; imageId?: string };
type PhotoError = ImageError | "dashboard.photos.tooMany" | "form.tooLong" | "form.invalid" | "dashboard.photos.chooseFile";

/**
 * The photo page's actions, shared by listing photos and profile photos: upload, alt, up, down, delete.
 * NOT_FOUND for ids that are not the producer's.
 */
const done = (change: PhotoChange, message: "dashboard.photos.saved" | "dashboard.photos.moved" | "dashboard.photos.deleted") =>
  change.ok ? { status: 200, reply: { ok: true as const, message } } : change;

export async function runPhotoAction(owner: Owner, form: FormData): Promise<{ status: number; reply: PhotoActionReply } | NotFound> {
  const intent = form.get("intent");
  const imageId = String(form.get("imageId") ?? "");
  const alt = String(form.get("alt") ?? "");
  if (alt.length > MAX_ALT) return { status: 400, reply: { ok: false, error: "form.tooLong", imageId } };
  switch (intent) {
    case "upload": {
      const file = form.get("photo");
      if (!file || typeof file === "string" || file.size === 0) {
        return { status: 400, reply: { ok: false, error: "dashboard.photos.chooseFile" } };
      }
      const result = await addPhoto(owner, Buffer.from(await file.arrayBuffer()), alt);
      if (isNotFound(result)) return result;
      if (!result.ok) return { status: result.error === "image.tooLarge" ? 413 : 400, reply: { ok: false, error: result.error } };
      return {
        status: 200,
        reply: {
          ok: true,
          message:
            result.status === "REVISION"
              ? "dashboard.photos.uploadedRevision"
              : result.status === "PENDING_REVIEW"
                ? "dashboard.photos.uploadedReview"
                : "dashboard.photos.uploaded",
        },
      };
    }
    case "alt":
      return done(await setPhotoAlt(owner, imageId, alt), "dashboard.photos.saved");
    case "up":
    case "down":
      return done(await movePhoto(owner, imageId, intent), "dashboard.photos.moved");
    case "delete":
      return done(await deletePhoto(owner, imageId), "dashboard.photos.deleted");
    default:
      return { status: 400, reply: { ok: false, error: "form.invalid" } };
  }
}
