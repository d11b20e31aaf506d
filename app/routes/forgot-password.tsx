import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorList, Field } from "~/components/forms";
import { forgotPasswordSchema } from "~/models/accounts/account-schemas";
import { requestPasswordReset } from "~/models/accounts/forgot-password.server";
import { getLocale, getTranslator } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "ABAD Market" }, { name: "robots", content: "noindex" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = await getTranslator(request);
  const sent = new URL(request.url).searchParams.get("sent") === "1";
  return { title: `${t("account.forgot.title")} · ${t("app.name")}`, sent };
}

export async function action({ request }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: forgotPasswordSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  await requestPasswordReset(submission.value.email, await getLocale(request));
  // The same answer whether or not the address has an account.
  throw redirect("/forgot-password?sent=1");
}

export default function ForgotPasswordPage() {
  const { sent } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslator();
  const [form, fields] = useForm({
    lastResult,
    constraint: getZodConstraint(forgotPasswordSchema),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: forgotPasswordSchema }),
  });
  return (
    <section className="container narrow">
      <h1>{t("account.forgot.title")}</h1>
      {sent && !lastResult ? (
        <p className="notice" role="status">
          {t("account.forgot.sent")}
        </p>
      ) : (
        <>
          <p>{t("account.forgot.lead")}</p>
          <Form method="post" {...getFormProps(form)} className="stack">
            <ErrorList id={form.errorId} errors={form.errors} />
            <Field
              label={t("auth.field.email")}
              inputProps={{ ...getInputProps(fields.email, { type: "email" }), autoComplete: "email" }}
              errors={fields.email.errors}
              errorId={fields.email.errorId}
            />
            <button type="submit" className="button">
              {t("account.forgot.submit")}
            </button>
          </Form>
        </>
      )}
      <p>
        <Link to="/login">{t("account.forgot.back")}</Link>
      </p>
    </section>
  );
}
