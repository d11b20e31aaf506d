import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { listOpenJobs, retryJob } from "~/models/outbox/outbox.server";
import { checkMoney, programmeAccountBalances } from "~/models/payments/money-check.server";
import { listPaymentProblems, resolvePaymentProblem } from "~/models/payments/payment-problems.server";
import { confirmBankDetails, listBankDetailsToConfirm } from "~/models/producers/bank-details.server";
import { requireRole } from "~/utils/auth.server";
import { getTranslator } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "ABAD Market" }];

const moneyActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("retry"), jobId: z.string().min(1).max(40) }),
  z.object({ intent: z.literal("resolve"), problemId: z.string().min(1).max(40) }),
  z.object({ intent: z.literal("confirmBank"), producerId: z.string().min(1).max(40), iban: z.string().max(40) }),
]);

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requireRole(request, ["ADMIN"]);
  const { t } = await getTranslator(request);
  const [checks, accounts, jobs, problems, bankQueue] = await Promise.all([
    checkMoney(),
    programmeAccountBalances(),
    listOpenJobs(),
    listPaymentProblems(),
    listBankDetailsToConfirm(),
  ]);
  return {
    checks,
    accounts,
    jobs,
    problems,
    bankQueue: bankQueue.map((p) => ({ ...p, own: p.memberIds.includes(admin.id), memberIds: undefined })),
    title: `${t("money.title")} · ${t("nav.admin")}`,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireRole(request, ["ADMIN"]);
  const parsed = moneyActionSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ ok: false, message: "form.invalid" } as const, { status: 400 });
  const form = parsed.data;
  if (form.intent === "retry") {
    return (await retryJob(form.jobId))
      ? ({ ok: true, message: "money.retried" } as const)
      : data({ ok: false, message: "form.invalid" } as const, { status: 409 });
  }
  if (form.intent === "resolve") {
    return (await resolvePaymentProblem(form.problemId, admin.id))
      ? ({ ok: true, message: "money.resolved" } as const)
      : data({ ok: false, message: "form.invalid" } as const, { status: 409 });
  }
  const result = await confirmBankDetails(form.producerId, admin.id, form.iban);
  if (!result.ok) return data({ ok: false as const, message: result.error }, { status: result.error === "money.ownBusiness" ? 403 : 409 });
  return { ok: true, message: "money.bankConfirmed" } as const;
}

export default function AdminMoneyPage() {
  const { checks, accounts, jobs, problems, bankQueue } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, money, dateTime } = useTranslator();
  const allGood = checks.every((c) => c.problems.length === 0);
  return (
    <section className="stack">
      <h1>{t("money.title")}</h1>
      {result ? (
        <p className={result.ok ? "notice" : "notice notice--error"} role="status">
          {t(result.message)}
        </p>
      ) : null}
      <section aria-labelledby="checks-heading" className="card stack">
        <h2 id="checks-heading">{t("money.invariants")}</h2>
        <p className={allGood ? "notice" : "notice notice--error"}>
          {allGood ? t("money.allGood") : t("money.check.failed", { count: checks.reduce((n, c) => n + c.problems.length, 0) })}
        </p>
        <ul className="stack">
          {checks.map((check) => (
            <li key={check.key}>
              {t(`money.check.${check.key}`)}:{" "}
              <strong>{check.problems.length === 0 ? t("money.check.ok") : t("money.check.failed", { count: check.problems.length })}</strong>
              {check.problems.length > 0 ? (
                <ul>
                  {check.problems.slice(0, 20).map((problem) => (
                    <li key={problem}>
                      <code>{problem}</code>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
        <h3>{t("money.accounts")}</h3>
        <dl className="figures">
          {accounts.map((a) => (
            <div key={a.account}>
              <dt>{t(`money.account.${a.account}`)}</dt>
              <dd>{money(a.balanceQ)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="bank-heading" className="card stack">
        <h2 id="bank-heading">{t("money.bankQueue")}</h2>
        {bankQueue.length === 0 ? (
          <p>{t("money.noBankQueue")}</p>
        ) : (
          <ul className="stack">
            {bankQueue.map((p) => (
              <li key={p.id}>
                <strong>{p.name}</strong>: {p.bankHolder} · <span translate="no">{p.bankIban}</span>
                {p.bankChangedAt ? <> · {dateTime(p.bankChangedAt)}</> : null}
                {p.own ? (
                  <p className="muted">{t("money.ownBusiness")}</p>
                ) : (
                  <Form method="post">
                    <input type="hidden" name="producerId" value={p.id} />
                    <input type="hidden" name="iban" value={p.bankIban} />
                    <button type="submit" name="intent" value="confirmBank" className="button--small">
                      {t("money.confirmBank")}
                    </button>
                  </Form>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="jobs-heading" className="card stack">
        <h2 id="jobs-heading">{t("money.jobs")}</h2>
        {jobs.length === 0 ? (
          <p>{t("money.noJobs")}</p>
        ) : (
          <table className="stack-table">
            <thead>
              <tr>
                <th scope="col">{t("money.job.kind")}</th>
                <th scope="col">{t("common.status")}</th>
                <th scope="col">{t("money.job.attempts")}</th>
                <th scope="col">{t("money.job.next")}</th>
                <th scope="col">{t("money.job.error")}</th>
                <th scope="col">{t("common.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {jobs.map((job) => (
                <tr key={job.id}>
                  <td data-label={t("money.job.kind")}>{t(`money.job.kind.${job.kind}`)}</td>
                  <td data-label={t("common.status")}>{t(`money.job.status.${job.status}`)}</td>
                  <td data-label={t("money.job.attempts")}>{job.attempts}</td>
                  <td data-label={t("money.job.next")}>{dateTime(job.runAt)}</td>
                  <td data-label={t("money.job.error")}>{job.lastError}</td>
                  <td data-label={t("common.actions")}>
                    <Form method="post">
                      <input type="hidden" name="jobId" value={job.id} />
                      <button type="submit" name="intent" value="retry" className="button--small">
                        {t("money.retry")}
                      </button>
                    </Form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="problems-heading" className="card stack">
        <h2 id="problems-heading">{t("money.problems")}</h2>
        {problems.length === 0 ? (
          <p>{t("money.noProblems")}</p>
        ) : (
          <ul className="stack">
            {problems.map((p) => (
              <li key={p.id}>
                {dateTime(p.createdAt)} · {t(`money.problem.kind.${p.kind}`)} · {money(p.amountQ)} {p.currency.toUpperCase()} · <code>{p.stripeSessionId}</code>
                {p.group ? <> · {p.group.email}</> : null} · {p.detail}
                <Form method="post">
                  <input type="hidden" name="problemId" value={p.id} />
                  <button type="submit" name="intent" value="resolve" className="button--small">
                    {t("money.resolve")}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
