import type { LoaderFunctionArgs } from "@remix-run/node";
import { FilterSelect } from "~/components/forms";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { StatusBadge } from "~/routes/admin/components/admin-ui";
import { Pagination } from "~/components/pagination";
import { parseStaffProducerFilters } from "~/models/producers/producer-admin-schema";
import { listProducersForStaff, staffProducerFilterOptions } from "~/models/producers/producer-admin.server";
import { PRODUCER_STATUSES } from "~/models/producers/producer-status";
import { requireStaff } from "~/utils/auth.server";
import { getLocale } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaff(request);
  const locale = await getLocale(request);
  const filters = parseStaffProducerFilters(new URL(request.url).searchParams);
  const [result, options] = await Promise.all([listProducersForStaff(filters, user.id, locale), staffProducerFilterOptions(locale)]);
  return { filters, options, ...result };
}

export default function AdminProducers() {
  const { filters, options, items, total, page, pageCount } = useLoaderData<typeof loader>();
  const { t, plural, number } = useTranslator();
  return (
    // Not named, so not a landmark: the table's scroll box is the region that carries the title (axe: landmark-unique).
    <section className="admin-page">
      <h1 id="producers-title">{t("admin.producers.title")}</h1>
      <Form method="get" className="filters filters--inline" aria-label={t("admin.filters.label")}>
        <div className="field">
          <label htmlFor="filter-q">{t("admin.producers.name")}</label>
          <input id="filter-q" type="search" name="q" defaultValue={filters.q ?? ""} maxLength={100} />
        </div>
        <FilterSelect
          id="filter-region"
          name="region"
          label={t("common.region")}
          anyLabel={t("admin.filters.any")}
          value={filters.region}
          options={options.regions}
        />
        <FilterSelect
          id="filter-sector"
          name="sector"
          label={t("common.sector")}
          anyLabel={t("admin.filters.any")}
          value={filters.sector}
          options={options.sectors}
        />
        <div className="field">
          <label htmlFor="filter-status">{t("common.status")}</label>
          <select id="filter-status" name="status" defaultValue={filters.status ?? ""}>
            <option value="">{t("admin.filters.any")}</option>
            {PRODUCER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`admin.producerStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-mentor">{t("admin.producer.mentor")}</label>
          <select id="filter-mentor" name="mentor" defaultValue={filters.mentor ?? ""}>
            <option value="">{t("admin.filters.any")}</option>
            <option value="me">{t("admin.producers.mine")}</option>
            <option value="none">{t("admin.producer.noMentor")}</option>
            {options.mentors.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__actions">
          <button type="submit" className="button">
            {t("admin.filters.apply")}
          </button>
          <Link to="/admin/producers">{t("admin.filters.reset")}</Link>
        </div>
      </Form>
      <p role="status">{plural("admin.producers.count", total)}</p>
      {items.length === 0 ? (
        <p className="muted">{t("admin.producers.none")}</p>
      ) : (
        <div className="admin-table-wrap" tabIndex={0} role="region" aria-labelledby="producers-title">
          <table className="admin-table stack-table">
            <thead>
              <tr>
                <th scope="col">{t("admin.producers.name")}</th>
                <th scope="col">{t("common.region")}</th>
                <th scope="col">{t("common.sector")}</th>
                <th scope="col">{t("common.status")}</th>
                <th scope="col">{t("admin.producer.mentor")}</th>
                <th scope="col">{t("admin.producers.published")}</th>
                <th scope="col">{t("admin.producers.openTasks")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link to={`/admin/producers/${p.id}`}>{p.name}</Link>
                    {p.verified ? (
                      <>
                        {" "}
                        <span className="badge">{t("common.verified")}</span>
                      </>
                    ) : null}
                  </th>
                  <td data-label={t("common.region")}>{p.region}</td>
                  <td data-label={t("common.sector")}>{p.sectors.join(", ")}</td>
                  <td data-label={t("common.status")}>
                    <StatusBadge kind="producer" status={p.status} />
                  </td>
                  <td data-label={t("admin.producer.mentor")}>{p.mentor ?? <span className="muted">{t("admin.producer.noMentor")}</span>}</td>
                  <td data-label={t("admin.producers.published")}>{number(p.publishedListings)}</td>
                  <td data-label={t("admin.producers.openTasks")}>{number(p.openTasks)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} pageCount={pageCount} />
    </section>
  );
}
