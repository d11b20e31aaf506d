import type { LoaderFunctionArgs } from "@remix-run/node";
import { listSitemapEntries } from "~/models/catalog/sitemap.server";
import { LOCALES } from "~/utils/i18n";
import { publicOrigin } from "~/utils/public-url.server";

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export async function loader(_args: LoaderFunctionArgs) {
  const origin = publicOrigin();
  const entries = await listSitemapEntries();
  const urls = entries
    .map(({ path, updatedAt }) => {
      const loc = `${origin}${path}`;
      const alternates = LOCALES.map((lang) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(`${loc}?lang=${lang}`)}"/>`).join("");
      return `<url><loc>${escapeXml(loc)}</loc>${updatedAt ? `<lastmod>${updatedAt.toISOString()}</lastmod>` : ""}${alternates}</url>`;
    })
    .join("\n");
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls}
</urlset>`;
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
}
