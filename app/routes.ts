import { route, type RouteConfig } from "@remix-run/route-config";
import { flatRoutes } from "@remix-run/fs-routes";
import { TRUST_PAGES } from "./models/trust/trust-slugs";

/**
 * Files under app/routes that are not route modules: tests, server-only helpers and the
 * components that live beside an area's routes. (remix.config.js's `ignoredRouteFiles` is not
 * read once routes come from this file: the option belongs to `flatRoutes`.)
 */
export const ignoredRouteFiles = ["**/*.test.*", "**/*.server.*", "**/components/**"];

/**
 * Storefront and account routes sit flat in app/routes; the staff console, the producer
 * dashboard and the ABAD centre staff's area each have a folder of their own, whose file names still spell the URL
 * (routes/admin/admin.audit.tsx is /admin/audit).
 */
export default (async () => [
  ...(await flatRoutes({ ignoredRouteFiles })),
  ...(await flatRoutes({ rootDirectory: "routes/admin", ignoredRouteFiles })),
  ...(await flatRoutes({ rootDirectory: "routes/dashboard", ignoredRouteFiles })),
  ...(await flatRoutes({ rootDirectory: "routes/centre", ignoredRouteFiles })),
  // Six short pages with one layout: one module, mounted at each page's path.
  ...TRUST_PAGES.map((slug) => route(slug, "routes/trust/trust-page.tsx", { id: `trust-${slug}` })),
])() satisfies RouteConfig;
