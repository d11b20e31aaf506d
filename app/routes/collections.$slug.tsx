import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ProductGrid } from "~/components/product-card";
import { getCollectionPage } from "~/models/catalog/collections.server";
import { notFound } from "~/utils/http.server";
import { getTranslator } from "~/utils/locale.server";
import { publicOrigin } from "~/utils/public-url.server";
import { langParamOf, seoMeta } from "~/utils/seo";
import { useTranslator } from "~/utils/use-translator";

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? seoMeta(data.seo) : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { t, locale } = await getTranslator(request);
  const collection = await getCollectionPage(params.slug ?? "", locale);
  if (!collection) notFound();
  return {
    collection,
    seo: {
      title: `${collection.title} · ${t("app.name")}`,
      description: t("collection.description", { title: collection.title }),
      origin: publicOrigin(),
      langParam: langParamOf(request),
      path: `/collections/${collection.slug}`,
      locale,
    },
  };
}

/** A mentors' collection in full; the home page shows its first few. */
export default function CollectionPage() {
  const { collection } = useLoaderData<typeof loader>();
  const { t } = useTranslator();
  return (
    <div className="container stack">
      <h1>{collection.title}</h1>
      {collection.products.length > 0 ? <ProductGrid products={collection.products} headingLevel={2} /> : <p>{t("collection.empty")}</p>}
      <p>
        <Link to="/products">{t("home.browse")}</Link>
      </p>
    </div>
  );
}
