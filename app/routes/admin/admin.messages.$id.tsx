import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { MessageForm, MessageList, ThreadFacts } from "~/components/message-thread";
import { submitThreadForm } from "~/models/messages/thread-form.server";
import { loadThread } from "~/models/messages/threads.server";
import { requireStaff } from "~/utils/auth.server";
import { notFound } from "~/utils/http.server";
import { getLocale } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

/** A reported thread (a thread nobody reported is a 404 for staff too). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireStaff(request);
  const thread = await loadThread({ kind: "staff", userId: user.id }, params.id ?? "", await getLocale(request));
  if (!thread) notFound();
  return { thread };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireStaff(request);
  const result = await submitThreadForm({ kind: "staff", userId: user.id }, { threadId: params.id ?? "" }, await request.formData());
  if (!result) notFound();
  return data(result.reply, { status: result.status });
}

export default function AdminThread() {
  const { thread } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const { t } = useTranslator();
  return (
    <section className="stack thread-page">
      <p>
        <Link to="/admin/messages">← {t("admin.messages.title")}</Link>
      </p>
      <h1>
        {thread.shopperName} · {thread.producer.name}
      </h1>
      <p className="notice notice--warn">{t("messages.reportedBecause", { reason: thread.reportReason })}</p>
      <ThreadFacts thread={thread} />
      <MessageList messages={thread.messages} mySide="STAFF" />
      {thread.status === "OPEN" ? (
        <>
          <MessageForm reply={reply} label={t("admin.messages.write")} />
          <Form method="post">
            <button type="submit" name="intent" value="close" className="button--secondary">
              {t("admin.messages.close")}
            </button>
          </Form>
        </>
      ) : null}
    </section>
  );
}
