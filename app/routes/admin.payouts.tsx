import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import type { MessageKey } from "~/locales/types";
import { createPayoutBatch, listOwedBalances, listPayoutBatches, markPayoutBatchPaid } from "~/models/payments/payouts.server";
import { requireRole } from "~/utils/auth.server";
import { getTranslator } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "ABAD Market" }];

const payoutActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("create") }),
  z.object({ intent: z.literal("markPaid"), batchId: z.string().min(1).max(40) }),
]);

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ["ADMIN"]);
  const { t } = await getTranslator(request);
  const [owed, batches] = await Promise.all([listOwedBalances(), listPayoutBatches()]);
  return { owed, batches, title: `${t("payouts.title")} · ${t("nav.admin")}` };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireRole(request, ["ADMIN"]);
  const parsed = payoutActionSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ ok: false as const, message: "form.invalid" }, { status: 400 });
  const result = parsed.data.intent === "create" ? await createPayoutBatch(admin.id) : await markPayoutBatchPaid(parsed.data.batchId, admin.id);
  if (!result.ok) return data({ ok: false as const, message: result.error }, { status: 409 });
  return { ok: true as const, message: parsed.data.intent === "create" ? "payouts.created" : "payouts.markedPaid" };
}

export default function AdminPayoutsPage() {
  const { owed, batches } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, money, date } = useTranslator();
  return (
    <section className="stack">
      <h1>{t("payouts.title")}</h1>
      {result ? (
        <p className={result.ok ? "notice" : "notice notice--error"} role="status">
          {t(result.message as MessageKey)}
        </p>
      ) : null}
      <section aria-labelledby="owed-heading" className="card stack">
        <h2 id="owed-heading">{t("payouts.balance")}</h2>
        {owed.length === 0 ? (
          <p>{t("payouts.nothingToPay")}</p>
        ) : (
          <table className="stack-table">
            <thead>
              <tr>
                <th scope="col">{t("order.producer")}</th>
                <th scope="col">IBAN</th>
                <th scope="col">{t("payouts.amount")}</th>
              </tr>
            </thead>
            <tbody>
              {owed.map((row) => (
                <tr key={row.producer.id}>
                  <td data-label={t("order.producer")}>{row.producer.name}</td>
                  <td data-label="IBAN">{row.producer.bankIban || <span className="badge badge--warn">{t("payouts.bankMissing")}</span>}</td>
                  <td data-label={t("payouts.amount")}>{money(row.amountQ)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Form method="post">
          <button type="submit" name="intent" value="create" disabled={owed.length === 0}>
            {t("payouts.create")}
          </button>
        </Form>
      </section>
      <section aria-labelledby="batches-heading">
        <h2 id="batches-heading">{t("payouts.batches")}</h2>
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
                    {t(`payouts.status.${batch.status}` as MessageKey)} · {t(`payouts.method.${batch.method}` as MessageKey)}
                  </td>
                  <td data-label={t("common.actions")} className="actions">
                    <a href={`/admin/payouts/${batch.id}.csv`} download>
                      {t("payouts.csv")}
                    </a>
                    {batch.status === "OPEN" ? (
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
