import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { z } from "zod";
import { resolveDatabaseUrl } from "./database-url";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SESSION_SECRET: z.string().min(16, "SESSION_SECRET must be at least 16 characters").optional(),
  UPLOADS_DIR: z.string().default("./data/uploads"),
  STRIPE_SECRET_KEY: z.string().optional(),
  STRIPE_WEBHOOK_SECRET: z.string().optional(),
  STRIPE_API_BASE: z.url().optional(),
  COMMISSION_BPS: z.coerce.number().int().min(0).max(10000).default(0),
  SMTP_URL: z.string().optional(),
  APP_URL: z.url().optional(),
  PAGE_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(5),
});

export type Env = {
  NODE_ENV: "development" | "production" | "test";
  DATABASE_URL: string;
  PORT: number;
  SESSION_SECRET: string;
  UPLOADS_DIR: string;
  STRIPE_SECRET_KEY?: string;
  STRIPE_WEBHOOK_SECRET?: string;
  STRIPE_API_BASE?: string;
  COMMISSION_BPS: number;
  SMTP_URL?: string;
  APP_URL?: string;
  PAGE_CACHE_SECONDS: number;
  DATA_DIR: string;
};

/** Reads a secret kept in data/ so development sessions survive restarts. */
function developmentSecret(dataDir: string): string {
  const file = path.join(dataDir, "session-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    const secret = crypto.randomBytes(32).toString("hex");
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}

/** Validates the environment; throws an Error whose message is one line saying what is wrong. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid configuration: ${issue.path.join(".")}: ${issue.message}`);
  }
  const value = parsed.data;
  const databaseUrl = resolveDatabaseUrl(value.DATABASE_URL);
  const dataDir = path.dirname(databaseUrl.replace(/^file:/, ""));
  if (value.NODE_ENV === "production" && !value.SESSION_SECRET) {
    throw new Error("Invalid configuration: SESSION_SECRET is required in production (at least 16 characters).");
  }
  return {
    ...value,
    DATABASE_URL: databaseUrl,
    SESSION_SECRET: value.SESSION_SECRET ?? developmentSecret(dataDir),
    UPLOADS_DIR: path.resolve(value.UPLOADS_DIR),
    DATA_DIR: dataDir,
  };
}

let cached: Env | undefined;
export function env(): Env {
  return (cached ??= loadEnv());
}

/** Tests change the environment between files. */
export function resetEnvCache() {
  cached = undefined;
}
