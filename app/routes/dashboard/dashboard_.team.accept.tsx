import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import type { MessageKey } from "~/locales/types";
import { acceptInvite, findInvite } from "~/models/producers/team.server";
import { requireUser, startUserSession } from "~/utils/auth.server";
import { getTranslator } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";
import dashboardStyles from "~/styles/dashboard.css?url";

// Outside the dashboard layout (note the `dashboard_`): the invited person is not a member yet.
export const links: LinksFunction = () => [{ rel: "stylesheet", href: dashboardStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "ABAD Market" }, { name: "robots", content: "noindex" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const invite = await findInvite(token);
  const { t } = await getTranslator(request);
  let problem: MessageKey | null = null;
  if (!invite) problem = "dashboard.team.inviteInvalid";
  else if (invite.email.toLowerCase() !== user.email.toLowerCase()) problem = "dashboard.team.wrongAccount";
  else if (user.producerId) problem = "dashboard.team.oneProducerOnly";
  return {
    token,
    producerName: invite?.producer.name ?? null,
    problem,
    email: user.email,
    title: `${t("dashboard.team.acceptTitle")} · ${t("app.name")}`,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await request.formData();
  const result = await acceptInvite(user, String(form.get("token") ?? ""));
  if (!result.ok) return data({ error: result.error }, { status: 400 });
  // New rights, new session id.
  throw redirect("/dashboard", { headers: { "Set-Cookie": await startUserSession(request, user.id) } });
}

export default function AcceptInvite() {
  const { token, producerName, problem, email } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslator();
  const error = actionData?.error ?? problem;
  return (
    <section className="container narrow stack">
      <h1>{t("dashboard.team.acceptTitle")}</h1>
      {error ? (
        <p className="notice notice--error" role="alert">
          {t(error, { email })}
        </p>
      ) : null}
      {!problem && producerName ? (
        <Form method="post" className="stack">
          <p>{t("dashboard.team.acceptLead", { producer: producerName })}</p>
          <input type="hidden" name="token" value={token} />
          <button type="submit" className="button">
            {t("dashboard.team.acceptButton", { producer: producerName })}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
