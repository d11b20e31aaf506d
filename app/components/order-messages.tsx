import { useActionData } from "@remix-run/react";
import { MessageForm, MessageList, ReportForm, ThreadFacts, type MessageReply, type ThreadFactsData, type ThreadMessage } from "~/components/message-thread";
import { useTranslator } from "~/utils/use-translator";

type OrderThread = ThreadFactsData & { messages: ThreadMessage[] };

/**
 * The order page's conversation with the family. A guest's forms carry the order link's token,
 * so writing works through the link from the confirmation mail as well as signed in.
 */
export function OrderMessages({ thread, token }: { thread: OrderThread | null; token: string | null }) {
  const { t } = useTranslator();
  const raw = useActionData<MessageReply | { intent?: undefined }>();
  const reply = raw && "intent" in raw && raw.intent ? raw : null;
  const hidden: Record<string, string> = token ? { token } : {};
  return (
    <section aria-labelledby="messages-heading" className="stack thread-page">
      <h2 id="messages-heading">{t("messages.orderTitle")}</h2>
      {thread ? (
        <>
          <ThreadFacts thread={{ ...thread, order: null }} />
          <MessageList messages={thread.messages} mySide="SHOPPER" />
        </>
      ) : (
        <p className="muted">{t("messages.orderHint")}</p>
      )}
      {!thread || thread.status === "OPEN" ? <MessageForm reply={reply} hidden={hidden} /> : null}
      {thread && !thread.reported ? <ReportForm reply={reply} hidden={hidden} /> : null}
    </section>
  );
}
