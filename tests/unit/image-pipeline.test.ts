import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { IMAGE_JOB_LIMIT, IMAGE_WIDTHS, imageJobStats, MAX_ASPECT_RATIO, MAX_INPUT_PIXELS, MAX_SIDE, processImage } from "~/models/images/pipeline.server";
import { diskStore } from "~/models/images/upload-store.server";
import { pngClaiming } from "../support/png-header";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pipeline-"));

async function reason(input: Buffer) {
  const result = await processImage(input, { store: diskStore(dir), fileKey: "x" });
  return result.ok ? "accepted" : result.error;
}

describe("image pipeline", () => {
  it("names a decompression bomb for what it is", async () => {
    expect(await reason(pngClaiming(20000, 20000))).toBe("image.tooManyPixels");
  });

  it("refuses text pretending to be a photo and a truncated JPEG", async () => {
    expect(await reason(Buffer.from("not an image at all, just text"))).toBe("image.notAnImage");
    const jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#c33" } })
      .jpeg()
      .toBuffer();
    expect(await reason(jpeg.subarray(0, Math.floor(jpeg.length / 2)))).toBe("image.unreadable");
  });

  const blank = (width: number, height: number) =>
    sharp({ create: { width, height, channels: 3, background: "#7a5" }, limitInputPixels: false })
      .png({ compressionLevel: 9 })
      .toBuffer();

  it("refuses sides out of proportion or too long with their own messages, before decoding a pixel", async () => {
    expect(await reason(await blank(1, 20000))).toBe("image.badProportions");
    expect(await reason(await blank(MAX_ASPECT_RATIO * 1000 + 10, 1000))).toBe("image.badProportions");
    expect(await reason(await blank(MAX_SIDE + 1, Math.ceil((MAX_SIDE + 1) / MAX_ASPECT_RATIO)))).toBe("image.sideTooLong");
    const side = Math.floor(Math.sqrt(MAX_INPUT_PIXELS)) + 1;
    expect(await reason(await blank(side, side))).toBe("image.tooManyPixels");
    expect(await reason(await blank(MAX_ASPECT_RATIO * 300, 300))).toBe("accepted");
  });

  it("writes every width from one downscaled copy, turned by EXIF", async () => {
    // Stored 1600 × 900 with orientation 6: shown 900 wide and 1600 tall.
    const input = await sharp({ create: { width: 1600, height: 900, channels: 3, background: "#c33" } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const result = await processImage(input, { store: diskStore(dir), fileKey: "turned" });
    expect(result).toMatchObject({ width: 900, height: 1600, widths: [320, 640] });
    const largest = await sharp(path.join(dir, "turned", "640.jpg")).metadata();
    expect([largest.width, largest.height]).toEqual([640, 1138]);
    expect(IMAGE_WIDTHS).toContain(640);
  });

  it("runs at most IMAGE_JOB_LIMIT images at once and queues the rest", async () => {
    const photo = await sharp({ create: { width: 1400, height: 1000, channels: 3, background: "#39c" } })
      .jpeg()
      .toBuffer();
    imageJobStats.reset();
    const results = await Promise.all(Array.from({ length: 4 }, (_, i) => processImage(photo, { store: diskStore(dir), fileKey: `q${i}`, fast: true })));
    expect(results.map((r) => (r.ok ? r.widths : r.error))).toEqual(Array(4).fill([320, 640, 960, 1280]));
    expect(imageJobStats.peak).toBe(IMAGE_JOB_LIMIT);
    expect(imageJobStats.queuedPeak).toBe(4 - IMAGE_JOB_LIMIT);
    expect(imageJobStats.active).toBe(0);
  });
});
