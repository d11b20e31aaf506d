import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { createPayoutBatch, listPayoutBatches, markPayoutBatchPaid, previewPayoutBatch } from "~/models/payments/payouts.server";
import { requireRole } from "~/utils/auth.server";
import { getTranslator } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "ABAD Market" }];

const payoutActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("create"), totalQ: z.coerce.number().int().min(0), producers: z.coerce.number().int().min(0) }),
  z.object({ intent: z.literal("markPaid"), batchId: z.string().min(1).max(40) }),
]);

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ["ADMIN"]);
  const { t } = await getTranslator(request);
  const [preview, batches] = await Promise.all([previewPayoutBatch(), listPayoutBatches()]);
  return { preview, batches, title: `${t("payouts.title")} · ${t("nav.admin")}` };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireRole(request, ["ADMIN"]);
  const parsed = payoutActionSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ ok: false, message: "form.invalid" } as const, { status: 400 });
  const form = parsed.data;
  const result =
    form.intent === "create"
      ? await createPayoutBatch(admin.id, { totalQ: form.totalQ, producers: form.producers })
      : await markPayoutBatchPaid(form.batchId, admin.id);
  if (!result.ok) return data({ ok: false as const, message: result.error }, { status: 409 });
  return { ok: true, message: form.intent === "create" ? "payouts.created" : "payouts.markedPaid" } as const;
}

export default function AdminPayoutsPage() {
  const { preview, batches } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, money, date } = useTranslator();
  return (
    <section className="stack">
      <h1>{t("payouts.title")}</h1>
      {result ? (
        <p className={result.ok ? "notice" : "notice notice--error"} role="status">
          {t(result.message)}
        </p>
      ) : null}
      <section aria-labelledby="included-heading" className="card stack">
        <h2 id="included-heading">{t("payouts.included")}</h2>
        {preview.included.length === 0 ? (
          <p>{t("payouts.nothingToPay")}</p>
        ) : (
          <table className="stack-table">
            <thead>
              <tr>
                <th scope="col">{t("order.producer")}</th>
                <th scope="col">{t("payouts.owed")}</th>
                <th scope="col">{t("payouts.owing")}</th>
                <th scope="col">{t("payouts.toPay")}</th>
                <th scope="col">{t("payouts.kindColumn")}</th>
              </tr>
            </thead>
            <tbody>
              {preview.included.map((row) => (
                <tr key={row.producer.id}>
                  <td data-label={t("order.producer")}>
                    {row.producer.name}
                    {row.method === "BANK" ? (
                      <>
                        <br />
                        <span className="muted" translate="no">
                          {row.bankHolder} · {row.bankIban}
                        </span>
                      </>
                    ) : null}
                  </td>
                  <td data-label={t("payouts.owed")}>{money(row.payableQ)}</td>
                  <td data-label={t("payouts.owing")}>{money(row.receivableQ)}</td>
                  <td data-label={t("payouts.toPay")}>
                    <strong>{money(row.amountQ)}</strong>
                  </td>
                  <td data-label={t("payouts.kindColumn")}>{t(`payouts.method.${row.method}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {preview.included.length > 0 ? (
          <Form method="post" className="stack">
            <input type="hidden" name="totalQ" value={preview.totalQ} />
            <input type="hidden" name="producers" value={preview.included.length} />
            <p className="muted">{t("payouts.confirmNote")}</p>
            <button type="submit" name="intent" value="create">
              {t("payouts.confirm", { count: preview.included.length, total: money(preview.totalQ) })}
            </button>
          </Form>
        ) : null}
      </section>
      {preview.excluded.length > 0 ? (
        <section aria-labelledby="excluded-heading" className="card stack">
          <h2 id="excluded-heading">{t("payouts.excluded")}</h2>
          <table className="stack-table">
            <thead>
              <tr>
                <th scope="col">{t("order.producer")}</th>
                <th scope="col">{t("payouts.reason")}</th>
              </tr>
            </thead>
            <tbody>
              {preview.excluded.map((row) => (
                <tr key={row.producer.id}>
                  <td data-label={t("order.producer")}>{row.producer.name}</td>
                  <td data-label={t("payouts.reason")}>{t(`payouts.reason.${row.reason}`, { amount: money(row.netQ) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      <section aria-labelledby="batches-heading" className="stack">
        <h2 id="batches-heading">{t("payouts.batches")}</h2>
        <p className="muted">{t("payouts.csvNote")}</p>
        {batches.length === 0 ? (
          <p>{t("payouts.none")}</p>
        ) : (
          <table className="stack-table">
            <thead>
              <tr>
                <th scope="col">{t("payouts.created_at")}</th>
                <th scope="col">{t("payouts.producers")}</th>
                <th scope="col">{t("payouts.amount")}</th>
                <th scope="col">{t("common.status")}</th>
                <th scope="col">{t("common.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {batches.map((batch) => (
                <tr key={batch.id}>
                  <td data-label={t("payouts.created_at")}>{date(batch.createdAt)}</td>
                  <td data-label={t("payouts.producers")}>{batch.items.length}</td>
                  <td data-label={t("payouts.amount")}>{money(batch.totalQ)}</td>
                  <td data-label={t("common.status")}>
                    {t(`payouts.status.${batch.status}`)} · {t(`payouts.method.${batch.method}`)}
                  </td>
                  <td data-label={t("common.actions")} className="actions">
                    {batch.method !== "STRIPE" ? (
                      <a href={`/admin/payouts/${batch.id}.csv`} download>
                        {t("payouts.csv")}
                      </a>
                    ) : null}
                    {batch.status === "OPEN" && batch.method !== "STRIPE" ? (
                      <Form method="post">
                        <input type="hidden" name="batchId" value={batch.id} />
                        <button type="submit" name="intent" value="markPaid" className="button--small">
                          {t("payouts.markPaid")}
                        </button>
                      </Form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </section>
  );
}
