import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import type { MessageKey } from "~/locales/types";
import { listLedgerEntries, producerBalanceQ } from "~/models/payments/ledger.server";
import { listPayoutBatches } from "~/models/payments/payouts.server";
import { requireProducerMember } from "~/utils/auth.server";
import { getTranslator } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "ABAD Market" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireProducerMember(request);
  const { t } = await getTranslator(request);
  const [balanceQ, entries, batches] = await Promise.all([
    producerBalanceQ(user.producerId),
    listLedgerEntries(user.producerId),
    listPayoutBatches(user.producerId),
  ]);
  return {
    balanceQ,
    entries: entries.map((e) => ({ ...e, createdAt: e.createdAt.toISOString() })),
    batches,
    title: `${t("payouts.title")} · ${t("nav.dashboard")}`,
  };
}

export default function ProducerPayoutsPage() {
  const { balanceQ, entries, batches } = useLoaderData<typeof loader>();
  const { t, money, date } = useTranslator();
  return (
    <section className="stack">
      <h1>{t("payouts.title")}</h1>
      <div className="card">
        <p>
          {t("payouts.balance")}: <strong className="figure">{money(balanceQ)}</strong>
        </p>
        <p className="muted">{t("payouts.balanceNote")}</p>
      </div>
      <section aria-labelledby="ledger-heading">
        <h2 id="ledger-heading">{t("payouts.entries")}</h2>
        {entries.length === 0 ? (
          <p>{t("payouts.none")}</p>
        ) : (
          <table className="stack-table">
            <thead>
              <tr>
                <th scope="col">{t("common.date")}</th>
                <th scope="col">{t("payouts.kindColumn")}</th>
                <th scope="col">{t("order.numberColumn")}</th>
                <th scope="col">{t("payouts.amount")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td data-label={t("common.date")}>{date(entry.createdAt)}</td>
                  <td data-label={t("payouts.kindColumn")}>{t(`payouts.kind.${entry.kind}` as MessageKey)}</td>
                  <td data-label={t("order.numberColumn")}>{entry.order?.number ?? ""}</td>
                  <td data-label={t("payouts.amount")} className={entry.amountQ < 0 ? "amount amount--negative" : "amount"}>{money(entry.amountQ)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
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
                <th scope="col">{t("common.status")}</th>
                <th scope="col">{t("payouts.amount")}</th>
              </tr>
            </thead>
            <tbody>
              {batches.map((batch) => (
                <tr key={batch.id}>
                  <td data-label={t("payouts.created_at")}>{date(batch.createdAt)}</td>
                  <td data-label={t("common.status")}>
                    {t(`payouts.status.${batch.status}` as MessageKey)}
                    {batch.paidAt ? ` · ${date(batch.paidAt)}` : ""}
                  </td>
                  <td data-label={t("payouts.amount")}>{money(batch.items.reduce((sum, i) => sum + i.amountQ, 0))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </section>
  );
}
