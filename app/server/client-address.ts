/**
 * Which address a request comes from. Behind a reverse proxy the socket's address is the proxy's,
 * so every visitor would share one login-throttling budget; X-Forwarded-For fixes that but can be
 * written by anyone, so it is believed only from the proxies TRUST_PROXY names.
 */
import type { Express, Request } from "express";

/** false: use the socket's address; a number: that many proxy hops; a list: those addresses and subnets. */
export type TrustProxy = false | number | string[];

export function applyTrustProxy(app: Express, trust: TrustProxy) {
  app.set("trust proxy", Array.isArray(trust) ? trust.join(",") : trust);
}

/** The client address after the trusted proxies (Express walks X-Forwarded-For from the right). */
export function clientAddress(req: Request) {
  return req.ip ?? req.socket.remoteAddress ?? "unknown";
}
