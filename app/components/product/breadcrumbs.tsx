import { Link } from "@remix-run/react";
import { useTranslator } from "~/utils/use-translator";

export type Crumb = { name: string; path: string };

/** schema.org BreadcrumbList for the same trail the page shows, with absolute URLs. */
export function breadcrumbJsonLd(crumbs: Crumb[], origin: string) {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      item: `${origin}${crumb.path}`,
    })),
  };
}

/** Where this page sits: every step a link, the last one the page itself. */
export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  const { t } = useTranslator();
  return (
    <nav aria-label={t("product.breadcrumb")} className="breadcrumb">
      <ol>
        {crumbs.map((crumb, index) => (
          <li key={crumb.path}>{index === crumbs.length - 1 ? <span aria-current="page">{crumb.name}</span> : <Link to={crumb.path}>{crumb.name}</Link>}</li>
        ))}
      </ol>
    </nav>
  );
}
