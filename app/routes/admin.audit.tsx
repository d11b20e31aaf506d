import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Pagination } from "~/components/pagination";
import type { MessageKey } from "~/locales/types";
import { parseAuditFilters } from "~/models/admin/audit-filters";
import { auditFilterOptions, listAuditEntries } from "~/models/admin/audit.server";
import { requireStaff } from "~/utils/auth.server";
import { useTranslator } from "~/utils/use-translator";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  const filters = parseAuditFilters(new URL(request.url).searchParams);
  const [result, options] = await Promise.all([listAuditEntries(filters), auditFilterOptions()]);
  return { filters, options, ...result };
}

/** Where a record can be looked at in the staff area, if anywhere. */
function entityLink(entityType: string, entityId: string) {
  if (entityType === "Producer") return `/admin/producers/${entityId}`;
  if (entityType === "Collection") return `/admin/collections/${entityId}`;
  return null;
}

function parse(json: string): Record<string, unknown> | null {
  if (!json) return null;
  try {
    const value = JSON.parse(json);
    return value && typeof value === "object" ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const show = (value: unknown) => (value === null || value === undefined || value === "" ? "—" : typeof value === "string" ? value : JSON.stringify(value));

/** The changed fields, before → after. */
function Change({ before, after }: { before: string; after: string }) {
  const b = parse(before);
  const a = parse(after);
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  if (keys.length === 0) return null;
  return (
    <dl className="audit-change">
      {keys.map((key) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>
            {b && key in b ? (
              <>
                <del>{show(b[key])}</del> →{" "}
              </>
            ) : null}
            <ins>{a && key in a ? show(a[key]) : "—"}</ins>
          </dd>
        </div>
      ))}
    </dl>
  );
}

export default function AdminAudit() {
  const { filters, options, entries, total, page, pageCount } = useLoaderData<typeof loader>();
  const { t, plural, dateTime } = useTranslator();
  const actionLabel = (action: string) => {
    const key = `admin.audit.action.${action}` as MessageKey;
    const label = t(key);
    return label === key ? action : label;
  };
  return (
    <section className="admin-page" aria-labelledby="audit-title">
      <h1 id="audit-title">{t("admin.audit.title")}</h1>
      <p className="muted">{t("admin.audit.lead")}</p>
      <Form method="get" className="filters filters--inline" aria-label={t("admin.filters.label")}>
        <div className="field">
          <label htmlFor="audit-actor">{t("admin.audit.actor")}</label>
          <select id="audit-actor" name="actor" defaultValue={filters.actor ?? ""}>
            <option value="">{t("admin.filters.any")}</option>
            {options.actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-action">{t("admin.audit.action")}</label>
          <select id="audit-action" name="action" defaultValue={filters.action ?? ""}>
            <option value="">{t("admin.filters.any")}</option>
            {options.actions.map((a) => (
              <option key={a} value={a}>
                {actionLabel(a)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-entity">{t("admin.audit.entityType")}</label>
          <select id="audit-entity" name="entityType" defaultValue={filters.entityType ?? ""}>
            <option value="">{t("admin.filters.any")}</option>
            {options.entityTypes.map((e) => (
              <option key={e} value={e}>
                {e}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-from">{t("admin.audit.from")}</label>
          <input id="audit-from" type="date" name="from" defaultValue={filters.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="audit-to">{t("admin.audit.to")}</label>
          <input id="audit-to" type="date" name="to" defaultValue={filters.to ?? ""} />
        </div>
        {filters.entityId ? <input type="hidden" name="entityId" value={filters.entityId} /> : null}
        <div className="filters__actions">
          <button type="submit" className="button">
            {t("admin.filters.apply")}
          </button>
          <Link to="/admin/audit">{t("admin.filters.reset")}</Link>
        </div>
      </Form>
      <p role="status">{plural("admin.audit.count", total)}</p>
      {entries.length === 0 ? (
        <p className="muted">{t("admin.audit.none")}</p>
      ) : (
        <div className="admin-table-wrap" tabIndex={0} role="region" aria-labelledby="audit-title">
          <table className="admin-table audit-table stack-table">
            <thead>
              <tr>
                <th scope="col">{t("admin.audit.when")}</th>
                <th scope="col">{t("admin.audit.actor")}</th>
                <th scope="col">{t("admin.audit.action")}</th>
                <th scope="col">{t("admin.audit.record")}</th>
                <th scope="col">{t("admin.audit.change")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => {
                const link = entityLink(entry.entityType, entry.entityId);
                return (
                  <tr key={entry.id}>
                    <th scope="row">
                      <time dateTime={entry.createdAt}>{dateTime(entry.createdAt)}</time>
                    </th>
                    <td data-label={t("admin.audit.actor")}>
                      {entry.actor.name}
                      <br />
                      <span className="muted">{entry.actor.email}</span>
                    </td>
                    <td data-label={t("admin.audit.action")}>{actionLabel(entry.action)}</td>
                    <td data-label={t("admin.audit.record")}>
                      {entry.entityType}
                      <br />
                      {link ? <Link to={link}>{entry.entityId}</Link> : <span className="muted">{entry.entityId}</span>}{" "}
                      <Link to={`/admin/audit?entityId=${encodeURIComponent(entry.entityId)}`} className="audit-history">
                        {t("admin.audit.history")}
                        <span className="visually-hidden">
                          {" "}
                          {entry.entityType} {entry.entityId}
                        </span>
                      </Link>
                    </td>
                    <td data-label={t("admin.audit.change")}>
                      <Change before={entry.before} after={entry.after} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} pageCount={pageCount} />
    </section>
  );
}
