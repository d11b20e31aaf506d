import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { ImageRejectedError, processImage } from "~/models/images/pipeline.server";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pipeline-"));

async function reason(input: Buffer) {
  try {
    await processImage(input, { uploadsDir: dir, fileKey: "x" });
    return "accepted";
  } catch (error) {
    return error instanceof ImageRejectedError ? error.reason : String(error);
  }
}

describe("image pipeline", () => {
  it("names a decompression bomb for what it is", async () => {
    const bomb = await sharp({ create: { width: 20000, height: 20000, channels: 3, background: "#fff" }, limitInputPixels: false }).png({ compressionLevel: 9 }).toBuffer();
    expect(await reason(bomb)).toBe("image.tooManyPixels");
  });

  it("refuses text pretending to be a photo and a truncated JPEG", async () => {
    expect(await reason(Buffer.from("not an image at all, just text"))).toBe("image.notAnImage");
    const jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#c33" } }).jpeg().toBuffer();
    expect(await reason(jpeg.subarray(0, Math.floor(jpeg.length / 2)))).toBe("image.unreadable");
  });
});
