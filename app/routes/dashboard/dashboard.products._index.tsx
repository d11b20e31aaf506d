import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Picture } from "~/components/picture";
import { archiveListing, isListingStatus, listProducerListings, restoreListing } from "~/models/listings/listings.server";
import { LISTING_STATUSES } from "~/models/listings/listing-status";
import { requireActiveProducerMember } from "~/utils/dashboard.server";
import { found } from "~/utils/http.server";
import { getLocale } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";
import { MissingTranslations, StatusBadge } from "~/routes/dashboard/components/listing-badges";
import { unitKey } from "~/utils/units";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireActiveProducerMember(request);
  const status = new URL(request.url).searchParams.get("status");
  const listings = await listProducerListings(user.producerId, await getLocale(request), {
    status: isListingStatus(status) ? status : undefined,
  });
  return { ...listings, status: isListingStatus(status) ? status : null };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireActiveProducerMember(request);
  const form = await request.formData();
  const intent = form.get("intent");
  const id = form.get("id");
  if (typeof id !== "string" || (intent !== "archive" && intent !== "restore")) {
    return data({ ok: false, message: "form.invalid" } as const, { status: 400 });
  }
  const result = found(intent === "archive" ? await archiveListing(user.producerId, id) : await restoreListing(user.producerId, id));
  if (!result.ok) return data({ ok: false as const, message: result.error }, { status: 400 });
  return { ok: true, message: intent === "archive" ? "dashboard.products.archived" : "dashboard.products.restored" } as const;
}

export default function DashboardProducts() {
  const { items, counts, status } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t, money, plural } = useTranslator();
  const total = Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
  const lang = params.get("lang");
  const filterHref = (s: string | null) => {
    const next = new URLSearchParams();
    if (s) next.set("status", s);
    if (lang) next.set("lang", lang);
    const query = next.toString();
    return `/dashboard/products${query ? `?${query}` : ""}`;
  };
  return (
    <section className="stack">
      <div className="dashboard__heading">
        <h1>{t("dashboard.products.title")}</h1>
        <div className="dashboard__actions">
          <Link to="/dashboard/products/new" className="button">
            {t("dashboard.products.new")}
          </Link>
          <Link to="/dashboard/products/import" className="button button--secondary">
            {t("dashboard.products.import")}
          </Link>
          <a href="/dashboard/products/export.csv" className="button button--secondary" download>
            {t("dashboard.products.export")}
          </a>
        </div>
      </div>
      {actionData ? (
        <p className={`notice${actionData.ok ? "" : " notice--error"}`} role={actionData.ok ? "status" : "alert"}>
          {t(actionData.message)}
        </p>
      ) : null}
      <nav aria-label={t("dashboard.products.filter")} className="dashboard-filter">
        <ul>
          <li>
            <Link to={filterHref(null)} aria-current={status === null ? "page" : undefined}>
              {t("dashboard.products.all")} ({total})
            </Link>
          </li>
          {LISTING_STATUSES.map((s) => (
            <li key={s}>
              <Link to={filterHref(s)} aria-current={status === s ? "page" : undefined}>
                {t(`dashboard.status.${s}`)} ({counts[s] ?? 0})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {items.length === 0 ? (
        <p className="empty-state">{t("dashboard.products.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="dashboard-table stack-table">
            <caption className="visually-hidden">{t("dashboard.products.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("dashboard.products.photo")}</th>
                <th scope="col">{t("dashboard.products.name")}</th>
                <th scope="col">{t("common.status")}</th>
                <th scope="col">{t("dashboard.products.price")}</th>
                <th scope="col">{t(items.every((item) => item.kind === "GOOD") ? "dashboard.products.stock" : "dashboard.products.availability")}</th>
                <th scope="col">{t("common.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <td data-label={t("dashboard.products.photo")} className="dashboard-table__thumb">
                    {item.image ? <Picture image={item.image} sizes="64px" alt="" /> : <span className="muted">{t("dashboard.products.noPhoto")}</span>}
                  </td>
                  <th scope="row">
                    <Link to={`/dashboard/products/${item.id}`}>{item.title}</Link>
                    <div className="dashboard-table__meta">
                      <span className="muted">{t(`dashboard.kind.${item.kind}`)}</span> <MissingTranslations missing={item.missing} />
                    </div>
                  </th>
                  <td data-label={t("common.status")}>
                    <StatusBadge status={item.status} />
                    {item.pendingRevision ? <span className="badge badge--pending">{t("dashboard.revision.badge")}</span> : null}
                    {item.status === "REJECTED" && item.reviewNote ? (
                      <p className="dashboard-table__reason">{t("dashboard.products.rejectedReason", { reason: item.reviewNote })}</p>
                    ) : null}
                  </td>
                  <td data-label={t("dashboard.products.price")}>
                    {money(item.priceQ)} / {t(unitKey(item.unit))}
                  </td>
                  {item.kind === "EXPERIENCE" ? (
                    <td data-label={t("dashboard.products.places")}>
                      {plural("dashboard.products.placesLeft", item.placesLeft)} · {plural("dashboard.products.openDates", item.openDates)}
                    </td>
                  ) : item.kind === "STAY" ? (
                    <td data-label={t("dashboard.products.nights")}>
                      {t("dashboard.products.sleeps", { people: plural("booking.people", item.maxGuests) })} ·{" "}
                      {plural("dashboard.products.nightsBooked", item.bookedNights)}
                    </td>
                  ) : (
                    <td data-label={t("dashboard.products.stock")}>
                      {item.variantCount > 0 ? plural("dashboard.products.variants", item.variantCount) : item.stock}
                    </td>
                  )}
                  <td data-label={t("common.actions")}>
                    <div className="dashboard-table__actions">
                      <Link to={`/dashboard/products/${item.id}`}>
                        {t("dashboard.products.edit")}
                        <span className="visually-hidden">: {item.title}</span>
                      </Link>
                      <Link to={`/dashboard/products/${item.id}/photos`}>
                        {t("dashboard.products.photos")}
                        <span className="visually-hidden">: {item.title}</span>
                      </Link>
                      {item.kind === "EXPERIENCE" ? (
                        <Link to={`/dashboard/products/${item.id}/slots`}>
                          {t("dashboard.products.slots")}
                          <span className="visually-hidden">: {item.title}</span>
                        </Link>
                      ) : null}
                      <Form method="post">
                        <input type="hidden" name="id" value={item.id} />
                        {item.status === "ARCHIVED" ? (
                          <button type="submit" name="intent" value="restore" className="link-button">
                            {t("dashboard.products.restore")}
                            <span className="visually-hidden">: {item.title}</span>
                          </button>
                        ) : (
                          <button type="submit" name="intent" value="archive" className="link-button">
                            {t("dashboard.products.archive")}
                            <span className="visually-hidden">: {item.title}</span>
                          </button>
                        )}
                      </Form>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
