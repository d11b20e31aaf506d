import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ThreadList } from "~/components/message-thread";
import { listProducerThreads } from "~/models/messages/threads.server";
import { requireProducerMember } from "~/utils/auth.server";
import { getLocale } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

/** Every thread of the member's producer: questions about products and talk about orders. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireProducerMember(request);
  return { threads: await listProducerThreads(user.producerId, user.id, await getLocale(request)) };
}

export default function DashboardMessages() {
  const { threads } = useLoaderData<typeof loader>();
  const { t } = useTranslator();
  return (
    <section className="stack">
      <h1>{t("messages.title")}</h1>
      <p className="muted">{t("dashboard.messages.intro")}</p>
      <ThreadList threads={threads} show="shopper" hrefFor={(id) => `/dashboard/messages/${id}`} />
    </section>
  );
}
