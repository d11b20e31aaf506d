import crypto from "node:crypto";
import sharp from "sharp";
import {
  deleteImageFiles,
  ImageRejectedError,
  MAX_INPUT_PIXELS,
  MAX_UPLOAD_BYTES,
  processImage,
  type ImageError,
} from "~/models/images/pipeline.server";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { pictureData } from "./images";
import { ListingNotFoundError, requireOwnListing, sendToReview } from "./listings.server";

import { MAX_ALT, MAX_PHOTOS } from "./photo-limits";

export { MAX_ALT, MAX_PHOTOS };

export class PhotoNotFoundError extends Error {}

export type PhotoResult = { ok: true; imageId: string; status?: string } | { ok: false; error: ImageError | "dashboard.photos.tooMany" };

/**
 * Photos belong to a producer, and either to one of its listings (productId) or to its
 * profile (productId null). Every query carries both, so another producer's photo is never found.
 */
type Owner = { producerId: string; productId: string | null };

export async function listPhotos(owner: Owner) {
  const images = await db.image.findMany({
    where: { producerId: owner.producerId, productId: owner.productId },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true, fileKey: true, widths: true, width: true, height: true, alt: true, placeholder: true, position: true },
  });
  return images.map((image) => ({ id: image.id, alt: image.alt, picture: pictureData(image) }));
}

async function ensureOwner(owner: Owner) {
  if (owner.productId) await requireOwnListing(owner.producerId, owner.productId);
}

/**
 * Runs an upload through the one image pipeline and stores it last in the order. A new photo of
 * a published listing sends the listing back to review. Nothing is stored when the image is refused.
 */
export async function addPhoto(owner: Owner, input: Buffer, alt: string): Promise<PhotoResult> {
  await ensureOwner(owner);
  const count = await db.image.count({ where: { producerId: owner.producerId, productId: owner.productId } });
  if (count >= MAX_PHOTOS) return { ok: false, error: "dashboard.photos.tooMany" };
  const oversize = await tooManyPixels(input);
  if (oversize) return { ok: false, error: "image.tooManyPixels" };
  const fileKey = `u-${crypto.randomBytes(10).toString("hex")}`;
  const uploadsDir = env().UPLOADS_DIR;
  let processed;
  try {
    processed = await processImage(input, { uploadsDir, fileKey });
  } catch (error) {
    if (error instanceof ImageRejectedError) return { ok: false, error: error.reason };
    throw error;
  }
  try {
    return await db.$transaction(async (tx) => {
      const last = await tx.image.aggregate({
        where: { producerId: owner.producerId, productId: owner.productId },
        _max: { position: true },
      });
      const image = await tx.image.create({
        data: {
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
      const status = owner.productId ? await sendToReview(owner.producerId, owner.productId, tx) : undefined;
      return { ok: true as const, imageId: image.id, status };
    });
  } catch (error) {
    await deleteImageFiles(uploadsDir, fileKey);
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

async function requireOwnPhoto(owner: Owner, imageId: string) {
  const image = await db.image.findFirst({
    where: { id: imageId, producerId: owner.producerId, productId: owner.productId },
    select: { id: true, fileKey: true, position: true, alt: true },
  });
  if (!image) throw new PhotoNotFoundError();
  return image;
}

/** Swaps a photo with its neighbour; the first photo is the one shoppers see on cards. */
export async function movePhoto(owner: Owner, imageId: string, direction: "up" | "down") {
  await ensureOwner(owner);
  await requireOwnPhoto(owner, imageId);
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
}

/** Alt text is text shoppers read (with a screen reader), so a change goes to review like other text. */
export async function setPhotoAlt(owner: Owner, imageId: string, alt: string) {
  await ensureOwner(owner);
  const image = await requireOwnPhoto(owner, imageId);
  const next = alt.trim().slice(0, MAX_ALT);
  if (next === image.alt) return;
  await db.$transaction(async (tx) => {
    await tx.image.update({ where: { id: image.id }, data: { alt: next } });
    if (owner.productId) await sendToReview(owner.producerId, owner.productId, tx);
  });
}

/** Deletes the row, then the files, unless another row still shares the folder (demo pictures do). */
export async function deletePhoto(owner: Owner, imageId: string) {
  await ensureOwner(owner);
  const image = await requireOwnPhoto(owner, imageId);
  await db.image.delete({ where: { id: image.id } });
  const stillUsed = await db.image.count({ where: { fileKey: image.fileKey } });
  if (stillUsed === 0) await deleteImageFiles(env().UPLOADS_DIR, image.fileKey);
}

export { ListingNotFoundError };

export type PhotoActionReply =
  | { ok: true; message: "dashboard.photos.uploaded" | "dashboard.photos.uploadedReview" | "dashboard.photos.saved" | "dashboard.photos.deleted" | "dashboard.photos.moved" }
  | { ok: false; error: string; imageId?: string };

/**
 * The photo page's actions, shared by listing photos and profile photos: upload, alt, up, down, delete.
 * Throws ListingNotFoundError / PhotoNotFoundError for ids that are not the producer's (404).
 */
export async function runPhotoAction(owner: Owner, form: FormData): Promise<{ status: number; reply: PhotoActionReply }> {
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
      if (!result.ok) return { status: result.error === "image.tooLarge" ? 413 : 400, reply: { ok: false, error: result.error } };
      return {
        status: 200,
        reply: { ok: true, message: result.status === "PENDING_REVIEW" ? "dashboard.photos.uploadedReview" : "dashboard.photos.uploaded" },
      };
    }
    case "alt":
      await setPhotoAlt(owner, imageId, alt);
      return { status: 200, reply: { ok: true, message: "dashboard.photos.saved" } };
    case "up":
    case "down":
      await movePhoto(owner, imageId, intent);
      return { status: 200, reply: { ok: true, message: "dashboard.photos.moved" } };
    case "delete":
      await deletePhoto(owner, imageId);
      return { status: 200, reply: { ok: true, message: "dashboard.photos.deleted" } };
    default:
      return { status: 400, reply: { ok: false, error: "form.invalid" } };
  }
}
