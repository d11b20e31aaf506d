import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { MessageForm, MessageList, ReportForm, ThreadFacts } from "~/components/message-thread";
import { submitThreadForm } from "~/models/messages/thread-form.server";
import { loadThread } from "~/models/messages/threads.server";
import { requireUser } from "~/utils/auth.server";
import { notFound } from "~/utils/http.server";
import { getTranslator } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "ABAD Market" }, { name: "robots", content: "noindex" }];

/** The shopper's side of a thread; anyone else gets 404. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { t, locale } = await getTranslator(request);
  const thread = await loadThread({ kind: "shopper", userId: user.id }, params.id ?? "", locale);
  if (!thread) notFound();
  return { thread, title: `${thread.producer.name} · ${t("messages.title")} · ${t("app.name")}` };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const result = await submitThreadForm({ kind: "shopper", userId: user.id }, { threadId: params.id ?? "" }, await request.formData());
  if (!result) notFound();
  return data(result.reply, { status: result.status });
}

export default function ShopperThread() {
  const { thread } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const { t } = useTranslator();
  return (
    <section className="container stack thread-page">
      <p>
        <Link to="/messages">← {t("messages.title")}</Link>
      </p>
      <h1>{thread.producer.name}</h1>
      <ThreadFacts thread={thread} />
      <MessageList messages={thread.messages} mySide="SHOPPER" />
      {thread.status === "OPEN" ? <MessageForm reply={reply} /> : null}
      {thread.reported ? null : <ReportForm reply={reply} />}
    </section>
  );
}
