import { contactDetails, trustContent } from "~/models/trust/trust-pages.server";
import type { TrustSlug } from "~/models/trust/trust-slugs";
import { getLocale } from "./locale.server";
import { publicOrigin } from "./public-url.server";
import { langParamOf } from "./seo";

/** The loader every trust page shares: its text in the visitor's language, plus contact details. */
export async function loadTrustPage(request: Request, slug: TrustSlug) {
  const locale = await getLocale(request);
  const content = trustContent(slug, locale);
  return {
    slug,
    content,
    contact: slug === "contact" ? contactDetails() : null,
    seo: {
      title: `${content.title} · ABAD Market`,
      description: content.description,
      origin: publicOrigin(),
      langParam: langParamOf(request),
      path: `/${slug}`,
      locale,
    },
  };
}
