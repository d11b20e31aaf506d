import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ProductGrid } from "~/components/product-card";
import { homeCollections } from "~/models/catalog/collections.server";
import { latestProductCards } from "~/models/catalog/products.server";
import { listSectorsWithCategories, regionsWithProducerCounts } from "~/models/catalog/taxonomy.server";
import { getTranslator } from "~/utils/locale.server";
import { publicOrigin } from "~/utils/public-url.server";
import { langParamOf, seoMeta } from "~/utils/seo";
import { useTranslator } from "~/utils/use-translator";

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? seoMeta(data.seo) : []);

export async function loader({ request }: LoaderFunctionArgs) {
  const { t, locale } = await getTranslator(request);
  const [collections, sectors, regions, inSeason, newArrivals] = await Promise.all([
    homeCollections(locale),
    listSectorsWithCategories(locale),
    regionsWithProducerCounts(locale),
    latestProductCards(locale, { take: 8, inSeasonOnly: true }),
    latestProductCards(locale, { take: 8 }),
  ]);
  return {
    collections,
    sectors: sectors.map((s) => ({ slug: s.slug, name: s.name, categoryCount: s.categories.length })),
    regions: regions.filter((r) => r.producerCount > 0),
    inSeason,
    newArrivals,
    seo: {
      title: `${t("app.name")} · ${t("app.tagline")}`,
      description: t("home.lead"),
      origin: publicOrigin(),
      langParam: langParamOf(request),
      path: "/",
      locale,
    },
  };
}

export default function HomePage() {
  const { collections, sectors, regions, inSeason, newArrivals } = useLoaderData<typeof loader>();
  const { t, plural } = useTranslator();
  return (
    <>
      <section className="hero">
        <div className="container">
          <h1>{t("home.title")}</h1>
          <p className="lead">{t("home.lead")}</p>
          <Link to="/products" className="button">
            {t("home.browse")}
          </Link>
        </div>
      </section>
      <div className="container home stack">
        <section aria-labelledby="home-sectors">
          <h2 id="home-sectors">{t("home.sectors")}</h2>
          <ul className="sector-list">
            {sectors.map((sector) => (
              <li key={sector.slug}>
                <Link to={`/products?sector=${sector.slug}`} className={`sector-tile sector-tile--${sector.slug}`}>
                  {sector.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
        {collections.map((collection, index) => (
          <section key={collection.slug} aria-labelledby={`collection-${collection.slug}`}>
            <h2 id={`collection-${collection.slug}`}>{collection.title}</h2>
            <ProductGrid products={collection.products} eagerCount={index === 0 ? 2 : 0} />
          </section>
        ))}
        {inSeason.length > 0 ? (
          <section aria-labelledby="home-season">
            <h2 id="home-season">{t("home.inSeason")}</h2>
            <ProductGrid products={inSeason} />
            <p>
              <Link to="/products?inSeason=1">{t("common.showAll")}</Link>
            </p>
          </section>
        ) : null}
        <section aria-labelledby="home-regions">
          <h2 id="home-regions">{t("footer.regions")}</h2>
          <ul className="region-list">
            {regions.map((region) => (
              <li key={region.slug}>
                <Link to={`/products?region=${region.slug}`}>{region.name}</Link>{" "}
                <span className="muted">({plural("home.producerCount", region.producerCount)})</span>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="home-new">
          <h2 id="home-new">{t("home.newArrivals")}</h2>
          <ProductGrid products={newArrivals} />
          <p>
            <Link to="/products?sort=new">{t("common.showAll")}</Link>
          </p>
        </section>
      </div>
    </>
  );
}
