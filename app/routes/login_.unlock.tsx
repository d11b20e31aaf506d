import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { trustDevice } from "~/models/accounts/login.server";
import { isUnlockLinkValid, redeemUnlockLink } from "~/models/accounts/login-limit.server";
import { getTranslator } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "ABAD Market" }, { name: "robots", content: "noindex" }];

/** Opening the mailed link only asks to confirm: mail scanners that fetch links must not use it up. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = await getTranslator(request);
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return { title: `${t("auth.unlock.title")} · ${t("app.name")}`, token, valid: await isUnlockLinkValid(token) };
}

export async function action({ request }: ActionFunctionArgs) {
  const token = String((await request.formData()).get("token") ?? "");
  const unlocked = await redeemUnlockLink(token);
  if (!unlocked) throw redirect(`/login/unlock?token=${encodeURIComponent(token.slice(0, 200))}`);
  throw redirect("/login?unlocked=1", { headers: { "Set-Cookie": await trustDevice(request, unlocked.userId) } });
}

export default function UnlockPage() {
  const { token, valid } = useLoaderData<typeof loader>();
  const { t } = useTranslator();
  return (
    <section className="container narrow">
      <h1>{t("auth.unlock.title")}</h1>
      {valid ? (
        <>
          <p>{t("auth.unlock.lead")}</p>
          <Form method="post" className="stack">
            <input type="hidden" name="token" value={token} />
            <button type="submit" className="button">
              {t("auth.unlock.submit")}
            </button>
          </Form>
        </>
      ) : (
        <p className="notice notice--error" role="alert">
          {t("auth.unlock.invalid")}
        </p>
      )}
      <p>
        <Link to="/login">{t("auth.login.title")}</Link>
      </p>
    </section>
  );
}
