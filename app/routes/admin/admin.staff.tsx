import { getFormProps, getInputProps, getSelectProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { doneUrl, DoneNotice, type DoneCode } from "~/routes/admin/components/admin-ui";
import { ErrorList, Field } from "~/components/forms";
import { CENTRE_ROLE, ROLES } from "~/models/accounts/roles";
import { centreName } from "~/models/centres/centre-names";
import { inviteMentorSchema, staffActionSchema } from "~/models/accounts/staff-schema";
import { changeRole, inviteMentor, listAccountsForStaffPage, setAccountActive, type StaffResult } from "~/models/accounts/staff.server";
import { requireRole } from "~/utils/auth.server";
import { notFound } from "~/utils/http.server";
import { LOCALE_NAMES, LOCALES } from "~/utils/i18n";
import { useTranslator } from "~/utils/use-translator";

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requireRole(request, ["ADMIN"]);
  const q = (new URL(request.url).searchParams.get("q") ?? "").trim().slice(0, 100);
  return { selfId: admin.id, q, accounts: await listAccountsForStaffPage(q || undefined) };
}

type ActionReply = { formId: string; reply: SubmissionResult<string[]> };

const DONE: Record<string, DoneCode> = { "change-role": "roleChanged", deactivate: "userDeactivated", reactivate: "userReactivated" };

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireRole(request, ["ADMIN"]);
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  if (intent === "invite") {
    const submission = parseWithZod(formData, { schema: inviteMentorSchema });
    if (submission.status !== "success") return data<ActionReply>({ formId: "invite", reply: submission.reply() }, { status: 400 });
    const result = await inviteMentor(admin.id, submission.value);
    if (!result.ok) {
      return data<ActionReply>({ formId: "invite", reply: submission.reply({ fieldErrors: { email: [result.error] } }) }, { status: 400 });
    }
    throw redirect(doneUrl("/admin/staff", "staffInvited"));
  }
  const submission = parseWithZod(formData, { schema: staffActionSchema });
  const formId = `${intent}-${String(formData.get("userId") ?? "")}`;
  if (submission.status !== "success") return data<ActionReply>({ formId, reply: submission.reply() }, { status: 400 });
  const value = submission.value;
  const result: StaffResult =
    value.intent === "change-role"
      ? await changeRole(admin.id, value.userId, value.role)
      : await setAccountActive(admin.id, value.userId, value.intent === "reactivate");
  if (!result.ok) {
    if (result.error === "notFound") notFound();
    return data<ActionReply>({ formId, reply: submission.reply({ formErrors: [result.error] }) }, { status: 400 });
  }
  throw redirect(doneUrl("/admin/staff", DONE[value.intent]));
}

function InviteForm() {
  const { t, locale } = useTranslator();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "invite",
    lastResult: actionData?.formId === "invite" ? actionData.reply : undefined,
    constraint: getZodConstraint(inviteMentorSchema),
    defaultValue: { locale },
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: inviteMentorSchema }),
  });
  return (
    <Form method="post" {...getFormProps(form)} className="stack admin-narrow-form">
      <input type="hidden" name="intent" value="invite" />
      <ErrorList id={form.errorId} errors={form.errors} />
      <Field
        label={t("auth.field.name")}
        inputProps={{ ...getInputProps(fields.name, { type: "text" }), autoComplete: "off" }}
        errors={fields.name.errors}
        errorId={fields.name.errorId}
      />
      <Field
        label={t("auth.field.email")}
        inputProps={{ ...getInputProps(fields.email, { type: "email" }), autoComplete: "off" }}
        errors={fields.email.errors}
        errorId={fields.email.errorId}
      />
      <div className="field">
        <label htmlFor={fields.locale.id}>{t("admin.staff.language")}</label>
        <select {...getSelectProps(fields.locale)}>
          {LOCALES.map((code) => (
            <option key={code} value={code} lang={code}>
              {LOCALE_NAMES[code]}
            </option>
          ))}
        </select>
        <ErrorList id={fields.locale.errorId} errors={fields.locale.errors} />
      </div>
      <button type="submit" className="button">
        {t("admin.staff.invite")}
      </button>
    </Form>
  );
}

export default function AdminStaff() {
  const { accounts, selfId, q } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, date, locale } = useTranslator();
  return (
    <section className="admin-page" aria-labelledby="staff-title">
      <h1 id="staff-title">{t("admin.staff.title")}</h1>
      <DoneNotice />
      <section aria-labelledby="invite-title" className="card">
        <h2 id="invite-title">{t("admin.staff.inviteTitle")}</h2>
        <p className="muted">{t("admin.staff.inviteHint")}</p>
        <InviteForm />
      </section>

      {/* Not named, so not a landmark: the table's scroll box is the region that carries the title (axe: landmark-unique). */}
      <section>
        <h2 id="accounts-title">{t(q ? "admin.staff.found" : "admin.staff.accounts")}</h2>
        <Form method="get" className="admin-inline-form" role="search" aria-label={t("admin.staff.search")}>
          <div className="field">
            <label htmlFor="staff-search">{t("admin.staff.search")}</label>
            <input id="staff-search" type="search" name="q" defaultValue={q} maxLength={100} />
          </div>
          <button type="submit" className="button button--secondary">
            {t("search.submit")}
          </button>
          {q ? <Link to="/admin/staff">{t("admin.staff.showStaff")}</Link> : null}
        </Form>
        {accounts.length === 0 ? (
          <p className="muted">{t("admin.staff.none")}</p>
        ) : (
          <div className="admin-table-wrap" tabIndex={0} role="region" aria-labelledby="accounts-title">
            <table className="admin-table stack-table">
              <thead>
                <tr>
                  <th scope="col">{t("auth.field.name")}</th>
                  <th scope="col">{t("admin.staff.role")}</th>
                  <th scope="col">{t("common.status")}</th>
                  <th scope="col">{t("common.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {accounts.map((account) => {
                  const self = account.id === selfId;
                  const errors = actionData && actionData.formId.endsWith(`-${account.id}`) ? actionData.reply.error?.[""] : undefined;
                  return (
                    <tr key={account.id}>
                      <th scope="row">
                        {account.name}
                        {self ? <span className="muted"> ({t("admin.staff.you")})</span> : null}
                        <br />
                        <span className="muted">{account.email}</span>
                        {account.centre ? (
                          <>
                            <br />
                            <Link to={`/admin/centres/${account.centre.id}`}>{centreName(account.centre, locale)}</Link>
                          </>
                        ) : null}
                        {account.producer ? (
                          <>
                            <br />
                            <span className="muted">{t("admin.staff.producerMember", { producer: account.producer })}</span>
                          </>
                        ) : null}
                      </th>
                      <td data-label={t("admin.staff.role")}>
                        {self ? (
                          t(`admin.role.${account.role}`)
                        ) : (
                          <Form method="post" className="admin-inline-form">
                            <input type="hidden" name="userId" value={account.id} />
                            <label htmlFor={`role-${account.id}`} className="visually-hidden">
                              {t("admin.staff.roleOf", { name: account.name })}
                            </label>
                            <select id={`role-${account.id}`} name="role" defaultValue={account.role}>
                              {/* Centre staff are made on a centre's page, which says which centre. */}
                              {ROLES.filter((role) => role !== CENTRE_ROLE || account.role === CENTRE_ROLE).map((role) => (
                                <option key={role} value={role}>
                                  {t(`admin.role.${role}`)}
                                </option>
                              ))}
                            </select>
                            <button type="submit" name="intent" value="change-role" className="button button--secondary button--small">
                              {t("admin.staff.changeRole")}
                              <span className="visually-hidden"> {account.name}</span>
                            </button>
                          </Form>
                        )}
                        {account.mentoredProducers > 0 ? <p className="muted">{t("admin.staff.mentors", { count: account.mentoredProducers })}</p> : null}
                      </td>
                      <td data-label={t("common.status")}>
                        {account.active ? (
                          <span className="badge">{t("admin.staff.active")}</span>
                        ) : (
                          <span className="badge badge--muted">{t("admin.staff.inactive")}</span>
                        )}
                        {account.invitePending ? (
                          <>
                            {" "}
                            <span className="badge badge--warn">{t("admin.staff.invitePending")}</span>
                          </>
                        ) : null}
                        <br />
                        <span className="muted">{t("admin.staff.since", { date: date(account.createdAt) })}</span>
                      </td>
                      <td data-label={t("common.actions")}>
                        <ErrorList errors={errors} />
                        {self ? null : (
                          <Form method="post">
                            <input type="hidden" name="userId" value={account.id} />
                            <button
                              type="submit"
                              name="intent"
                              value={account.active ? "deactivate" : "reactivate"}
                              className={account.active ? "button button--danger button--small" : "button button--small"}
                            >
                              {t(account.active ? "admin.staff.deactivate" : "admin.staff.reactivate")}
                              <span className="visually-hidden"> {account.name}</span>
                            </button>
                          </Form>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </section>
  );
}
