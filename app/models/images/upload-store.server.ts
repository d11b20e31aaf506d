import { createReadStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { AwsClient } from "aws4fetch";
import { env } from "~/utils/env.server";

/** An uploaded file's name in the store: `<fileKey>/<width>.<ext>` (see pipeline.server). */
const KEY = /^[a-z0-9-]+\/[a-z0-9-]+\.(avif|webp|jpg)$/i;
const FILE_KEY = /^[a-z0-9-]+$/i;

export const CONTENT_TYPES: Record<string, string> = { avif: "image/avif", webp: "image/webp", jpg: "image/jpeg" };

/** A stored file as read back: its bytes as a stream, with what the HTTP answer needs. */
export type StoredObject = { body: Readable; size: number; contentType: string; etag: string | null; lastModified: string | null };

/**
 * Where uploaded pictures live: a folder on this machine (the default) or an S3-compatible bucket
 * shared by every app node. Every upload path (product and profile photos, return photos, the
 * seed's pictures) writes, reads and deletes through this one interface.
 */
interface StoreMethods {
  /** For messages: the folder or the bucket's address. */
  readonly location: string;
  put(key: string, body: Buffer): Promise<void>;
  /** null when there is no such file. */
  get(key: string): Promise<StoredObject | null>;
  /** Every file of one upload (`<fileKey>/…`). */
  removeUpload(fileKey: string): Promise<void>;
  /** Every stored key with its size (backups). */
  list(): AsyncGenerator<{ key: string; size: number }>;
}
export type UploadStore = (StoreMethods & { kind: "disk"; dir: string }) | (StoreMethods & { kind: "s3" });

export function isUploadKey(key: string) {
  return KEY.test(key);
}

function contentType(key: string) {
  return CONTENT_TYPES[key.slice(key.lastIndexOf(".") + 1).toLowerCase()] ?? "application/octet-stream";
}

export function diskStore(dir: string): UploadStore {
  const file = (key: string) => path.join(dir, ...key.split("/"));
  return {
    kind: "disk",
    dir,
    location: dir,
    async put(key, body) {
      await fs.mkdir(path.dirname(file(key)), { recursive: true });
      await fs.writeFile(file(key), body);
    },
    async get(key) {
      if (!isUploadKey(key)) return null;
      try {
        const stat = await fs.stat(file(key));
        return { body: createReadStream(file(key)), size: stat.size, contentType: contentType(key), etag: null, lastModified: stat.mtime.toUTCString() };
      } catch {
        return null;
      }
    },
    async removeUpload(fileKey) {
      if (!FILE_KEY.test(fileKey)) return;
      await fs.rm(path.join(dir, fileKey), { recursive: true, force: true });
    },
    async *list() {
      let folders: string[];
      try {
        folders = await fs.readdir(dir);
      } catch {
        return;
      }
      for (const folder of folders.sort()) {
        const inside = await fs.readdir(path.join(dir, folder)).catch(() => [] as string[]);
        for (const name of inside.sort()) {
          const stat = await fs.stat(path.join(dir, folder, name));
          if (stat.isFile()) yield { key: `${folder}/${name}`, size: stat.size };
        }
      }
    },
  };
}

export type S3Options = { endpoint: string; bucket: string; accessKeyId: string; secretAccessKey: string; region: string };

function xmlText(value: string) {
  return value
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** A bucket on any S3-compatible server, addressed by path (`<endpoint>/<bucket>/<key>`), signed with SigV4. */
export function s3Store(options: S3Options): UploadStore {
  const client = new AwsClient({
    accessKeyId: options.accessKeyId,
    secretAccessKey: options.secretAccessKey,
    service: "s3",
    region: options.region,
    retries: 2,
  });
  const base = `${options.endpoint.replace(/\/+$/, "")}/${encodeURIComponent(options.bucket)}`;
  const url = (key: string) => `${base}/${key.split("/").map(encodeURIComponent).join("/")}`;
  async function failed(action: string, response: Response): Promise<never> {
    const text = await response.text().catch(() => "");
    throw new Error(`upload store: ${action} answered ${response.status} ${text.slice(0, 200)}`);
  }
  async function* keys(prefix: string) {
    let token: string | null = null;
    do {
      const query = new URLSearchParams({ "list-type": "2", prefix, ...(token ? { "continuation-token": token } : {}) });
      const response = await client.fetch(`${base}?${query.toString()}`);
      if (!response.ok) await failed("list", response);
      const xml = await response.text();
      for (const [, entry] of xml.matchAll(/<Contents>([\s\S]*?)<\/Contents>/g)) {
        const key = /<Key>([\s\S]*?)<\/Key>/.exec(entry)?.[1];
        const size = /<Size>(\d+)<\/Size>/.exec(entry)?.[1];
        if (key) yield { key: xmlText(key), size: Number(size ?? 0) };
      }
      token = /<IsTruncated>true<\/IsTruncated>/.test(xml)
        ? xmlText(/<NextContinuationToken>([\s\S]*?)<\/NextContinuationToken>/.exec(xml)?.[1] ?? "") || null
        : null;
    } while (token);
  }
  return {
    kind: "s3",
    location: base,
    async put(key, body) {
      const response = await client.fetch(url(key), {
        method: "PUT",
        body: new Uint8Array(body),
        headers: { "Content-Type": contentType(key), "Content-Length": String(body.length) },
      });
      if (!response.ok) await failed(`put ${key}`, response);
    },
    async get(key) {
      if (!isUploadKey(key)) return null;
      const response = await client.fetch(url(key));
      if (response.status === 404 || response.status === 403) {
        await response.body?.cancel();
        return null;
      }
      if (!response.ok || !response.body) await failed(`get ${key}`, response);
      return {
        body: Readable.fromWeb(response.body as import("node:stream/web").ReadableStream),
        size: Number(response.headers.get("content-length") ?? 0),
        contentType: contentType(key),
        etag: response.headers.get("etag"),
        lastModified: response.headers.get("last-modified"),
      };
    },
    async removeUpload(fileKey) {
      if (!FILE_KEY.test(fileKey)) return;
      for await (const { key } of keys(`${fileKey}/`)) {
        const response = await client.fetch(url(key), { method: "DELETE" });
        if (!response.ok && response.status !== 404) await failed(`delete ${key}`, response);
      }
    },
    list: () => keys(""),
  };
}

/** The store the environment names: S3 when UPLOADS_S3_ENDPOINT is set, else UPLOADS_DIR. */
export function storeFromEnv(config = env()): UploadStore {
  const s3 = config.UPLOADS_S3;
  return s3 ? s3Store(s3) : diskStore(config.UPLOADS_DIR);
}

let cached: UploadStore | undefined;
export function uploadStore(): UploadStore {
  return (cached ??= storeFromEnv());
}

/** One stored file's bytes (a private return photo served by its order's route), or null. */
export async function readUpload(key: string, store: UploadStore = uploadStore()): Promise<Buffer | null> {
  const object = await store.get(key);
  if (!object) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of object.body) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
