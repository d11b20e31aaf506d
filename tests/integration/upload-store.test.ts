import fs from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import express from "express";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backup } from "../../scripts/backup";
import { restore } from "../../scripts/restore";
import { s3Store, uploadStore, type UploadStore } from "~/models/images/upload-store.server";
import { action as photosAction } from "~/routes/dashboard/dashboard.products.$id_.photos";
import { uploadsHandler } from "~/server/uploads";
import { db, ensureDbReady } from "~/utils/db.server";
import { databaseFilePath } from "~/utils/database-url";
import { env, resetEnvCache } from "~/utils/env.server";
import { postRequest, settle, statusOf } from "../support/http";
import { jpegWithGps, multipartRequest, routeArgs, twoProducers } from "../support/dashboard-factories";
import { startS3Server } from "../support/s3-server";

// The whole file runs with UPLOADS_S3_* set, as several nodes would: every upload goes to a bucket
// on a local S3-compatible server, and the app streams /uploads/* from it.
const work = path.join(path.dirname(process.env.UPLOADS_DIR!), "s3");
let s3: Awaited<ReturnType<typeof startS3Server>>;
let base = "";
let close = () => {};

beforeAll(async () => {
  s3 = await startS3Server(path.join(work, "server"), ["uploads", "restored"]);
  Object.assign(process.env, {
    UPLOADS_S3_ENDPOINT: s3.endpoint,
    UPLOADS_S3_BUCKET: "uploads",
    UPLOADS_S3_ACCESS_KEY_ID: s3.accessKeyId,
    UPLOADS_S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
  });
  resetEnvCache();
  const app = express();
  app.use("/uploads", uploadsHandler(uploadStore(), { production: true }));
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});

afterAll(async () => {
  close();
  await s3?.close();
});

async function keysIn(store: UploadStore) {
  const keys: string[] = [];
  for await (const { key } of store.list()) keys.push(key);
  return keys.sort();
}

async function uploadPhoto() {
  const { a } = await twoProducers();
  const id = a.product.id;
  const data = await jpegWithGps(700, 500);
  const result = await settle(() =>
    photosAction(routeArgs(multipartRequest(`/dashboard/products/${id}/photos`, { intent: "upload", alt: "" }, { name: "1.jpg", data }, a.cookie), { id })),
  );
  expect(statusOf(result)).toBe(200);
  return { a, id, image: await db.image.findFirstOrThrow({ where: { productId: id } }) };
}

describe("uploads on S3-compatible storage", () => {
  it("stores a photo's files in the bucket, serves them for a year as immutable, and deletes them with the photo", async () => {
    expect(env().UPLOADS_S3?.bucket).toBe("uploads");
    expect(uploadStore().kind).toBe("s3");
    const { a, id, image } = await uploadPhoto();
    expect(image.widths).toBe("320,640");
    const keys = (await keysIn(uploadStore())).filter((key) => key.startsWith(`${image.fileKey}/`));
    expect(keys).toEqual(["320", "640"].flatMap((w) => [`${w}.avif`, `${w}.jpg`].map((f) => `${image.fileKey}/${f}`)).sort());
    // Nothing on the node's own disk.
    expect(fs.existsSync(path.join(env().UPLOADS_DIR, image.fileKey))).toBe(false);

    const response = await fetch(`${base}/uploads/${image.fileKey}/640.avif`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("content-type")).toBe("image/avif");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(Number(response.headers.get("content-length"))).toBe(bytes.length);
    expect((await sharp(bytes).metadata()).width).toBe(640);
    const etag = response.headers.get("etag");
    expect(etag).toBeTruthy();
    expect((await fetch(`${base}/uploads/${image.fileKey}/640.avif`, { headers: { "If-None-Match": etag! } })).status).toBe(304);
    expect((await fetch(`${base}/uploads/${image.fileKey}/9999.jpg`)).status).toBe(404);
    expect((await fetch(`${base}/uploads/..%2F..%2Fetc/passwd`)).status).toBe(404);
    // Return photos stay private in the bucket too: only their order's route serves them.
    expect((await fetch(`${base}/uploads/r-${image.fileKey.slice(2)}/640.avif`)).status).toBe(404);

    await settle(() =>
      photosAction(routeArgs(postRequest(`/dashboard/products/${id}/photos`, { intent: "delete", imageId: image.id }, { cookie: a.cookie }), { id })),
    );
    expect((await keysIn(uploadStore())).filter((key) => key.startsWith(`${image.fileKey}/`))).toEqual([]);
    expect((await fetch(`${base}/uploads/${image.fileKey}/640.avif`)).status).toBe(404);
  });

  it("backs the bucket up with the database and restores it into another bucket", async () => {
    await ensureDbReady();
    const { image } = await uploadPhoto();
    const outDir = path.join(work, "backup");
    const { manifest } = await backup({ database: databaseFilePath(env().DATABASE_URL), uploads: uploadStore(), outDir });
    const stored = await keysIn(uploadStore());
    expect(manifest.uploads?.files).toBe(stored.length);
    expect(fs.existsSync(path.join(outDir, "uploads", image.fileKey, "640.jpg"))).toBe(true);

    const target = s3Store({ ...env().UPLOADS_S3!, bucket: "restored" });
    const result = await restore({ from: outDir, database: path.join(work, "restored.db"), uploads: target });
    expect(result.uploads).toMatch(/\/restored$/);
    expect(await keysIn(target)).toEqual(stored);
    const copy = await target.get(`${image.fileKey}/640.jpg`);
    const chunks: Buffer[] = [];
    for await (const chunk of copy!.body) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks)).toEqual(fs.readFileSync(path.join(outDir, "uploads", image.fileKey, "640.jpg")));
  });
});
