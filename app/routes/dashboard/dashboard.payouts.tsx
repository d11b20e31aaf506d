import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorText, Field } from "~/components/forms";
import { listProducerStatement, producerBalance } from "~/models/payments/ledger.server";
import { listPayoutBatches } from "~/models/payments/payouts.server";
import { bankDetailsSchema } from "~/models/producers/bank-details-schema";
import { changeBankDetails, getBankDetails } from "~/models/producers/bank-details.server";
import { requireProducerMember } from "~/utils/auth.server";
import { getLocale, getTranslator } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "ABAD Market" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireProducerMember(request);
  const { t } = await getTranslator(request);
  const [balance, entries, batches, bank] = await Promise.all([
    producerBalance(user.producerId),
    listProducerStatement(user.producerId),
    listPayoutBatches(user.producerId),
    getBankDetails(user.producerId, user.id),
  ]);
  return { balance, entries, batches, bank, title: `${t("payouts.title")} · ${t("nav.dashboard")}` };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireProducerMember(request);
  const submission = parseWithZod(await request.formData(), { schema: bankDetailsSchema });
  if (submission.status !== "success") return data({ ...submission.reply({ hideFields: ["password"] }), saved: false }, { status: 400 });
  const result = await changeBankDetails({ producerId: user.producerId, userId: user.id, input: submission.value, pageLocale: await getLocale(request) });
  if (!result.ok) {
    const reply =
      result.error === "bank.passwordWrong"
        ? submission.reply({ fieldErrors: { password: [result.error] }, hideFields: ["password"] })
        : submission.reply({ formErrors: [result.error], hideFields: ["password"] });
    return data({ ...reply, saved: false }, { status: result.error === "bank.passwordWrong" ? 400 : 403 });
  }
  return { ...submission.reply({ resetForm: true }), saved: true };
}

function BankDetailsForm() {
  const { bank } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t, date } = useTranslator();
  const [form, fields] = useForm({
    lastResult,
    defaultValue: { bankHolder: bank.bankHolder, bankIban: bank.bankIban },
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: bankDetailsSchema }),
  });
  const formError = form.errors?.[0];
  return (
    <section aria-labelledby="bank-heading" className="card stack">
      <h2 id="bank-heading">{t("bank.title")}</h2>
      {lastResult?.saved ? (
        <p className="notice" role="status">
          {t("bank.saved")}
        </p>
      ) : null}
      {formError ? (
        <p className="notice notice--error" role="alert">
          <ErrorText error={formError} />
        </p>
      ) : null}
      {!bank.bankIban ? (
        <p className="notice notice--warn">{t("bank.none")}</p>
      ) : bank.bankConfirmedAt ? (
        <p className="muted">{t("bank.confirmed", { date: date(bank.bankConfirmedAt) })}</p>
      ) : (
        <p className="notice notice--warn">{t("bank.pending")}</p>
      )}
      {bank.canEdit ? (
        <Form method="post" {...getFormProps(form)} className="stack">
          <Field
            label={t("bank.holder")}
            inputProps={{ ...getInputProps(fields.bankHolder, { type: "text" }), autoComplete: "name" }}
            errors={fields.bankHolder.errors}
            errorId={fields.bankHolder.errorId}
          />
          <Field
            label={t("bank.iban")}
            hint={t("bank.ibanHint")}
            inputProps={{ ...getInputProps(fields.bankIban, { type: "text" }), autoComplete: "off", spellCheck: false, inputMode: "text" }}
            errors={fields.bankIban.errors}
            errorId={fields.bankIban.errorId}
          />
          <Field
            label={t("bank.password")}
            inputProps={{ ...getInputProps(fields.password, { type: "password" }), autoComplete: "current-password" }}
            errors={fields.password.errors}
            errorId={fields.password.errorId}
          />
          <button type="submit">{t("bank.save")}</button>
        </Form>
      ) : (
        <>
          {bank.bankIban ? (
            <p>
              {bank.bankHolder} · <span translate="no">{bank.bankIban}</span>
            </p>
          ) : null}
          <p className="muted">{t("bank.ownerOnly")}</p>
        </>
      )}
    </section>
  );
}

export default function ProducerPayoutsPage() {
  const { balance, entries, batches } = useLoaderData<typeof loader>();
  const { t, money, date } = useTranslator();
  return (
    <section className="stack">
      <h1>{t("payouts.title")}</h1>
      <div className="card stack">
        <h2>{t("payouts.balance")}</h2>
        <dl className="figures">
          <dt>{t("payouts.owedToYou")}</dt>
          <dd>{money(balance.payableQ)}</dd>
          <dt>{t("payouts.youOwe")}</dt>
          <dd>{money(balance.receivableQ)}</dd>
          <dt>{t("payouts.net")}</dt>
          <dd>
            <strong className="figure">{money(Math.max(0, balance.netQ))}</strong>
          </dd>
        </dl>
        <p className="muted">{t("payouts.balanceNote")}</p>
      </div>
      <BankDetailsForm />
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
                  <td data-label={t("payouts.kindColumn")}>{t(`payouts.kind.${entry.kind}`)}</td>
                  <td data-label={t("order.numberColumn")}>{entry.order?.number ?? ""}</td>
                  <td data-label={t("payouts.amount")} className={entry.effectQ < 0 ? "amount amount--negative" : "amount"}>
                    {money(entry.effectQ)}
                  </td>
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
                    {t(`payouts.status.${batch.status}`)}
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
