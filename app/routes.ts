import { route, type RouteConfig } from "@remix-run/route-config";
import { flatRoutes } from "@remix-run/fs-routes";
import { TRUST_PAGES } from "./models/trust/trust-slugs";

export default (async () => [
  ...(await flatRoutes()),
  // Six short pages with one layout: one module, mounted at each page's path.
  ...TRUST_PAGES.map((slug) => route(slug, "trust/trust-page.route.tsx", { id: `trust-${slug}` })),
])() satisfies RouteConfig;
