import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { action as photosAction, loader as photosLoader } from "~/routes/dashboard/dashboard.products.$id_.photos";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { dataOf, getRequest, postRequest, settle, statusOf } from "../support/http";
import { jpegWithGps, multipartRequest, producerSnapshot, routeArgs, twoProducers } from "../support/dashboard-factories";
import { pngClaiming } from "../support/png-header";

const uploadsDir = () => env().UPLOADS_DIR;
const folders = () => (fs.existsSync(uploadsDir()) ? fs.readdirSync(uploadsDir()).sort() : []);

async function upload(productId: string, cookie: string, file: { name: string; data: Buffer; type?: string }, alt = "") {
  return settle(() =>
    photosAction(routeArgs(multipartRequest(`/dashboard/products/${productId}/photos`, { intent: "upload", alt }, file, cookie), { id: productId })),
  );
}

describe("photo uploads", () => {
  it("strip EXIF and GPS from every written file; a published listing's new photo waits for review", async () => {
    const { a } = await twoProducers();
    const photo = await jpegWithGps();
    expect((await sharp(photo).metadata()).exif).toBeDefined();

    const result = await upload(a.product.id, a.cookie, { name: "IMG_0001.jpg", data: photo }, "Üç banka mürəbbə");
    expect(statusOf(result)).toBe(200);
    expect(dataOf<{ ok: boolean; message: string }>(result)).toEqual({ ok: true, message: "dashboard.photos.uploadedRevision" });

    const image = await db.image.findFirstOrThrow({ where: { productId: a.product.id } });
    expect(image.alt).toBe("Üç banka mürəbbə");
    expect(image.widths).toBe("320,640,960");
    const files = fs.readdirSync(path.join(uploadsDir(), image.fileKey));
    expect(files.sort()).toEqual(["320", "640", "960"].flatMap((w) => [`${w}.avif`, `${w}.jpg`]).sort());
    for (const file of files) {
      const metadata = await sharp(path.join(uploadsDir(), image.fileKey, file)).metadata();
      expect(metadata.exif, file).toBeUndefined();
      expect(fs.readFileSync(path.join(uploadsDir(), image.fileKey, file)).includes(Buffer.from("PhoneCo")), file).toBe(false);
    }
    expect((await db.product.findUniqueOrThrow({ where: { id: a.product.id } })).status).toBe("PUBLISHED");
    expect(image.revisionId).not.toBeNull();
  });

  it.each([
    ["a text file renamed .jpg", () => Promise.resolve(Buffer.from("this is not a picture at all, just text\n".repeat(50))), "image.notAnImage", 400],
    [
      "a truncated JPEG",
      async () => {
        const whole = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#888", noise: { type: "gaussian", mean: 128, sigma: 60 } } })
          .jpeg()
          .toBuffer();
        return whole.subarray(0, Math.floor(whole.length * 0.6));
      },
      "image.unreadable",
      400,
    ],
    ["a 20,000 × 20,000 PNG", async () => pngClaiming(20000, 20000), "image.tooManyPixels", 400],
    [
      "a 1 × 20,000 PNG",
      () =>
        sharp({ create: { width: 1, height: 20000, channels: 3, background: "#fff" } })
          .png()
          .toBuffer(),
      "image.badProportions",
      400,
    ],
    ["a file over 15 MB", () => Promise.resolve(Buffer.alloc(15 * 1024 * 1024 + 10, 7)), "image.tooLarge", 413],
  ])(
    "refuse %s with a clear message and store nothing",
    async (_name, make, error, status) => {
      const { a } = await twoProducers();
      const before = folders();
      const snapshot = await producerSnapshot(a.producer.id);
      const result = await upload(a.product.id, a.cookie, { name: "photo.jpg", data: await make() });
      expect(statusOf(result)).toBe(status);
      expect(dataOf<{ ok: boolean; error: string }>(result)).toMatchObject({ ok: false, error });
      expect(await producerSnapshot(a.producer.id)).toBe(snapshot);
      expect(folders()).toEqual(before);
    },
    60_000,
  );

  it("asks for a file when none was chosen", async () => {
    const { a } = await twoProducers();
    const result = await settle(() =>
      photosAction(routeArgs(multipartRequest(`/dashboard/products/${a.product.id}/photos`, { intent: "upload" }, null, a.cookie), { id: a.product.id })),
    );
    expect(statusOf(result)).toBe(400);
    expect(dataOf<{ error: string }>(result).error).toBe("dashboard.photos.chooseFile");
  });
});

describe("managing photos", () => {
  it("reorders, sets alt text and deletes the row and its files", async () => {
    const { a } = await twoProducers();
    const id = a.product.id;
    await upload(id, a.cookie, { name: "1.jpg", data: await jpegWithGps(400, 300) }, "first");
    await upload(id, a.cookie, { name: "2.jpg", data: await jpegWithGps(400, 300) }, "second");
    const order = async () => (await db.image.findMany({ where: { productId: id }, orderBy: { position: "asc" } })).map((i) => i.alt);
    expect(await order()).toEqual(["first", "second"]);
    const second = await db.image.findFirstOrThrow({ where: { productId: id, alt: "second" } });

    const post = (body: Record<string, string>) =>
      settle(() => photosAction(routeArgs(postRequest(`/dashboard/products/${id}/photos`, body, { cookie: a.cookie }), { id })));
    await post({ intent: "up", imageId: second.id });
    expect(await order()).toEqual(["second", "first"]);
    await post({ intent: "alt", imageId: second.id, alt: "Banka yaxından" });
    expect(await order()).toEqual(["Banka yaxından", "first"]);

    const loaded = dataOf<{ photos: { id: string }[] }>(
      await photosLoader(routeArgs(getRequest(`/dashboard/products/${id}/photos`, { cookie: a.cookie }), { id })),
    );
    expect(loaded.photos.map((p) => p.id)[0]).toBe(second.id);

    await post({ intent: "delete", imageId: second.id });
    expect(await order()).toEqual(["first"]);
    expect(fs.existsSync(path.join(uploadsDir(), second.fileKey))).toBe(false);
  });

  it("keeps files that another row still uses (shared demo pictures)", async () => {
    const { a } = await twoProducers();
    await upload(a.product.id, a.cookie, { name: "1.jpg", data: await jpegWithGps(400, 300) });
    const image = await db.image.findFirstOrThrow({ where: { productId: a.product.id } });
    await db.image.create({ data: { ...image, id: undefined, productId: null } });
    await photosAction(
      routeArgs(postRequest(`/dashboard/products/${a.product.id}/photos`, { intent: "delete", imageId: image.id }, { cookie: a.cookie }), { id: a.product.id }),
    );
    expect(fs.existsSync(path.join(uploadsDir(), image.fileKey))).toBe(true);
  });
});

describe("another producer's photos", () => {
  it("are 404 on the loader and every action, and nothing changes", async () => {
    const { a, b } = await twoProducers();
    await upload(b.product.id, b.cookie, { name: "b.jpg", data: await jpegWithGps(400, 300) }, "B");
    const imageB = await db.image.findFirstOrThrow({ where: { productId: b.product.id } });
    const before = await producerSnapshot(b.producer.id);
    const foldersBefore = folders();

    expect(
      statusOf(
        await settle(() => photosLoader(routeArgs(getRequest(`/dashboard/products/${b.product.id}/photos`, { cookie: a.cookie }), { id: b.product.id }))),
      ),
    ).toBe(404);
    expect(statusOf(await upload(b.product.id, a.cookie, { name: "x.jpg", data: await jpegWithGps(400, 300) }))).toBe(404);
    for (const productId of [b.product.id, a.product.id]) {
      for (const intent of ["alt", "up", "down", "delete"]) {
        const result = await settle(() =>
          photosAction(
            routeArgs(postRequest(`/dashboard/products/${productId}/photos`, { intent, imageId: imageB.id, alt: "hacked" }, { cookie: a.cookie }), {
              id: productId,
            }),
          ),
        );
        expect(statusOf(result), `${productId} ${intent}`).toBe(404);
      }
    }
    expect(await producerSnapshot(b.producer.id)).toBe(before);
    expect(folders()).toEqual(foldersBefore);
  });
});
