import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { action as profileAction, loader as profileLoader } from "~/routes/dashboard/dashboard.profile";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { createProducer, createUser, stopDelivering } from "../support/factories";
import { dataOf, getRequest, postRequest, sessionCookieFor, settle, statusOf } from "../support/http";
import { jpegWithGps, multipartRequest, producerSnapshot, profileForm, routeArgs, twoProducers } from "../support/dashboard-factories";

describe("producer profile", () => {
  it("saves story, region, phone and pickup", async () => {
    const { a } = await twoProducers();
    // An applicant's story applies at once (an active producer's waits for review: revisions.test.ts).
    await db.producer.update({ where: { id: a.producer.id }, data: { status: "APPLIED" } });
    const result = await settle(async () => profileAction(routeArgs(postRequest("/dashboard/profile", await profileForm(), { cookie: a.cookie }))));
    expect(statusOf(result)).toBe(200);
    expect(await db.producer.findUniqueOrThrow({ where: { id: a.producer.id } })).toMatchObject({
      storyEn: "Three generations of halva makers in Shaki.",
      district: "Kiş",
      phone: "+994 50 111 22 33",
      offersPickup: false,
    });
  });

  it("asks for a pickup address, and for pickup or a delivery zone, and nothing is written", async () => {
    const { a } = await twoProducers();
    const before = await producerSnapshot(a.producer.id);
    const noAddress = await settle(async () =>
      profileAction(routeArgs(postRequest("/dashboard/profile", await profileForm({ offersPickup: "on" }), { cookie: a.cookie }))),
    );
    expect(statusOf(noAddress)).toBe(400);
    expect(dataOf<{ reply: { error: Record<string, string[]> } }>(noAddress).reply.error.pickupAddress).toEqual(["dashboard.profile.pickupAddressRequired"]);
    await stopDelivering(a.producer.id);
    const neither = await settle(async () => profileAction(routeArgs(postRequest("/dashboard/profile", await profileForm(), { cookie: a.cookie }))));
    expect(statusOf(neither)).toBe(400);
    expect(dataOf<{ reply: { error: Record<string, string[]> } }>(neither).reply.error.offersPickup).toEqual(["dashboard.profile.needFulfilment"]);
    expect(await producerSnapshot(a.producer.id)).toBe(before);
  });

  it("is open to an applicant", async () => {
    const user = await createUser();
    await createProducer({ status: "APPLIED", memberId: user.id });
    const cookie = await sessionCookieFor(user.id);
    expect(statusOf(await settle(async () => profileLoader(routeArgs(getRequest("/dashboard/profile", { cookie })))))).toBe(200);
  });

  it("stores producer photos through the same pipeline, without EXIF, as images with no product", async () => {
    const { a } = await twoProducers();
    const result = await settle(async () =>
      profileAction(
        routeArgs(
          multipartRequest("/dashboard/profile", { intent: "upload", alt: "Bağımız" }, { name: "farm.jpg", data: await jpegWithGps(700, 500) }, a.cookie),
        ),
      ),
    );
    expect(statusOf(result)).toBe(200);
    const image = await db.image.findFirstOrThrow({ where: { producerId: a.producer.id, productId: null } });
    for (const file of fs.readdirSync(path.join(env().UPLOADS_DIR, image.fileKey))) {
      expect((await sharp(path.join(env().UPLOADS_DIR, image.fileKey, file)).metadata()).exif).toBeUndefined();
    }
    const loaded = dataOf<{ photos: { id: string }[] }>(await profileLoader(routeArgs(getRequest("/dashboard/profile", { cookie: a.cookie }))));
    expect(loaded.photos.map((p) => p.id)).toEqual([image.id]);
  });

  it("gives 404 for another producer's photo and changes nothing", async () => {
    const { a, b } = await twoProducers();
    await profileAction(
      routeArgs(multipartRequest("/dashboard/profile", { intent: "upload", alt: "B" }, { name: "b.jpg", data: await jpegWithGps(400, 300) }, b.cookie)),
    );
    const imageB = await db.image.findFirstOrThrow({ where: { producerId: b.producer.id, productId: null } });
    // A's listing photo id used on the profile page is not a profile photo either.
    const before = await producerSnapshot(b.producer.id);
    for (const intent of ["alt", "up", "down", "delete"]) {
      const result = await settle(async () =>
        profileAction(routeArgs(postRequest("/dashboard/profile", { intent, imageId: imageB.id, alt: "x" }, { cookie: a.cookie }))),
      );
      expect(statusOf(result), intent).toBe(404);
    }
    expect(await producerSnapshot(b.producer.id)).toBe(before);
  });
});
