import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uploadsHandler } from "~/server/uploads";

let dir: string;
let server: http.Server;

/** A raw request line, as a client that does not tidy paths the way browsers and fetch do would send it. */
function statusOf(rawPath: string) {
  const { port } = server.address() as AddressInfo;
  return new Promise<number>((resolve, reject) => {
    http
      .request({ host: "127.0.0.1", port, path: rawPath }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
      .on("error", reject)
      .end();
  });
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "uploads-"));
  for (const key of ["u-public", "r-private"]) {
    fs.mkdirSync(path.join(dir, key));
    fs.writeFileSync(path.join(dir, key, "640.jpg"), "jpeg");
  }
  const app = express();
  app.use("/uploads", uploadsHandler(dir, { production: true }));
  server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
});

afterAll(() => {
  server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("/uploads", () => {
  it("serves product photos but never a return photo, however its path is spelled", async () => {
    expect(await statusOf("/uploads/u-public/640.jpg")).toBe(200);
    for (const spelling of [
      "/uploads/r-private/640.jpg",
      "/uploads//r-private/640.jpg",
      "/uploads/./r-private/640.jpg",
      "/uploads/u-public/../r-private/640.jpg",
      "/uploads/%72-private/640.jpg",
      "/uploads/%2e/r-private/640.jpg",
      "/uploads/%zz/640.jpg",
    ]) {
      expect(await statusOf(spelling), spelling).toBe(404);
    }
  });
});
