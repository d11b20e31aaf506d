import type { AddressInfo } from "node:net";
import express from "express";
import { describe, expect, it } from "vitest";
import { loadEnv } from "~/utils/env.server";
import { applyTrustProxy, clientAddress, type TrustProxy } from "~/server/client-address";

const base = { NODE_ENV: "production", SESSION_SECRET: "x".repeat(32) } as const;

/** The address the server would throttle logins by, for a request from 127.0.0.1 with this X-Forwarded-For. */
async function seenAddress(trust: TrustProxy, forwardedFor?: string) {
  const app = express();
  applyTrustProxy(app, trust);
  app.get("/", (req, res) => void res.send(clientAddress(req)));
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/`, { headers: forwardedFor ? { "X-Forwarded-For": forwardedFor } : {} });
    return (await response.text()).replace(/^::ffff:/, "");
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

describe("TRUST_PROXY", () => {
  it("reads a hop count or a list of proxy addresses and subnets, off by default, and refuses 'true' or a bad subnet", () => {
    expect(loadEnv(base).TRUST_PROXY).toBe(false);
    expect(loadEnv({ ...base, TRUST_PROXY: "false" }).TRUST_PROXY).toBe(false);
    expect(loadEnv({ ...base, TRUST_PROXY: "1" }).TRUST_PROXY).toBe(1);
    expect(loadEnv({ ...base, TRUST_PROXY: "10.0.0.0/8, ::1,loopback" }).TRUST_PROXY).toEqual(["10.0.0.0/8", "::1", "loopback"]);
    expect(() => loadEnv({ ...base, TRUST_PROXY: "true" })).toThrow(/TRUST_PROXY/);
    expect(() => loadEnv({ ...base, TRUST_PROXY: "10.0.0.0/33" })).toThrow(/TRUST_PROXY/);
  });

  it("ignores X-Forwarded-For unless the proxy is trusted, then takes the first untrusted address from the right", async () => {
    expect(await seenAddress(false, "198.51.100.7")).toBe("127.0.0.1");
    expect(await seenAddress(1, "6.6.6.6, 198.51.100.7")).toBe("198.51.100.7");
    expect(await seenAddress(["127.0.0.1"], "6.6.6.6, 198.51.100.7")).toBe("198.51.100.7");
    expect(await seenAddress(["127.0.0.1", "10.0.0.0/8"], "198.51.100.7, 10.1.2.3")).toBe("198.51.100.7");
    expect(await seenAddress(["10.0.0.0/8"], "198.51.100.7")).toBe("127.0.0.1");
    expect(await seenAddress(1)).toBe("127.0.0.1");
  });
});
