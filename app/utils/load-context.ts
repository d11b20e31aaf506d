/** What the HTTP server hands every loader and action (see app/server/http-server.ts). */
export type AppLoadContext = {
  cspNonce: string;
  clientIp: string;
};

declare module "@remix-run/node" {
  interface AppLoadContext {
    cspNonce: string;
    clientIp: string;
  }
}

export function clientIpOf(context: Partial<AppLoadContext> | undefined) {
  return context?.clientIp || "unknown";
}
