import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { MessageForm, MessageList, ReportForm, ThreadFacts } from "~/components/message-thread";
import { submitThreadForm } from "~/models/messages/thread-form.server";
import { loadThread } from "~/models/messages/threads.server";
import { requireProducerMember } from "~/utils/auth.server";
import { notFound } from "~/utils/http.server";
import { getLocale } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

/** The producer's side of a thread: another producer's thread is a 404. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireProducerMember(request);
  const thread = await loadThread({ kind: "producer", userId: user.id, producerId: user.producerId }, params.id ?? "", await getLocale(request));
  if (!thread) notFound();
  return { thread };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireProducerMember(request);
  const viewer = { kind: "producer", userId: user.id, producerId: user.producerId } as const;
  const result = await submitThreadForm(viewer, { threadId: params.id ?? "" }, await request.formData());
  if (!result) notFound();
  return data(result.reply, { status: result.status });
}

export default function DashboardThread() {
  const { thread } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const { t } = useTranslator();
  return (
    <section className="stack thread-page">
      <p>
        <Link to="/dashboard/messages">← {t("messages.title")}</Link>
      </p>
      <h1>{thread.shopperName}</h1>
      <ThreadFacts thread={thread} />
      {thread.order ? (
        <p>
          <Link to={`/dashboard/orders/${thread.order.id}`}>{t("messages.openOrder", { number: thread.order.number })}</Link>
        </p>
      ) : null}
      <MessageList messages={thread.messages} mySide="PRODUCER" />
      {thread.status === "OPEN" ? <MessageForm reply={reply} label={t("messages.answer")} /> : null}
      {thread.reported ? null : <ReportForm reply={reply} />}
    </section>
  );
}
