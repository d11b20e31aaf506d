import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorList, Field } from "~/components/forms";
import { CentreForm } from "~/routes/admin/components/admin-centre-form";
import { doneUrl, DoneNotice, type DoneCode } from "~/routes/admin/components/admin-ui";
import { districtGroups } from "~/models/catalog/region-data";
import { centreName } from "~/models/centres/centre-names";
import { centreSchema, centreStaffSchema } from "~/models/centres/centre-schema";
import { assignCentreStaff, getCentreForAdmin, unassignCentreStaff, updateCentre, type CentreResult } from "~/models/centres/centres.server";
import { requireRole } from "~/utils/auth.server";
import { notFound } from "~/utils/http.server";
import { getTranslator } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "ABAD Market" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, ["ADMIN"]);
  const centre = await getCentreForAdmin(params.id ?? "");
  if (!centre) notFound();
  const { t, locale } = await getTranslator(request);
  return { centre, districtGroups: districtGroups(locale), title: `${centreName(centre, locale)} · ${t("centre.admin.title")}` };
}

type ActionReply = { formId: string; reply: SubmissionResult<string[]> };

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requireRole(request, ["ADMIN"]);
  const centreId = params.id ?? "";
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const path = `/admin/centres/${centreId}`;
  if (intent === "save") {
    const submission = parseWithZod(formData, { schema: centreSchema });
    if (submission.status !== "success") return data<ActionReply>({ formId: "centre", reply: submission.reply() }, { status: 400 });
    const result = await updateCentre(admin.id, centreId, submission.value);
    if (!result.ok) notFound();
    throw redirect(doneUrl(path, "centreSaved"));
  }
  const submission = parseWithZod(formData, { schema: centreStaffSchema });
  if (submission.status !== "success") return data<ActionReply>({ formId: "staff", reply: submission.reply() }, { status: 400 });
  const value = submission.value;
  const result: CentreResult =
    value.intent === "assign" ? await assignCentreStaff(admin.id, centreId, value.email) : await unassignCentreStaff(admin.id, centreId, value.userId);
  if (!result.ok) {
    if (result.error === "notFound") notFound();
    return data<ActionReply>({ formId: "staff", reply: submission.reply({ fieldErrors: { email: [result.error] } }) }, { status: 400 });
  }
  const done: DoneCode = value.intent === "assign" ? "centreStaffAssigned" : "centreStaffRemoved";
  throw redirect(doneUrl(path, done));
}

function AssignForm() {
  const { t } = useTranslator();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "assign-staff",
    lastResult: actionData?.formId === "staff" ? actionData.reply : undefined,
    constraint: getZodConstraint(centreStaffSchema),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: centreStaffSchema }),
  });
  return (
    <Form method="post" {...getFormProps(form)} className="stack admin-narrow-form">
      <input type="hidden" name="intent" value="assign" />
      <ErrorList id={form.errorId} errors={form.errors} />
      <Field
        label={t("centre.admin.staffEmail")}
        hint={t("centre.admin.staffEmailHint")}
        inputProps={{ ...getInputProps(fields.email, { type: "email" }), autoComplete: "off" }}
        errors={fields.email.errors}
        errorId={fields.email.errorId}
      />
      <button type="submit" className="button">
        {t("centre.admin.assign")}
      </button>
    </Form>
  );
}

export default function AdminCentre() {
  const { centre, districtGroups } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, locale } = useTranslator();
  const { staff, id, ...values } = centre;
  return (
    <section className="admin-page" aria-labelledby="centre-title">
      <p>
        <Link to="/admin/centres">{t("centre.admin.back")}</Link>
      </p>
      <h1 id="centre-title">{centreName(centre, locale)}</h1>
      <DoneNotice />
      <section aria-labelledby="staff-title" className="card">
        <h2 id="staff-title">{t("centre.admin.staff")}</h2>
        {staff.length === 0 ? (
          <p className="muted">{t("centre.admin.noStaff")}</p>
        ) : (
          <ul className="stack">
            {staff.map((person) => (
              <li key={person.id} className="admin-inline-form">
                <span>
                  {person.name} <span className="muted">{person.email}</span>
                  {person.active ? null : <span className="badge badge--muted">{t("admin.staff.inactive")}</span>}
                </span>
                <Form method="post">
                  <input type="hidden" name="userId" value={person.id} />
                  <button type="submit" name="intent" value="unassign" className="button button--secondary button--small">
                    {t("centre.admin.unassign")}
                    <span className="visually-hidden"> {person.name}</span>
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        )}
        <AssignForm />
      </section>
      <section aria-labelledby="details-title" className="card">
        <h2 id="details-title">{t("centre.admin.details")}</h2>
        <CentreForm
          key={id}
          id="centre"
          intent="save"
          lastResult={actionData?.formId === "centre" ? actionData.reply : undefined}
          defaultValue={values}
          groups={districtGroups}
          submitLabel={t("centre.admin.save")}
        />
      </section>
    </section>
  );
}
