import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Picture } from "~/components/picture";
import { ProductGrid } from "~/components/product-card";
import { FamilyHero } from "~/components/producer/family-hero";
import { RegionIntro } from "~/components/region-intro";
import { pictureData } from "~/models/images/pictures";
import { getProducerPage } from "~/models/producers/producers.server";
import { notFound } from "~/utils/http.server";
import { getTranslator } from "~/utils/locale.server";
import { publicOrigin } from "~/utils/public-url.server";
import { sharedCached } from "~/utils/shared-cache.server";
import { langParamOf, seoMeta } from "~/utils/seo";
import { useTranslator } from "~/utils/use-translator";

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? seoMeta(data.seo) : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { t, locale } = await getTranslator(request);
  const slug = params.slug ?? "";
  const producer = await sharedCached(`producer|${locale}|${slug}`, () => getProducerPage(slug, locale));
  if (!producer) notFound();
  return {
    producer,
    seo: {
      title: `${producer.name} · ${producer.region.name} · ${t("app.name")}`,
      description: producer.story || producer.name,
      origin: publicOrigin(),
      langParam: langParamOf(request),
      path: `/producers/${producer.slug}`,
      locale,
      image: producer.images[0] ? pictureData(producer.images[0]).fallback : null,
      type: "profile" as const,
    },
  };
}

export default function ProducerPage() {
  const { producer } = useLoaderData<typeof loader>();
  const { t } = useTranslator();
  const [portrait, ...photos] = producer.images;
  const paragraphs = producer.story.split(/\n+/).filter((line) => line.trim());
  return (
    <article className="producer-page">
      <FamilyHero producer={producer} portrait={portrait ?? null} />
      <div className="container producer-page__body">
        <div className="producer-page__about">
          <section aria-labelledby="producer-story" className="producer-story">
            <h2 id="producer-story">{t("producer.story")}</h2>
            {paragraphs.map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
            {photos.length > 0 ? (
              <ul className="producer-story__photos">
                {photos.map((photo, index) => (
                  <li key={index}>
                    <Picture image={photo} sizes="(min-width: 900px) 200px, 45vw" />
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
          <RegionIntro region={producer.region} variant="section" headingId="producer-region" kicker={t("producer.place")} />
        </div>
        {producer.goods.length > 0 ? (
          <section aria-labelledby="producer-goods" className="producer-page__listings">
            <h2 id="producer-goods">{t("producer.goods")}</h2>
            <ProductGrid products={producer.goods} />
          </section>
        ) : null}
        {producer.bookable.length > 0 ? (
          <section aria-labelledby="producer-bookable" className="producer-page__listings">
            <h2 id="producer-bookable">{t("producer.bookable")}</h2>
            <ProductGrid products={producer.bookable} />
          </section>
        ) : null}
        {producer.goods.length + producer.bookable.length === 0 ? <p>{t("common.none")}</p> : null}
        {producer.listingCount > producer.goods.length + producer.bookable.length ? (
          <p>
            <Link to={`/products?producer=${producer.slug}`}>{t("producer.allListings", { count: producer.listingCount })}</Link>
          </p>
        ) : null}
      </div>
    </article>
  );
}
