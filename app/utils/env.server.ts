import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import crypto from "node:crypto";
import { z } from "zod";
import { databaseKind, resolveDatabaseUrl } from "./database-url";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().optional(),
  DATA_DIR: z.string().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SESSION_SECRET: z.string().min(16, "SESSION_SECRET must be at least 16 characters").optional(),
  UPLOADS_DIR: z.string().default("./data/uploads"),
  UPLOADS_S3_ENDPOINT: z.url().optional(),
  UPLOADS_S3_BUCKET: z.string().min(1).optional(),
  UPLOADS_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  UPLOADS_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  UPLOADS_S3_REGION: z.string().min(1).default("us-east-1"),
  STRIPE_SECRET_KEY: z.string().optional(),
  STRIPE_WEBHOOK_SECRET: z.string().optional(),
  STRIPE_API_BASE: z.url().optional(),
  COMMISSION_BPS: z.coerce.number().int().min(0).max(10000).default(0),
  SMTP_URL: z.string().optional(),
  APP_URL: z.url().optional(),
  PAGE_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(5),
  /** false: the socket's address is the client's; a number of proxy hops; or the proxies' addresses and subnets */
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((value, ctx) => {
      const text = (value ?? "").trim();
      if (text === "" || text === "false" || text === "0") return false as const;
      if (/^\d{1,2}$/.test(text)) return Number(text);
      const entries = text
        .split(",")
        .map((entry) => entry.trim())
        .filter(Boolean);
      if (!entries.every(isProxyEntry)) {
        ctx.addIssue({
          code: "custom",
          message: "use a number of proxy hops, or addresses and subnets like 10.0.0.0/8,::1 (never true: anyone could then choose their address)",
        });
        return z.NEVER;
      }
      return entries;
    }),
  CONTACT_ADDRESS: z.string().trim().min(1).default("“ABAD” publik hüquqi şəxsi, Bakı, Azərbaycan"),
  CONTACT_EMAIL: z.email().optional(),
  CONTACT_PHONE: z.string().trim().min(1).optional(),
});

const PROXY_KEYWORDS = ["loopback", "linklocal", "uniquelocal"];

/** An address, a subnet (address/prefix) or one of Express's names for private ranges. */
function isProxyEntry(entry: string) {
  if (PROXY_KEYWORDS.includes(entry)) return true;
  const [address, prefix, ...rest] = entry.split("/");
  const version = net.isIP(address);
  if (!version || rest.length) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

type S3Variables = "UPLOADS_S3_ENDPOINT" | "UPLOADS_S3_BUCKET" | "UPLOADS_S3_ACCESS_KEY_ID" | "UPLOADS_S3_SECRET_ACCESS_KEY" | "UPLOADS_S3_REGION";

/** What the schema gives, with the values loadEnv() always fills in. */
export type Env = Omit<z.output<typeof envSchema>, "DATABASE_URL" | "SESSION_SECRET" | "APP_URL" | "DATA_DIR" | S3Variables> & {
  DATABASE_URL: string;
  SESSION_SECRET: string;
  /** the public address, without a trailing slash (default http://localhost:PORT) */
  APP_URL: string;
  DATA_DIR: string;
  /** the S3-compatible bucket for uploads, when UPLOADS_S3_ENDPOINT is set (else UPLOADS_DIR) */
  UPLOADS_S3: { endpoint: string; bucket: string; accessKeyId: string; secretAccessKey: string; region: string } | null;
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
  // Mail files and the development secret: beside the SQLite file, or in ./data with PostgreSQL.
  const dataDir = path.resolve(value.DATA_DIR ?? (databaseKind(databaseUrl) === "postgres" ? "data" : path.dirname(databaseUrl.replace(/^file:/, ""))));
  if (value.NODE_ENV === "production" && !value.SESSION_SECRET) {
    throw new Error("Invalid configuration: SESSION_SECRET is required in production (at least 16 characters).");
  }
  // PostgreSQL is how several nodes share one database (a SQLite file serves the one machine it is
  // on): each node would otherwise generate its own secret, and none would honour another's logins.
  if (databaseKind(databaseUrl) === "postgres" && !value.SESSION_SECRET) {
    throw new Error("Invalid configuration: SESSION_SECRET is required with a PostgreSQL DATABASE_URL, the same on every node (at least 16 characters).");
  }
  const {
    UPLOADS_S3_ENDPOINT: endpoint,
    UPLOADS_S3_BUCKET: bucket,
    UPLOADS_S3_ACCESS_KEY_ID: accessKeyId,
    UPLOADS_S3_SECRET_ACCESS_KEY: secretAccessKey,
    UPLOADS_S3_REGION: region,
    ...rest
  } = value;
  if (endpoint && !(bucket && accessKeyId && secretAccessKey)) {
    throw new Error("Invalid configuration: UPLOADS_S3_ENDPOINT needs UPLOADS_S3_BUCKET, UPLOADS_S3_ACCESS_KEY_ID and UPLOADS_S3_SECRET_ACCESS_KEY.");
  }
  return {
    ...rest,
    DATABASE_URL: databaseUrl,
    UPLOADS_S3: endpoint && bucket && accessKeyId && secretAccessKey ? { endpoint, bucket, accessKeyId, secretAccessKey, region } : null,
    APP_URL: (value.APP_URL ?? `http://localhost:${value.PORT}`).replace(/\/+$/, ""),
    SESSION_SECRET: value.SESSION_SECRET ?? developmentSecret(dataDir),
    UPLOADS_DIR: path.resolve(value.UPLOADS_DIR),
    // The demo has a mailbox to show; a real deployment names its own or shows none.
    CONTACT_EMAIL: value.CONTACT_EMAIL ?? (value.NODE_ENV === "production" ? undefined : "market@example.az"),
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
