import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorList, Field } from "~/components/forms";
import { changePasswordSchema } from "~/models/accounts/account-schemas";
import { changePassword } from "~/models/accounts/password-change.server";
import { requireUser, startUserSession } from "~/utils/auth.server";
import { clientIpOf } from "~/utils/load-context";
import { getTranslator } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

const HIDDEN = ["currentPassword", "password", "confirm"];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "ABAD Market" }, { name: "robots", content: "noindex" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { t } = await getTranslator(request);
  const changed = new URL(request.url).searchParams.get("changed") === "1";
  return { title: `${t("account.password.title")} · ${t("app.name")}`, email: user.email, changed };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const submission = parseWithZod(await request.formData(), { schema: changePasswordSchema });
  if (submission.status !== "success") return data(submission.reply({ hideFields: HIDDEN }), { status: 400 });
  const result = await changePassword({
    userId: user.id,
    currentPassword: submission.value.currentPassword,
    newPassword: submission.value.password,
    ip: clientIpOf(context),
  });
  if (!result.ok) {
    const wrong = result.error === "account.password.wrongCurrent";
    const reply = wrong
      ? submission.reply({ fieldErrors: { currentPassword: [result.error] }, hideFields: HIDDEN })
      : submission.reply({ formErrors: [result.error], hideFields: HIDDEN });
    return data(reply, { status: wrong ? 400 : 429 });
  }
  // Every session was ended with the change; this browser gets a new one.
  throw redirect("/account/password?changed=1", { headers: { "Set-Cookie": await startUserSession(request, user.id) } });
}

export default function ChangePasswordPage() {
  const { email, changed } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslator();
  const [form, fields] = useForm({
    lastResult,
    constraint: getZodConstraint(changePasswordSchema),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: changePasswordSchema }),
  });
  return (
    <section className="container narrow">
      <h1>{t("account.password.title")}</h1>
      {changed && !lastResult ? (
        <p className="notice" role="status">
          {t("account.password.changed")}
        </p>
      ) : null}
      <p>{t("account.password.lead")}</p>
      <Form method="post" {...getFormProps(form)} className="stack">
        <ErrorList id={form.errorId} errors={form.errors} />
        {/* Lets password managers update the entry of the right account. */}
        <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
        <Field
          label={t("account.password.current")}
          inputProps={{ ...getInputProps(fields.currentPassword, { type: "password" }), autoComplete: "current-password" }}
          errors={fields.currentPassword.errors}
          errorId={fields.currentPassword.errorId}
        />
        <Field
          label={t("account.password.new")}
          hint={t("form.passwordLength")}
          inputProps={{ ...getInputProps(fields.password, { type: "password" }), autoComplete: "new-password" }}
          errors={fields.password.errors}
          errorId={fields.password.errorId}
        />
        <Field
          label={t("account.password.confirm")}
          inputProps={{ ...getInputProps(fields.confirm, { type: "password" }), autoComplete: "new-password" }}
          errors={fields.confirm.errors}
          errorId={fields.confirm.errorId}
        />
        <button type="submit" className="button">
          {t("account.password.submit")}
        </button>
      </Form>
    </section>
  );
}
