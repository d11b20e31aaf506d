import { describe, expect, it } from "vitest";
import { loadEnv } from "~/utils/env.server";

describe("configuration", () => {
  it("refuses PostgreSQL without SESSION_SECRET, since nodes sharing it must share the secret", () => {
    expect(() => loadEnv({ NODE_ENV: "development", DATABASE_URL: "postgresql://abad@127.0.0.1:5432/abad" })).toThrow(
      /^Invalid configuration: SESSION_SECRET is required with a PostgreSQL/,
    );
    expect(loadEnv({ NODE_ENV: "development", DATABASE_URL: "postgres://abad@127.0.0.1/abad", SESSION_SECRET: "x".repeat(32) }).SESSION_SECRET).toBe(
      "x".repeat(32),
    );
  });

  it("refuses production without SESSION_SECRET, with a one-line reason", () => {
    expect(() => loadEnv({ NODE_ENV: "production" })).toThrow(/^Invalid configuration: SESSION_SECRET is required/);
  });

  it("rejects a malformed value with the variable's name", () => {
    expect(() => loadEnv({ NODE_ENV: "production", SESSION_SECRET: "x".repeat(32), PORT: "abc" })).toThrow(/PORT/);
  });

  it("applies the documented defaults", () => {
    const env = loadEnv({ NODE_ENV: "production", SESSION_SECRET: "x".repeat(32) });
    expect(env.PORT).toBe(3000);
    expect(env.COMMISSION_BPS).toBe(0);
    expect(env.DATABASE_URL).toMatch(/data\/abad\.db$/);
  });
});
