import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ThreadList } from "~/components/message-thread";
import { listShopperThreads } from "~/models/messages/threads.server";
import { requireUser } from "~/utils/auth.server";
import { getTranslator } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "ABAD Market" }, { name: "robots", content: "noindex" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { t, locale } = await getTranslator(request);
  return { threads: await listShopperThreads(user.id, locale), title: `${t("messages.title")} · ${t("app.name")}` };
}

export default function ShopperMessages() {
  const { threads } = useLoaderData<typeof loader>();
  const { t } = useTranslator();
  return (
    <section className="container stack">
      <h1>{t("messages.title")}</h1>
      <p className="muted">{t("messages.intro")}</p>
      <ThreadList threads={threads} show="producer" hrefFor={(id) => `/messages/${id}`} />
    </section>
  );
}
