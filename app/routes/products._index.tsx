import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { CatalogView } from "~/components/catalog-view";
import { loadCatalogPage } from "~/models/catalog/catalog-page.server";
import { getTranslator } from "~/utils/locale.server";
import { publicOrigin } from "~/utils/public-url.server";
import { langParamOf, seoMeta } from "~/utils/seo";

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? seoMeta(data.seo) : []);

export async function loader({ request }: LoaderFunctionArgs) {
  const { t, locale } = await getTranslator(request);
  const page = await loadCatalogPage(request, locale);
  const { focus } = page;
  const narrowedTo = focus?.kind === "region" ? focus.region.name : focus?.name;
  return {
    ...page,
    seo: {
      title: [narrowedTo, t("catalog.title"), t("app.name")].filter(Boolean).join(" · "),
      description: (focus?.kind === "region" && focus.region.lead) || t("home.lead"),
      origin: publicOrigin(),
      langParam: langParamOf(request),
      path: "/products",
      locale,
    },
  };
}

export default function ProductsPage() {
  const data = useLoaderData<typeof loader>();
  return <CatalogView action="/products" {...data} />;
}
