import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorList, Field } from "~/components/forms";
import { attemptLogin } from "~/models/accounts/login.server";
import { loginSchema } from "~/models/accounts/schemas";
import { findUserForSession } from "~/models/accounts/users.server";
import { mergeGuestCartIntoAccount } from "~/models/cart/cart.server";
import { getUser, homeOf, startUserSession } from "~/utils/auth.server";
import { env } from "~/utils/env.server";
import { clientIpOf } from "~/utils/load-context";
import { getTranslator } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "ABAD Market" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  if (user) throw redirect(homeOf(user));
  const { t } = await getTranslator(request);
  // The demo password is seeded only outside production, so only there is it worth a hint.
  return {
    title: `${t("auth.login.title")} · ${t("app.name")}`,
    unlocked: new URL(request.url).searchParams.get("unlocked") === "1",
    demoHint: env().NODE_ENV !== "production",
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: loginSchema });
  if (submission.status !== "success") {
    return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  }
  const { email, password, redirectTo } = submission.value;
  const result = await attemptLogin(request, email, password, clientIpOf(context));
  if (!result.ok) {
    const status = result.error === "auth.login.invalid" || result.error === "auth.login.deactivated" ? 400 : 429;
    return data(submission.reply({ formErrors: [result.error], hideFields: ["password"] }), { status });
  }
  const headers = new Headers();
  headers.append("Set-Cookie", await startUserSession(request, result.userId));
  headers.append("Set-Cookie", result.deviceCookie);
  const cartCookie = await mergeGuestCartIntoAccount(request, result.userId);
  if (cartCookie) headers.append("Set-Cookie", cartCookie);
  const user = await findUserForSession(result.userId);
  throw redirect(redirectTo ?? (user ? homeOf(user) : "/"), { headers });
}

export default function LoginPage() {
  const lastResult = useActionData<typeof action>();
  const { unlocked, demoHint } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslator();
  const [form, fields] = useForm({
    lastResult,
    constraint: getZodConstraint(loginSchema),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: loginSchema }),
  });
  return (
    <section className="container narrow">
      <h1>{t("auth.login.title")}</h1>
      {unlocked && !lastResult ? (
        <p className="notice" role="status">
          {t("auth.login.unlocked")}
        </p>
      ) : null}
      <Form method="post" {...getFormProps(form)} className="stack">
        <ErrorList id={form.errorId} errors={form.errors} />
        <Field
          label={t("auth.field.email")}
          inputProps={{ ...getInputProps(fields.email, { type: "email" }), autoComplete: "email" }}
          errors={fields.email.errors}
          errorId={fields.email.errorId}
        />
        <Field
          label={t("auth.field.password")}
          inputProps={{ ...getInputProps(fields.password, { type: "password" }), autoComplete: "current-password" }}
          errors={fields.password.errors}
          errorId={fields.password.errorId}
        />
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        <button type="submit" className="button">
          {t("auth.login.submit")}
        </button>
      </Form>
      <p>
        <Link to="/forgot-password">{t("account.forgot.link")}</Link>
      </p>
      {demoHint ? <p className="muted">{t("auth.demoHint")}</p> : null}
      <p>
        {t("auth.login.noAccount")} <Link to="/signup">{t("nav.signup")}</Link>
      </p>
    </section>
  );
}
