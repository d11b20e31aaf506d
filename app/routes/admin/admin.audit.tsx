import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Pagination } from "~/components/pagination";
import { parseAuditFilters } from "~/models/audit/audit-filters";
import { auditFilterOptions, auditRecordNames, listAuditEntries } from "~/models/audit/audit.server";
import { requireStaff } from "~/utils/auth.server";
import type { Translator } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  const filters = parseAuditFilters(new URL(request.url).searchParams);
  const [result, options, locale] = await Promise.all([listAuditEntries(filters), auditFilterOptions(), getLocale(request)]);
  const names = await auditRecordNames(result.entries, locale);
  return { filters, options, names, ...result };
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

type Names = Record<string, string>;

/** A translation when the key exists, else the raw text (actions added later still show). */
function label({ t, has }: Pick<Translator, "t" | "has">, key: string, fallback: string) {
  return has(key) ? t(key) : fallback;
}

/** A changed value as people say it: names instead of ids, translated states, local dates. */
function showValue(field: string, value: unknown, entityType: string, names: Names, tr: Translator): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return tr.t(value ? "common.yes" : "common.no");
  if (Array.isArray(value)) return value.map((v) => showValue(field, v, entityType, names, tr)).join(", ");
  if (typeof value === "string" && /Id$|Ids$/.test(field)) return names[value] ?? value;
  if (field === "status" && typeof value === "string") {
    const prefix = entityType === "Product" ? "admin.listingStatus" : entityType === "Producer" ? "admin.producerStatus" : "payouts.status";
    return label(tr, `${prefix}.${value}`, value);
  }
  if (field === "role" && typeof value === "string") return label(tr, `admin.role.${value}`, value);
  if (field === "totalQ" && typeof value === "number") return tr.money(value);
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value)) return tr.date(value);
  return typeof value === "string" ? value : typeof value === "number" ? tr.number(value) : JSON.stringify(value);
}

/** The changed fields, before → after. */
function Change({ before, after, entityType, names }: { before: string; after: string; entityType: string; names: Names }) {
  const tr = useTranslator();
  const b = parse(before);
  const a = parse(after);
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  if (keys.length === 0) return null;
  const show = (key: string, value: unknown) => showValue(key, value, entityType, names, tr);
  return (
    <dl className="audit-change">
      {keys.map((key) => (
        <div key={key}>
          <dt>{label(tr, `admin.audit.field.${key}`, label(tr, `admin.revision.field.${key}`, key))}</dt>
          <dd>
            {b && key in b ? (
              <>
                <del>{show(key, b[key])}</del> →{" "}
              </>
            ) : null}
            <ins>{a && key in a ? show(key, a[key]) : "—"}</ins>
          </dd>
        </div>
      ))}
    </dl>
  );
}

export default function AdminAudit() {
  const { filters, options, names, entries, total, page, pageCount } = useLoaderData<typeof loader>();
  const tr = useTranslator();
  const { t, plural, dateTime } = tr;
  const actionLabel = (action: string) => label(tr, `admin.audit.action.${action}`, action);
  const entityLabel = (entityType: string) => label(tr, `admin.audit.entity.${entityType}`, entityType);
  return (
    // Not named, so not a landmark: the table's scroll box is the region that carries the title (axe: landmark-unique).
    <section className="admin-page">
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
                {entityLabel(e)}
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
                const recordName = names[entry.entityId] ?? entry.entityId;
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
                      <span className="muted">{entityLabel(entry.entityType)}</span>
                      <br />
                      {link ? <Link to={link}>{recordName}</Link> : <span>{recordName}</span>}{" "}
                      <Link to={`/admin/audit?entityId=${encodeURIComponent(entry.entityId)}`} className="audit-history">
                        {t("admin.audit.history")}
                        <span className="visually-hidden">
                          {" "}
                          {entityLabel(entry.entityType)} {recordName}
                        </span>
                      </Link>
                    </td>
                    <td data-label={t("admin.audit.change")}>
                      <Change before={entry.before} after={entry.after} entityType={entry.entityType} names={names} />
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
