import type { LoaderFunctionArgs } from "@remix-run/node";
import { TrustPage, trustMeta } from "~/components/trust-page";
import { isTrustSlug } from "~/models/trust/trust-slugs";
import { notFound } from "~/utils/http.server";
import { loadTrustPage } from "~/utils/trust-page.server";

// Mounted once per page in app/routes.ts (/contact, /delivery, …): the path names the page.
export const meta = trustMeta;

export function loader({ request }: LoaderFunctionArgs) {
  const slug = new URL(request.url).pathname.slice(1);
  if (!isTrustSlug(slug)) notFound();
  return loadTrustPage(request, slug);
}

export default TrustPage;
