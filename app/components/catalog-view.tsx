import type { ReactNode } from "react";
import { Form, Link, useLocation } from "@remix-run/react";
import { LISTING_KINDS } from "~/models/bookings/listing-kind";
import { MAX_NIGHTS } from "~/models/bookings/stay-dates";
import { MAX_PEOPLE, type CatalogFilters, type Sort } from "~/models/catalog/catalog-filters";
import type { ProductPage } from "~/models/catalog/products.server";
import type { RegionIntro as RegionIntroData } from "~/models/catalog/taxonomy.server";
import { useTranslator } from "~/utils/use-translator";
import { Disclosure, LineIcon } from "./disclosure";
import { FilterSelect } from "./forms";
import { Pagination } from "./pagination";
import { ProductGrid } from "./product-card";
import { RegionIntro } from "./region-intro";

type Sector = { slug: string; name: string; categories: { slug: string; name: string }[] };
type Region = { slug: string; name: string };

/** The filters that narrow the catalogue besides its search words, in the order their "loosen" links are offered. */
const NARROWING_FILTERS = ["category", "sector", "region", "producer", "min", "max", "inSeason", "inStock", "kind", "date", "people", "nights"] as const;

type Focus =
  | { kind: "region"; region: RegionIntroData }
  | { kind: "producer"; name: string; slug: string }
  | { kind: "category"; name: string; within: string }
  | { kind: "sector"; name: string }
  | null;

export type CatalogViewProps = {
  action: "/products" | "/search";
  filters: CatalogFilters;
  sort: Sort;
  result: ProductPage;
  sectors: Sector[];
  regions: Region[];
  focus: Focus;
};

const SORT_OPTIONS: Sort[] = ["relevance", "new", "popular", "price-asc", "price-desc"];
const azn = (q: number | undefined) => (q === undefined ? "" : String(q / 100));

function FilterForm({ action, filters, sort, sectors, regions }: Omit<CatalogViewProps, "result" | "focus">) {
  const { t } = useTranslator();
  return (
    <Form method="get" action={action} className="filters" aria-label={t("catalog.filters")}>
      {filters.producer ? <input type="hidden" name="producer" value={filters.producer} /> : null}
      <div className="field">
        <label htmlFor="filter-q">{t("search.label")}</label>
        <input id="filter-q" type="search" name="q" defaultValue={filters.q ?? ""} maxLength={200} />
      </div>
      <FilterSelect id="filter-sector" name="sector" label={t("common.sector")} anyLabel={t("catalog.any")} value={filters.sector} options={sectors} />
      <div className="field">
        <label htmlFor="filter-category">{t("common.category")}</label>
        <select id="filter-category" name="category" defaultValue={filters.category ?? ""}>
          <option value="">{t("catalog.any")}</option>
          {sectors.map((s) => (
            <optgroup key={s.slug} label={s.name}>
              {s.categories.map((c) => (
                <option key={c.slug} value={c.slug}>
                  {c.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <FilterSelect id="filter-region" name="region" label={t("common.region")} anyLabel={t("catalog.any")} value={filters.region} options={regions} />
      <fieldset className="field price-range">
        <legend>{t("catalog.priceRange")}</legend>
        <label htmlFor="filter-min">{t("catalog.min")}</label>
        <input id="filter-min" name="min" inputMode="decimal" defaultValue={azn(filters.min)} size={6} />
        <label htmlFor="filter-max">{t("catalog.max")}</label>
        <input id="filter-max" name="max" inputMode="decimal" defaultValue={azn(filters.max)} size={6} />
      </fieldset>
      <fieldset className="field plan-filters">
        <legend>{t("catalog.plan")}</legend>
        <p className="field__hint" id="plan-hint">
          {t("catalog.planHint")}
        </p>
        <label htmlFor="filter-kind">{t("catalog.kind")}</label>
        <select id="filter-kind" name="kind" defaultValue={filters.kind ?? ""}>
          <option value="">{t("catalog.any")}</option>
          {LISTING_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`catalog.kind.${k}`)}
            </option>
          ))}
        </select>
        <label htmlFor="filter-date">{t("catalog.date")}</label>
        <input id="filter-date" type="date" name="date" defaultValue={filters.date ?? ""} aria-describedby="plan-hint" />
        <label htmlFor="filter-people">{t("catalog.people")}</label>
        <input id="filter-people" type="number" name="people" min={1} max={MAX_PEOPLE} inputMode="numeric" defaultValue={filters.people ?? ""} />
        <label htmlFor="filter-nights">{t("catalog.nights")}</label>
        <input id="filter-nights" type="number" name="nights" min={1} max={MAX_NIGHTS} inputMode="numeric" defaultValue={filters.nights ?? ""} />
      </fieldset>
      <div className="checks">
        <label>
          <input type="checkbox" name="inSeason" value="1" defaultChecked={filters.inSeason} /> {t("catalog.inSeason")}
        </label>
        <label>
          <input type="checkbox" name="inStock" value="1" defaultChecked={filters.inStock} /> {t("catalog.inStock")}
        </label>
      </div>
      <div className="field">
        <label htmlFor="filter-sort">{t("catalog.sort")}</label>
        <select id="filter-sort" name="sort" defaultValue={sort}>
          {SORT_OPTIONS.filter((s) => s !== "relevance" || filters.q).map((s) => (
            <option key={s} value={s}>
              {t(`catalog.sort.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__actions">
        <button type="submit">{t("catalog.apply")}</button>
        <Link to={action}>{t("catalog.reset")}</Link>
      </div>
    </Form>
  );
}

/** The results came through corrected typos: say what was read, as a link to that search. */
function DidYouMean({ action, corrected }: { action: string; corrected: string }) {
  const { t } = useTranslator();
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  params.set("q", corrected);
  params.delete("page");
  return (
    <p className="did-you-mean">
      {t("search.didYouMean")}: <Link to={`${action}?${params}`}>{corrected}</Link>
    </p>
  );
}

/**
 * Phones: the filters fold behind one "Filter · Sort" button (details/summary, so no JS), so the
 * first products are on the first screen. Wide screens always show them beside the results.
 */
function FilterToggle({ filters, children }: { filters: CatalogFilters; children: ReactNode }) {
  const { t } = useTranslator();
  const active = NARROWING_FILTERS.filter((key) => filters[key] !== undefined && filters[key] !== false).length;
  return (
    <Disclosure
      className="filter-toggle"
      summary={
        <>
          <LineIcon path="M1 3h14M4 8h8M6.5 13h3" size={16} />
          {t("catalog.filterSort")}
          {active > 0 ? <span className="filter-toggle__count">{active}</span> : null}
        </>
      }
    >
      {children}
    </Disclosure>
  );
}

/** Links that each drop one active filter, offered when nothing matches. */
function LoosenSuggestions({ action, filters }: { action: string; filters: CatalogFilters }) {
  const { t } = useTranslator();
  const location = useLocation();
  const active = ([...NARROWING_FILTERS, "q"] as const).filter((key) => filters[key] !== undefined && filters[key] !== false);
  if (active.length === 0) return null;
  return (
    <ul className="loosen">
      {active.map((key) => {
        const params = new URLSearchParams(location.search);
        params.delete(key);
        params.delete("page");
        return (
          <li key={key}>
            <Link to={`${action}?${params}`}>{t(`catalog.loosen.${key}`)}</Link>
          </li>
        );
      })}
    </ul>
  );
}

/** The page's heading: the search's words, or what the catalogue is narrowed to (a region with its landscape). */
function CatalogHeading({ filters, focus }: { filters: CatalogFilters; focus: Focus }) {
  const { t } = useTranslator();
  if (filters.q) return <h1>{t("search.resultsFor", { q: filters.q })}</h1>;
  if (focus?.kind === "region") return <RegionIntro region={focus.region} variant="page" headingId="catalog-heading" />;
  if (focus?.kind === "producer") {
    return (
      <header className="catalog-heading">
        <p className="kicker">
          <Link to={`/producers/${focus.slug}`}>{t("catalog.familyPage")}</Link>
        </p>
        <h1>{focus.name}</h1>
      </header>
    );
  }
  if (focus) {
    return (
      <header className="catalog-heading">
        <p className="kicker">{focus.kind === "category" ? focus.within : t("catalog.title")}</p>
        <h1>{focus.name}</h1>
      </header>
    );
  }
  return <h1>{t("catalog.title")}</h1>;
}

export function CatalogView({ focus, ...props }: CatalogViewProps) {
  const { t, plural } = useTranslator();
  const { filters, result, action } = props;
  return (
    <div className="container catalog">
      <CatalogHeading filters={filters} focus={focus} />
      <div className="catalog__layout">
        <FilterToggle filters={filters}>
          <FilterForm {...props} />
        </FilterToggle>
        <section aria-labelledby="results-count" className="catalog__results">
          <p id="results-count" role="status">
            {result.capped ? t("catalog.countCapped", { count: result.total }) : plural("catalog.count", result.total)}
          </p>
          {result.corrected && result.total > 0 ? <DidYouMean action={action} corrected={result.corrected} /> : null}
          {result.total === 0 ? (
            <div className="empty-state">
              <p>{t("catalog.empty")}</p>
              <LoosenSuggestions action={action} filters={filters} />
            </div>
          ) : (
            <>
              <ProductGrid products={result.items} eagerCount={2} headingLevel={2} />
              <Pagination page={result.page} pageCount={result.pageCount} />
            </>
          )}
        </section>
      </div>
    </div>
  );
}
