import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorList, Field } from "~/components/forms";
import { centreHours, centreName } from "~/models/centres/centre-names";
import { centreHoursSchema } from "~/models/centres/centre-schema";
import { getOwnCentre, updateOwnCentreHours } from "~/models/centres/centres.server";
import { requireCentreStaff } from "~/utils/auth.server";
import { useTranslator } from "~/utils/use-translator";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireCentreStaff(request);
  return { centre: await getOwnCentre(user.centreId), selfId: user.id };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireCentreStaff(request);
  const submission = parseWithZod(await request.formData(), { schema: centreHoursSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  // Only ever the staff member's own centre: no centre id is read from the form.
  await updateOwnCentreHours(user.id, user.centreId, submission.value);
  throw redirect("/centre?saved=1");
}

export default function CentreHome() {
  const { centre, selfId } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t, locale } = useTranslator();
  const [form, fields] = useForm({
    id: "centre-hours",
    lastResult,
    defaultValue: { hoursAz: centre.hoursAz, hoursEn: centre.hoursEn, hoursRu: centre.hoursRu, phone: centre.phone },
    constraint: getZodConstraint(centreHoursSchema),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: centreHoursSchema }),
  });
  const hours = (name: "hoursAz" | "hoursEn" | "hoursRu", lang: string) => (
    <Field
      label={t(`centre.form.${name}`)}
      inputProps={{ ...getInputProps(fields[name], { type: "text" }), lang, maxLength: 120 }}
      errors={fields[name].errors}
      errorId={fields[name].errorId}
    />
  );
  return (
    <section className="admin-page" aria-labelledby="centre-title">
      <h1 id="centre-title">{centreName(centre, locale)}</h1>
      {params.get("saved") && !lastResult ? (
        <p className="notice admin-done" role="status">
          {t("centre.home.saved")}
        </p>
      ) : null}
      {centre.active ? null : <p className="notice notice--warn">{t("centre.home.closed")}</p>}
      <dl className="centre-facts">
        <dt>{t("centre.address")}</dt>
        <dd>
          {centre.address}, {centre.district}
          {centre.mapUrl ? (
            <>
              {" "}
              <a href={centre.mapUrl} rel="noreferrer" target="_blank">
                {t("centre.map")}
              </a>
            </>
          ) : null}
        </dd>
        <dt>{t("centre.hours")}</dt>
        <dd>{centreHours(centre, locale)}</dd>
        <dt>{t("centre.phone")}</dt>
        <dd>
          <a href={`tel:${centre.phone.replace(/[^+0-9]/g, "")}`}>{centre.phone}</a>
        </dd>
        <dt>{t("centre.home.staff")}</dt>
        <dd>
          {centre.staff.map((person, index) => (
            <span key={person.id}>
              {index > 0 ? ", " : null}
              {person.name}
              {person.id === selfId ? ` (${t("admin.staff.you")})` : null}
            </span>
          ))}
        </dd>
      </dl>
      <section aria-labelledby="hours-title" className="card">
        <h2 id="hours-title">{t("centre.home.hoursTitle")}</h2>
        <p className="muted">{t("centre.home.hoursHint")}</p>
        <Form method="post" {...getFormProps(form)} className="stack admin-narrow-form">
          <ErrorList id={form.errorId} errors={form.errors} />
          {hours("hoursAz", "az")}
          {hours("hoursEn", "en")}
          {hours("hoursRu", "ru")}
          <Field
            label={t("centre.form.phone")}
            inputProps={{ ...getInputProps(fields.phone, { type: "tel" }), maxLength: 20 }}
            errors={fields.phone.errors}
            errorId={fields.phone.errorId}
          />
          <button type="submit" className="button">
            {t("centre.home.save")}
          </button>
        </Form>
      </section>
    </section>
  );
}
