import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { ErrorList, Field } from "~/components/forms";
import { signupSchema } from "~/models/accounts/schemas";
import { createShopper } from "~/models/accounts/users.server";
import { mergeGuestCartIntoAccount } from "~/models/cart/cart.server";
import { getUser, homeOf, startUserSession } from "~/utils/auth.server";
import { getLocale, getTranslator } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "ABAD Market" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  if (user) throw redirect(homeOf(user));
  const { t } = await getTranslator(request);
  return { title: `${t("auth.signup.title")} · ${t("app.name")}` };
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: signupSchema });
  if (submission.status !== "success") {
    return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  }
  const { name, email, password, redirectTo } = submission.value;
  const created = await createShopper({ name, email, password, locale: await getLocale(request) });
  if (!created.ok) return data(submission.reply({ fieldErrors: { email: [created.error] }, hideFields: ["password"] }), { status: 400 });
  const { userId } = created;
  const headers = new Headers();
  headers.append("Set-Cookie", await startUserSession(request, userId));
  const cartCookie = await mergeGuestCartIntoAccount(request, userId);
  if (cartCookie) headers.append("Set-Cookie", cartCookie);
  throw redirect(redirectTo ?? "/", { headers });
}

export default function SignupPage() {
  const lastResult = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslator();
  const [form, fields] = useForm({
    lastResult,
    constraint: getZodConstraint(signupSchema),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: signupSchema }),
  });
  return (
    <section className="container narrow">
      <h1>{t("auth.signup.title")}</h1>
      <Form method="post" {...getFormProps(form)} className="stack">
        <ErrorList id={form.errorId} errors={form.errors} />
        <Field
          label={t("auth.field.name")}
          inputProps={{ ...getInputProps(fields.name, { type: "text" }), autoComplete: "name" }}
          errors={fields.name.errors}
          errorId={fields.name.errorId}
        />
        <Field
          label={t("auth.field.email")}
          inputProps={{ ...getInputProps(fields.email, { type: "email" }), autoComplete: "email" }}
          errors={fields.email.errors}
          errorId={fields.email.errorId}
        />
        <Field
          label={t("auth.field.password")}
          hint={t("form.passwordLength")}
          inputProps={{ ...getInputProps(fields.password, { type: "password" }), autoComplete: "new-password" }}
          errors={fields.password.errors}
          errorId={fields.password.errorId}
        />
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        <button type="submit" className="button">
          {t("auth.signup.submit")}
        </button>
      </Form>
      <p>
        {t("auth.signup.haveAccount")} <Link to="/login">{t("nav.login")}</Link>
      </p>
    </section>
  );
}
