import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { FeaturedFamilies } from "~/components/home/featured-families";
import { RegionCards } from "~/components/home/region-cards";
import { RegionMap } from "~/components/home/region-map";
import { ProductGrid } from "~/components/product-card";
import { homeCollections } from "~/models/catalog/collections.server";
import { latestProductCards } from "~/models/catalog/products.server";
import { listSectorsWithCategories, regionsWithProducerCounts } from "~/models/catalog/taxonomy.server";
import { placeholdersForFirst } from "~/models/images/pictures";
import { listFeaturedProducers } from "~/models/producers/producers.server";
import type { Locale } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { publicOrigin } from "~/utils/public-url.server";
import { sharedCached } from "~/utils/shared-cache.server";
import { langParamOf, seoMeta } from "~/utils/seo";
import { useTranslator } from "~/utils/use-translator";

/** Two rows of the phone's two-column grid per section; each section links to the rest. */
const HOME_GRID_SIZE = 4;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? seoMeta(data.seo) : []);

export async function loader({ request }: LoaderFunctionArgs) {
  const { t, locale } = await getTranslator(request);
  const home = await sharedCached(`home|${locale}`, () => homeSections(locale));
  return {
    ...home,
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

async function homeSections(locale: Locale) {
  const [families, collections, sectors, regions, inSeason] = await Promise.all([
    listFeaturedProducers(locale, 3),
    homeCollections(locale, { take: HOME_GRID_SIZE }),
    listSectorsWithCategories(locale),
    regionsWithProducerCounts(locale),
    latestProductCards(locale, { take: HOME_GRID_SIZE, inSeasonOnly: true }),
  ]);
  return {
    // the first family's portrait is the only picture on the first screen (FeaturedFamilies loads it eagerly)
    families: placeholdersForFirst(families, 1),
    collections,
    sectors: sectors.map((s) => ({ slug: s.slug, name: s.name, categoryCount: s.categories.length })),
    regions,
    regionsWithProducers: regions.filter((r) => r.producerCount > 0),
    inSeason,
  };
}

/**
 * Families and places first, then what is in season (with a link to what is new), the collections
 * and the sectors. One grid of the newest products too was 0.6 KB of every home page, gzipped, for
 * cards the in-season grid mostly shows already.
 */
export default function HomePage() {
  const { families, collections, sectors, regions, regionsWithProducers, inSeason } = useLoaderData<typeof loader>();
  const { t } = useTranslator();
  return (
    <>
      <section className="hero">
        <div className="container hero__inner">
          <h1>{t("home.title")}</h1>
          <p className="lead">{t("home.lead")}</p>
          <p className="hero__actions">
            <Link to="/products" className="button">
              {t("home.browse")}
            </Link>
            <Link to="/producers" className="button button--ghost">
              {t("home.allProducers")}
            </Link>
          </p>
        </div>
      </section>
      <div className="container home">
        <section aria-labelledby="home-families" className="home__section">
          <h2 id="home-families">{t("home.families")}</h2>
          <p className="home__lead">{t("home.familiesLead")}</p>
          <FeaturedFamilies families={families} />
        </section>
        <section aria-labelledby="home-places" className="home__section home__places">
          <div>
            <h2 id="home-places">{t("home.places")}</h2>
            <p className="home__lead">{t("home.placesLead")}</p>
            <RegionMap regions={regions} label={t("home.mapLabel")} />
          </div>
          <RegionCards regions={regionsWithProducers} />
        </section>
        {inSeason.length > 0 ? (
          <section aria-labelledby="home-season" className="home__section">
            <h2 id="home-season">{t("home.inSeason")}</h2>
            <p className="home__lead">{t("home.seasonLead")}</p>
            <ProductGrid products={inSeason} />
            <p>
              <Link to="/products?inSeason=1">{t("common.showAll")}</Link> · <Link to="/products?sort=new">{t("home.newArrivals")}</Link>
            </p>
          </section>
        ) : null}
        {collections.map((collection) => (
          <section key={collection.slug} aria-labelledby={`collection-${collection.slug}`} className="home__section">
            <h2 id={`collection-${collection.slug}`}>{collection.title}</h2>
            <ProductGrid products={collection.products} />
            <p>
              <Link to={`/collections/${collection.slug}`}>{t("common.showAll")}</Link>
            </p>
          </section>
        ))}
        <section aria-labelledby="home-sectors" className="home__section">
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
      </div>
    </>
  );
}
