import type { StorefrontLook } from "~/models/storefront-look.server";

/** What the HTTP server hands every loader and action (see app/server/http-server.ts). */
export type AppLoadContext = {
  cspNonce: string;
  clientIp: string;
  /** set when the page cache renders a page for everyone with this look (see storefront-look.server.ts) */
  look?: StorefrontLook;
};

declare module "@remix-run/node" {
  interface AppLoadContext {
    cspNonce: string;
    clientIp: string;
    look?: StorefrontLook;
  }
}

export function clientIpOf(context: Partial<AppLoadContext> | undefined) {
  return context?.clientIp || "unknown";
}
