import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorList, Field } from "~/components/forms";
import type { MessageKey } from "~/locales/types";
import { inviteSchema } from "~/models/producers/team-schema";
import { inviteMember, listTeam, removeMember, revokeInvite } from "~/models/producers/team.server";
import { requireActiveProducerMember } from "~/utils/dashboard.server";
import { found } from "~/utils/http.server";
import { getLocale } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireActiveProducerMember(request);
  const team = await listTeam(user.producerId);
  const me = team.members.find((m) => m.user.id === user.id);
  return { ...team, meId: user.id, isOwner: me?.role === "OWNER" };
}

type TeamReply = { intent: "invite"; reply: SubmissionResult<string[]>; message?: MessageKey } | { intent: "other"; ok: boolean; message: MessageKey };

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireActiveProducerMember(request);
  const form = await request.formData();
  const intent = form.get("intent");
  if (intent === "invite") {
    const submission = parseWithZod(form, { schema: inviteSchema });
    if (submission.status !== "success") return data<TeamReply>({ intent: "invite", reply: submission.reply() }, { status: 400 });
    const result = await inviteMember(user.producerId, user, submission.value.email, await getLocale(request));
    if (!result.ok) return data<TeamReply>({ intent: "invite", reply: submission.reply({ fieldErrors: { email: [result.error] } }) }, { status: 400 });
    return data<TeamReply>({ intent: "invite", reply: submission.reply({ resetForm: true }), message: "dashboard.team.invited" });
  }
  if (intent === "remove") {
    const result = found(await removeMember(user.producerId, user.id, String(form.get("memberId") ?? "")));
    if (!result.ok) return data<TeamReply>({ intent: "other", ok: false, message: result.error }, { status: 400 });
    if (result.self) throw redirect("/");
    return data<TeamReply>({ intent: "other", ok: true, message: "dashboard.team.removed" });
  }
  if (intent === "revoke") {
    const result = found(await revokeInvite(user.producerId, user.id, String(form.get("inviteId") ?? "")));
    if (!result.ok) return data<TeamReply>({ intent: "other", ok: false, message: result.error }, { status: 403 });
    return data<TeamReply>({ intent: "other", ok: true, message: "dashboard.team.revoked" });
  }
  return data<TeamReply>({ intent: "other", ok: false, message: "form.invalid" }, { status: 400 });
}

export default function DashboardTeam() {
  const { members, invites, meId, isOwner } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, date } = useTranslator();
  const [form, fields] = useForm({
    id: "invite",
    lastResult: actionData?.intent === "invite" ? actionData.reply : undefined,
    constraint: getZodConstraint(inviteSchema),
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: inviteSchema }),
  });
  const notice = actionData?.intent === "invite" ? (actionData.message ? { ok: true, message: actionData.message } : null) : actionData;
  return (
    <section className="stack">
      <h1>{t("dashboard.team.title")}</h1>
      {notice ? (
        <p className={`notice${notice.ok ? "" : " notice--error"}`} role={notice.ok ? "status" : "alert"}>
          {t(notice.message)}
        </p>
      ) : null}
      <p className="muted">{t("dashboard.team.oneProducerNote")}</p>
      <div className="table-scroll">
        <table className="dashboard-table stack-table">
          <caption className="visually-hidden">{t("dashboard.team.members")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("dashboard.team.name")}</th>
              <th scope="col">{t("auth.field.email")}</th>
              <th scope="col">{t("dashboard.team.role")}</th>
              <th scope="col">{t("common.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.id}>
                <th scope="row">
                  {m.user.name} {m.user.id === meId ? <span className="muted">({t("dashboard.team.you")})</span> : null}
                </th>
                <td data-label={t("auth.field.email")}>{m.user.email}</td>
                <td data-label={t("dashboard.team.role")}>{t(`dashboard.team.role.${m.role}`)}</td>
                <td data-label={t("common.actions")}>
                  {isOwner || m.user.id === meId ? (
                    <Form method="post">
                      <input type="hidden" name="memberId" value={m.id} />
                      <button type="submit" name="intent" value="remove" className="link-button">
                        {t(m.user.id === meId ? "dashboard.team.leave" : "dashboard.team.remove")}
                        {m.user.id === meId ? null : <span className="visually-hidden">: {m.user.name}</span>}
                      </button>
                    </Form>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {invites.length ? (
        <section aria-labelledby="pending-invites">
          <h2 id="pending-invites">{t("dashboard.team.pending")}</h2>
          <ul className="dashboard-tasks">
            {invites.map((invite) => (
              <li key={invite.id}>
                <span>
                  {invite.email} <span className="muted">· {t("dashboard.team.expires", { date: date(invite.expiresAt) })}</span>
                </span>
                {isOwner ? (
                  <Form method="post">
                    <input type="hidden" name="inviteId" value={invite.id} />
                    <button type="submit" name="intent" value="revoke" className="link-button">
                      {t("dashboard.team.revoke")}
                      <span className="visually-hidden">: {invite.email}</span>
                    </button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {isOwner ? (
        <Form method="post" {...getFormProps(form)} className="card stack narrow">
          <h2>{t("dashboard.team.invite")}</h2>
          <p className="field__hint">{t("dashboard.team.inviteHint")}</p>
          <ErrorList id={form.errorId} errors={form.errors} />
          <Field
            label={t("auth.field.email")}
            inputProps={{ ...getInputProps(fields.email, { type: "email" }), autoComplete: "off" }}
            errors={fields.email.errors}
            errorId={fields.email.errorId}
          />
          <button type="submit" name="intent" value="invite" className="button">
            {t("dashboard.team.sendInvite")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
