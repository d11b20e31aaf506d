import { getCollectionProps, getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorList, Field, TextareaField } from "~/components/forms";
import { listRegions, listSectorsWithCategories } from "~/models/catalog/taxonomy.server";
import { applicationSchema, applicationWithSignupSchema } from "~/models/producers/application-schema";
import { applicationStatus, applyAsProducer, signUpAndApply } from "~/models/producers/application.server";
import { getUser, startUserSession } from "~/utils/auth.server";
import { getLocale, getTranslator } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";
import dashboardStyles from "~/styles/dashboard.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: dashboardStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "ABAD Market" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const [user, locale, { t }] = await Promise.all([getUser(request), getLocale(request), getTranslator(request)]);
  const [status, regions, sectors] = await Promise.all([user ? applicationStatus(user.id) : null, listRegions(locale), listSectorsWithCategories(locale)]);
  return {
    signedIn: !!user,
    status,
    canApply: !status || status.status === "REJECTED",
    regions: regions.map((r) => ({ id: r.id, name: r.name })),
    sectors: sectors.map((s) => ({ id: s.id, name: s.name })),
    title: `${t("dashboard.sell.title")} · ${t("app.name")}`,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await getUser(request);
  const formData = await request.formData();
  if (user) {
    const submission = parseWithZod(formData, { schema: applicationSchema });
    if (submission.status !== "success") return data(submission.reply(), { status: 400 });
    const result = await applyAsProducer(user.id, submission.value);
    if (!result.ok) {
      const reply = result.field ? submission.reply({ fieldErrors: { [result.field]: [result.error] } }) : submission.reply({ formErrors: [result.error] });
      return data(reply, { status: 400 });
    }
    throw redirect("/dashboard");
  }
  const submission = parseWithZod(formData, { schema: applicationWithSignupSchema });
  if (submission.status !== "success") return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  const result = await signUpAndApply(submission.value, await getLocale(request));
  if (!result.ok) {
    const reply = result.field
      ? submission.reply({ fieldErrors: { [result.field]: [result.error] }, hideFields: ["password"] })
      : submission.reply({ formErrors: [result.error], hideFields: ["password"] });
    return data(reply, { status: 400 });
  }
  throw redirect("/dashboard", { headers: { "Set-Cookie": await startUserSession(request, result.userId) } });
}

export default function SellPage() {
  const { signedIn, status, canApply, regions, sectors } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslator();
  const schema = signedIn ? applicationSchema : applicationWithSignupSchema;
  const [form, fields] = useForm({
    id: "sell",
    lastResult,
    constraint: getZodConstraint(schema),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  const signup = fields as unknown as Record<"name" | "email" | "password", (typeof fields)["phone"]>;
  return (
    <section className="container sell">
      <h1>{t("dashboard.sell.title")}</h1>
      <p className="lead">{t("dashboard.sell.lead")}</p>
      {status ? (
        <div className={`notice ${status.status === "ACTIVE" ? "" : status.status === "APPLIED" ? "notice--warn" : "notice--error"}`} role="status">
          <p>
            <strong>{t(`dashboard.sell.status.${status.status}`, { name: status.name })}</strong>
          </p>
          {status.statusReason ? <p>{t("dashboard.producerStatus.reason", { reason: status.statusReason })}</p> : null}
          <p>
            <Link to="/dashboard">{t("dashboard.sell.toDashboard")}</Link>
          </p>
        </div>
      ) : null}
      {canApply ? (
        <Form method="post" {...getFormProps(form)} className="stack sell__form">
          <ErrorList id={form.errorId} errors={form.errors} />
          {!signedIn ? (
            <fieldset className="listing-form__section stack">
              <legend>{t("dashboard.sell.aboutYou")}</legend>
              <p className="field__hint">
                {t("dashboard.sell.haveAccount")} <Link to="/login?redirectTo=/sell">{t("nav.login")}</Link>
              </p>
              <Field
                label={t("auth.field.name")}
                inputProps={{ ...getInputProps(signup.name, { type: "text" }), autoComplete: "name" }}
                errors={signup.name.errors}
                errorId={signup.name.errorId}
              />
              <Field
                label={t("auth.field.email")}
                inputProps={{ ...getInputProps(signup.email, { type: "email" }), autoComplete: "email" }}
                errors={signup.email.errors}
                errorId={signup.email.errorId}
              />
              <Field
                label={t("auth.field.password")}
                hint={t("form.passwordLength")}
                inputProps={{ ...getInputProps(signup.password, { type: "password" }), autoComplete: "new-password" }}
                errors={signup.password.errors}
                errorId={signup.password.errorId}
              />
            </fieldset>
          ) : null}
          <fieldset className="listing-form__section stack">
            <legend>{t("dashboard.sell.business")}</legend>
            <Field
              label={t("dashboard.sell.businessName")}
              inputProps={{ ...getInputProps(fields.businessName, { type: "text" }), autoComplete: "organization" }}
              errors={fields.businessName.errors}
              errorId={fields.businessName.errorId}
            />
            <div className="field">
              <label htmlFor={fields.regionId.id}>{t("common.region")}</label>
              <select {...getSelectProps(fields.regionId)}>
                <option value="">{t("dashboard.sell.chooseRegion")}</option>
                {regions.map((r) => (
                  <option key={r.id} value={String(r.id)}>
                    {r.name}
                  </option>
                ))}
              </select>
              <ErrorList id={fields.regionId.errorId} errors={fields.regionId.errors} />
            </div>
            <fieldset className="field" aria-describedby={fields.sectors.errorId}>
              <legend>{t("dashboard.sell.sectors")}</legend>
              <div className="checks">
                {getCollectionProps(fields.sectors, { type: "checkbox", options: sectors.map((s) => String(s.id)) }).map(({ key, ...props }) => (
                  <label key={key} className="check">
                    <input {...props} /> {sectors.find((s) => String(s.id) === props.value)?.name}
                  </label>
                ))}
              </div>
              <ErrorList id={fields.sectors.errorId} errors={fields.sectors.errors} />
            </fieldset>
            <TextareaField
              label={t("dashboard.sell.story")}
              textareaProps={{ ...getTextareaProps(fields.storyAz), rows: 6, lang: "az" }}
              errors={fields.storyAz.errors}
              errorId={fields.storyAz.errorId}
            />
            <Field
              label={t("dashboard.sell.phone")}
              inputProps={{ ...getInputProps(fields.phone, { type: "tel" }), autoComplete: "tel" }}
              errors={fields.phone.errors}
              errorId={fields.phone.errorId}
            />
          </fieldset>
          <button type="submit" className="button">
            {t("dashboard.sell.submit")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
