import crypto from "node:crypto";
import { env } from "./env.server";

/** A token that proves a link was made by us for this purpose and record (guest order links). */
export function signLink(purpose: string, id: string): string {
  return crypto.createHmac("sha256", env().SESSION_SECRET).update(`${purpose}:${id}`).digest("base64url").slice(0, 32);
}

export function verifyLink(purpose: string, id: string, token: string | null | undefined): boolean {
  if (!token || token.length !== 32) return false;
  const expected = Buffer.from(signLink(purpose, id));
  const given = Buffer.from(token);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}
