import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ThreadList } from "~/components/message-thread";
import { listReportedThreads } from "~/models/messages/threads.server";
import { requireStaff } from "~/utils/auth.server";
import { getLocale } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

/** Threads a shopper or a producer reported: staff read them here, answer and close them. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaff(request);
  return { threads: await listReportedThreads(user.id, await getLocale(request)) };
}

export default function AdminMessages() {
  const { threads } = useLoaderData<typeof loader>();
  const { t } = useTranslator();
  return (
    <section className="stack">
      <h1>{t("admin.messages.title")}</h1>
      <p className="muted">{t("admin.messages.intro")}</p>
      <ThreadList threads={threads} show="both" hrefFor={(id) => `/admin/messages/${id}`} />
    </section>
  );
}
