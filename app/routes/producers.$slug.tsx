import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Picture } from "~/components/picture";
import { ProductGrid } from "~/components/product-card";
import { getProducerPage } from "~/models/producers/producers.server";
import { notFound } from "~/utils/http.server";
import { getTranslator } from "~/utils/locale.server";
import { publicOrigin } from "~/utils/public-url.server";
import { langParamOf, seoMeta } from "~/utils/seo";
import { useTranslator } from "~/utils/use-translator";

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? seoMeta(data.seo) : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { t, locale } = await getTranslator(request);
  const producer = await getProducerPage(params.slug ?? "", locale);
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
      image: producer.images[0]?.fallback ?? null,
      type: "profile" as const,
    },
  };
}

export default function ProducerPage() {
  const { producer } = useLoaderData<typeof loader>();
  const { t, date } = useTranslator();
  return (
    <article className="container producer-page">
      <header className="producer-page__header">
        {producer.images[0] ? (
          <Picture image={producer.images[0]} sizes="(min-width: 900px) 420px, 92vw" eager className="producer-page__photo" />
        ) : null}
        <div className="stack">
          <h1>
            {producer.name} {producer.verified ? <span className="badge">{t("common.verified")}</span> : null}
          </h1>
          <p className="muted">
            <Link to={`/producers?region=${producer.region.slug}`}>{producer.region.name}</Link>
            {producer.district ? `, ${producer.district}` : ""} ·{" "}
            {producer.sectors.map((s, i) => (
              <span key={s.slug}>
                {i > 0 ? ", " : ""}
                <Link to={`/products?sector=${s.slug}`}>{s.name}</Link>
              </span>
            ))}
          </p>
          <p>{producer.story}</p>
          <ul className="facts-list">
            {producer.offersDelivery ? <li>{t("producer.delivers")}</li> : null}
            {producer.offersPickup ? <li>{t("producer.pickup", { address: producer.pickupAddress })}</li> : null}
            {producer.memberSince ? <li>{t("producer.memberSince", { date: date(producer.memberSince) })}</li> : null}
          </ul>
        </div>
      </header>
      <section aria-labelledby="producer-products">
        <h2 id="producer-products">{t("producer.products")}</h2>
        {producer.products.length > 0 ? <ProductGrid products={producer.products} /> : <p>{t("common.none")}</p>}
      </section>
    </article>
  );
}
