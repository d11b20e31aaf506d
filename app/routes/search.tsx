import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { CatalogView } from "~/components/catalog-view";
import { loadCatalogPage } from "~/models/catalog/catalog-page.server";
import { getTranslator } from "~/utils/locale.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "ABAD Market" }, { name: "robots", content: "noindex" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { t, locale } = await getTranslator(request);
  const page = await loadCatalogPage(request, locale);
  const title = page.filters.q ? t("search.resultsFor", { q: page.filters.q }) : t("search.label");
  return { ...page, title: `${title} · ${t("app.name")}` };
}

export default function SearchPage() {
  const data = useLoaderData<typeof loader>();
  return <CatalogView action="/search" {...data} />;
}
