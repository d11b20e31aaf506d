import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation } from "@remix-run/react";
import { ALLERGENS, PRODUCT_MATERIALS } from "~/models/catalog/product-facts";
import {
  importListingCsv,
  LISTING_CSV_COLUMNS,
  MAX_CSV_BYTES,
  previewListingCsv,
  type CsvFileError,
  type CsvPreview,
} from "~/models/listings/listing-csv.server";
import { readUploadForm, requireActiveProducerMember } from "~/utils/dashboard.server";
import { found } from "~/utils/http.server";
import { useTranslator } from "~/utils/use-translator";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireActiveProducerMember(request);
  return { columns: LISTING_CSV_COLUMNS };
}

type ImportReply =
  | { stage: "preview"; preview: CsvPreview; csv: string }
  | { stage: "done"; created: number; updated: number; unchanged: number }
  | { stage: "error"; error: CsvFileError | { code: "dashboard.csv.chooseFile" } };

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireActiveProducerMember(request);
  const upload = await readUploadForm(request);
  if (!upload.ok) return data<ImportReply>({ stage: "error", error: { code: "dashboard.csv.tooLarge" } }, { status: 413 });
  const form = upload.form;
  let csv = "";
  const file = form.get("file");
  if (file && typeof file !== "string" && file.size > 0) {
    if (file.size > MAX_CSV_BYTES) return data<ImportReply>({ stage: "error", error: { code: "dashboard.csv.tooLarge" } }, { status: 413 });
    csv = await file.text();
  } else {
    csv = String(form.get("csv") ?? "");
  }
  if (!csv.trim()) return data<ImportReply>({ stage: "error", error: { code: "dashboard.csv.chooseFile" } }, { status: 400 });
  if (form.get("intent") === "import") {
    const result = found(await importListingCsv(user.producerId, csv));
    if (!result.ok) {
      return result.preview.ok
        ? data<ImportReply>({ stage: "preview", preview: result.preview, csv }, { status: 400 })
        : data<ImportReply>({ stage: "error", error: result.preview.error }, { status: 400 });
    }
    return data<ImportReply>({ stage: "done", created: result.created, updated: result.updated, unchanged: result.unchanged });
  }
  const preview = await previewListingCsv(user.producerId, csv);
  if (!preview.ok) return data<ImportReply>({ stage: "error", error: preview.error }, { status: 400 });
  return data<ImportReply>({ stage: "preview", preview, csv });
}

function FileError({ error }: { error: CsvFileError | { code: "dashboard.csv.chooseFile" } }) {
  const { t } = useTranslator();
  const vars: Record<string, string | number> = {};
  if (error.code === "dashboard.csv.syntax") vars.line = error.line;
  if (error.code === "dashboard.csv.tooManyRows") vars.max = error.max;
  return (
    <div className="notice notice--error" role="alert">
      <p>{t(error.code, vars)}</p>
      {error.code === "dashboard.csv.header" ? (
        <>
          {error.missing.length ? <p>{t("dashboard.csv.missingColumns", { columns: error.missing.join(", ") })}</p> : null}
          {error.unknown.length ? <p>{t("dashboard.csv.unknownColumns", { columns: error.unknown.join(", ") })}</p> : null}
        </>
      ) : null}
    </div>
  );
}

export default function ImportListings() {
  const reply = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t, money } = useTranslator();
  const busy = navigation.state === "submitting";
  const preview = reply?.stage === "preview" && reply.preview.ok ? reply.preview : null;
  return (
    <section className="stack">
      <p>
        <Link to="/dashboard/products">← {t("dashboard.products.title")}</Link>
      </p>
      <h1>{t("dashboard.csv.title")}</h1>
      <p>{t("dashboard.csv.lead")}</p>
      <p>
        <a href="/dashboard/products/export.csv" download>
          {t("dashboard.csv.downloadCurrent")}
        </a>
      </p>
      {reply?.stage === "error" ? <FileError error={reply.error} /> : null}
      {reply?.stage === "done" ? (
        <p className="notice" role="status">
          {t("dashboard.csv.done", { created: reply.created, updated: reply.updated, unchanged: reply.unchanged })}
        </p>
      ) : null}
      <Form method="post" encType="multipart/form-data" className="card stack">
        <div className="field">
          <label htmlFor="csv-file">{t("dashboard.csv.file")}</label>
          <p className="field__hint" id="csv-file-hint">
            {t("dashboard.csv.fileHint")}
          </p>
          <p className="field__hint" id="csv-facts-hint">
            {t("dashboard.csv.factsHint", { materials: PRODUCT_MATERIALS.join(", "), allergens: ALLERGENS.join(", ") })}
          </p>
          <input id="csv-file" name="file" type="file" accept=".csv,text/csv" required aria-describedby="csv-file-hint csv-facts-hint" />
        </div>
        <button type="submit" name="intent" value="preview" className="button" disabled={busy}>
          {t("dashboard.csv.preview")}
        </button>
      </Form>

      {preview ? (
        <section aria-labelledby="csv-preview" className="stack">
          <h2 id="csv-preview">{t("dashboard.csv.previewTitle")}</h2>
          {preview.errorCount > 0 ? (
            <p className="notice notice--error" role="alert">
              {t("dashboard.csv.rowsWithErrors", { count: preview.errorCount })}
            </p>
          ) : (
            <p className="notice" role="status">
              {t("dashboard.csv.ready", { count: preview.rows.length })}
            </p>
          )}
          <div className="table-scroll">
            <table className="dashboard-table stack-table">
              <caption className="visually-hidden">{t("dashboard.csv.previewTitle")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("dashboard.csv.line")}</th>
                  <th scope="col">{t("dashboard.products.name")}</th>
                  <th scope="col">{t("dashboard.csv.action")}</th>
                  <th scope="col">{t("dashboard.listing.category")}</th>
                  <th scope="col" className="num">
                    {t("dashboard.products.price")}
                  </th>
                  <th scope="col" className="num">
                    {t("dashboard.products.stock")}
                  </th>
                  <th scope="col">{t("dashboard.csv.problems")}</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row) => (
                  <tr key={row.line} className={row.errors.length ? "row-error" : undefined}>
                    <td data-label={t("dashboard.csv.line")}>{row.line}</td>
                    <th scope="row">{row.title || "—"}</th>
                    <td data-label={t("dashboard.csv.action")}>{t(`dashboard.csv.action.${row.action}`)}</td>
                    <td data-label={t("dashboard.listing.category")}>{row.category}</td>
                    <td data-label={t("dashboard.products.price")} className="num">
                      {row.priceQ !== null ? money(row.priceQ) : "—"}
                    </td>
                    <td data-label={t("dashboard.products.stock")} className="num">
                      {row.stock ?? "—"}
                    </td>
                    <td data-label={t("dashboard.csv.problems")}>
                      {row.errors.length === 0 ? (
                        t("dashboard.csv.ok")
                      ) : (
                        <ul className="csv-errors">
                          {row.errors.map((e, i) => (
                            <li key={i}>
                              {e.column ? <code>{e.column}</code> : null} {t(e.message)}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {preview.errorCount === 0 && reply?.stage === "preview" ? (
            <Form method="post">
              <input type="hidden" name="csv" value={reply.csv} />
              <button type="submit" name="intent" value="import" className="button" disabled={busy}>
                {t("dashboard.csv.confirm", { count: preview.rows.length })}
              </button>
            </Form>
          ) : (
            <p>{t("dashboard.csv.fixAndRetry")}</p>
          )}
        </section>
      ) : null}
    </section>
  );
}
