import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { FilterSelect } from "~/components/forms";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Pagination } from "~/components/pagination";
import { Picture } from "~/components/picture";
import { listRegions, listSectorsWithCategories } from "~/models/catalog/taxonomy.server";
import { placeholdersForFirst } from "~/models/images/pictures";
import { listProducers, parseProducerFilters } from "~/models/producers/producers.server";
import { getTranslator } from "~/utils/locale.server";
import { publicOrigin } from "~/utils/public-url.server";
import { langParamOf, seoMeta } from "~/utils/seo";
import { useTranslator } from "~/utils/use-translator";

/** The first row of the grid, loaded eagerly. */
const EAGER_PRODUCERS = 2;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? seoMeta(data.seo) : []);

export async function loader({ request }: LoaderFunctionArgs) {
  const { t, locale } = await getTranslator(request);
  const filters = parseProducerFilters(new URL(request.url).searchParams);
  const [producers, regions, sectors] = await Promise.all([listProducers(filters, locale), listRegions(locale), listSectorsWithCategories(locale)]);
  return {
    filters,
    producers: { ...producers, items: placeholdersForFirst(producers.items, EAGER_PRODUCERS) },
    regions: regions.map((r) => ({ slug: r.slug, name: r.name })),
    sectors: sectors.map((s) => ({ slug: s.slug, name: s.name })),
    seo: {
      title: `${t("nav.producers")} · ${t("app.name")}`,
      description: t("producers.lead"),
      origin: publicOrigin(),
      langParam: langParamOf(request),
      path: "/producers",
      locale,
    },
  };
}

export default function ProducersPage() {
  const { filters, producers, regions, sectors } = useLoaderData<typeof loader>();
  const { t, plural } = useTranslator();
  return (
    <section className="container">
      <h1>{t("nav.producers")}</h1>
      <p className="lead">{t("producers.lead")}</p>
      <Form method="get" className="filters filters--inline" aria-label={t("catalog.filters")}>
        <FilterSelect id="producer-region" name="region" label={t("common.region")} anyLabel={t("catalog.any")} value={filters.region} options={regions} />
        <FilterSelect id="producer-sector" name="sector" label={t("common.sector")} anyLabel={t("catalog.any")} value={filters.sector} options={sectors} />
        <button type="submit">{t("catalog.apply")}</button>
      </Form>
      <p role="status">{plural("producers.count", producers.total)}</p>
      <ul className="producer-grid">
        {producers.items.map((producer, index) => (
          <li key={producer.slug} className="card producer-tile">
            {producer.image ? <Picture image={producer.image} sizes="(min-width: 640px) 280px, 90vw" alt="" eager={index < EAGER_PRODUCERS} /> : null}
            <h2>
              <Link to={`/producers/${producer.slug}`}>{producer.name}</Link>
            </h2>
            <p className="muted">
              {producer.region}
              {producer.district ? `, ${producer.district}` : ""} · {producer.sectors.join(", ")}
            </p>
            {producer.verified ? <span className="badge">{t("common.verified")}</span> : null}
          </li>
        ))}
      </ul>
      <Pagination page={producers.page} pageCount={producers.pageCount} />
    </section>
  );
}
