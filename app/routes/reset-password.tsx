import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorList, Field } from "~/components/forms";
import { findValidPasswordReset, resetPasswordWithToken } from "~/models/accounts/password-reset.server";
import { setPasswordSchema } from "~/models/accounts/staff-schema";
import { findUserForSession } from "~/models/accounts/users.server";
import { homeOf, startUserSession } from "~/utils/auth.server";
import { getTranslator } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.title ?? "ABAD Market" },
  { name: "robots", content: "noindex" },
  // The token is in the URL: keep it out of Referer headers to other sites.
  { name: "referrer", content: "no-referrer" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const [{ t }, reset] = await Promise.all([getTranslator(request), findValidPasswordReset(token)]);
  const title = `${t("admin.reset.title")} · ${t("app.name")}`;
  if (!reset) return data({ title, token: "", email: null }, { status: 400 });
  return { title, token, email: reset.email };
}

export async function action({ request }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: setPasswordSchema });
  if (submission.status !== "success") {
    return data(submission.reply({ hideFields: ["password", "confirm"] }), { status: 400 });
  }
  const result = await resetPasswordWithToken(submission.value.token, submission.value.password);
  if (!result.ok) {
    return data(submission.reply({ formErrors: [result.error], hideFields: ["password", "confirm"] }), { status: 400 });
  }
  const user = await findUserForSession(result.userId);
  const cookie = await startUserSession(request, result.userId);
  throw redirect(user ? homeOf(user) : "/", { headers: { "Set-Cookie": cookie } });
}

export default function ResetPasswordPage() {
  const { token, email } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslator();
  const [form, fields] = useForm({
    lastResult,
    constraint: getZodConstraint(setPasswordSchema),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: setPasswordSchema }),
  });
  return (
    <section className="container narrow">
      <h1>{t("admin.reset.title")}</h1>
      {!token ? (
        <>
          <p className="notice notice--error">{t("admin.reset.invalid")}</p>
          <p>
            <Link to="/forgot-password">{t("account.forgot.link")}</Link> · <Link to="/login">{t("nav.login")}</Link>
          </p>
        </>
      ) : (
        <Form method="post" {...getFormProps(form)} className="stack">
          <p>{t("admin.reset.lead", { email: email ?? "" })}</p>
          <ErrorList id={form.errorId} errors={form.errors} />
          <input type="hidden" name="token" value={token} />
          {/* Lets password managers save the new password under the right account. */}
          <input type="email" name="username" value={email ?? ""} autoComplete="username" readOnly hidden />
          <Field
            label={t("admin.reset.password")}
            hint={t("form.passwordLength")}
            inputProps={{ ...getInputProps(fields.password, { type: "password" }), autoComplete: "new-password" }}
            errors={fields.password.errors}
            errorId={fields.password.errorId}
          />
          <Field
            label={t("admin.reset.confirm")}
            inputProps={{ ...getInputProps(fields.confirm, { type: "password" }), autoComplete: "new-password" }}
            errors={fields.confirm.errors}
            errorId={fields.confirm.errorId}
          />
          <button type="submit" className="button">
            {t("admin.reset.submit")}
          </button>
        </Form>
      )}
    </section>
  );
}
