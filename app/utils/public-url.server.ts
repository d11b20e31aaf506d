import { env } from "./env.server";

/**
 * The site's public origin, from APP_URL. Every absolute URL the app writes (canonical, hreflang,
 * og:url, JSON-LD, sitemap, robots.txt, mailed links) starts with it, never with the request's
 * Host header: a forged Host would otherwise end up in cached pages other visitors receive.
 */
export function publicOrigin() {
  return new URL(env().APP_URL).origin;
}
