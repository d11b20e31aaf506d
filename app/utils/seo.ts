import type { MetaDescriptor } from "@remix-run/node";
import { LOCALES, type Locale } from "./i18n";

type SeoInput = {
  title: string;
  description: string;
  origin: string;
  path: string;
  locale: Locale;
  image?: string | null;
  type?: "website" | "product" | "profile";
};

/** Title, description, Open Graph, canonical and hreflang alternates for a public page. */
export function seoMeta(input: SeoInput): MetaDescriptor[] {
  const url = `${input.origin}${input.path}`;
  const withLang = (lang: Locale) => `${url}${input.path.includes("?") ? "&" : "?"}lang=${lang}`;
  const meta: MetaDescriptor[] = [
    { title: input.title },
    { name: "description", content: input.description.slice(0, 300) },
    { property: "og:title", content: input.title },
    { property: "og:description", content: input.description.slice(0, 300) },
    { property: "og:type", content: input.type ?? "website" },
    { property: "og:url", content: url },
    { property: "og:locale", content: { az: "az_AZ", en: "en_GB", ru: "ru_RU" }[input.locale] },
    { tagName: "link", rel: "canonical", href: input.locale === "az" ? url : withLang(input.locale) },
    ...LOCALES.map((lang) => ({ tagName: "link", rel: "alternate", hrefLang: lang, href: withLang(lang) })),
    { tagName: "link", rel: "alternate", hrefLang: "x-default", href: url },
  ];
  if (input.image) meta.push({ property: "og:image", content: `${input.origin}${input.image}` });
  return meta;
}

/** JSON for a <script type="application/ld+json">, safe to inline in HTML. */
export function jsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}

export function originOf(request: Request): string {
  return new URL(request.url).origin;
}
