import { Form, Link, useNavigation } from "@remix-run/react";
import type { MessageKey } from "~/locales/types";
import { MESSAGE_MAX, REPORT_REASON_MAX } from "~/models/messages/message-schema";
import { ErrorList } from "~/components/forms";
import { ReasonForm } from "~/components/reason-form";
import { useTranslator } from "~/utils/use-translator";

export type ThreadMessage = { id: string; side: "SHOPPER" | "PRODUCER" | "STAFF"; body: string; createdAt: string; author: string };
export type ThreadListRow = {
  id: string;
  status: string;
  lastMessageAt: string;
  reported: boolean;
  reportReason: string;
  producerName: string;
  shopperName: string;
  about: { kind: "order" | "product"; label: string };
  unread: boolean;
};
export type MessageReply = { ok: boolean; intent: string; fieldErrors: Record<string, string[]>; error: MessageKey | null };

/**
 * The messages of a thread. Bodies are plain text rendered as text (React escapes them): a
 * link someone wrote is shown, never made clickable.
 */
export function MessageList({ messages, mySide }: { messages: ThreadMessage[]; mySide: ThreadMessage["side"] }) {
  const { t, dateTime } = useTranslator();
  if (messages.length === 0) return <p className="muted">{t("messages.empty")}</p>;
  return (
    <ol className="message-list" aria-label={t("messages.listLabel")}>
      {messages.map((m) => (
        <li key={m.id} className={`message message--${m.side === mySide ? "mine" : "theirs"}`}>
          <p className="message__meta">
            <strong>{m.side === "STAFF" ? t("messages.side.STAFF") : m.author || t(`messages.side.${m.side}`)}</strong>{" "}
            <span className="muted">
              · <time dateTime={m.createdAt}>{dateTime(m.createdAt)}</time>
            </span>
          </p>
          <p className="message__body">{m.body}</p>
        </li>
      ))}
    </ol>
  );
}

/** The reply form: a plain POST, so it works without JavaScript. */
export function MessageForm({
  reply,
  label,
  hidden = {},
  intent = "message",
  action,
}: {
  reply?: MessageReply | null;
  label?: string;
  hidden?: Record<string, string>;
  intent?: string;
  action?: string;
}) {
  const { t } = useTranslator();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting" && navigation.formData?.get("intent") === intent;
  const mine = reply && reply.intent === intent ? reply : null;
  const errors = mine?.fieldErrors.body;
  return (
    <Form method="post" action={action} className="stack message-form" key={mine?.ok ? "sent" : "draft"}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {mine?.ok ? (
        <p className="notice" role="status">
          {t("messages.sent")}
        </p>
      ) : null}
      {mine?.error ? (
        <p className="notice notice--error" role="alert">
          {t(mine.error)}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={`${intent}-body`}>{label ?? t("messages.write")}</label>
        <p className="field__hint" id={`${intent}-hint`}>
          {t("messages.hint", { max: MESSAGE_MAX })}
        </p>
        <textarea
          id={`${intent}-body`}
          name="body"
          rows={4}
          maxLength={MESSAGE_MAX}
          required
          aria-invalid={errors ? true : undefined}
          aria-describedby={`${intent}-hint ${intent}-body-error`}
        />
        <ErrorList id={`${intent}-body-error`} errors={errors} />
      </div>
      <button type="submit" name="intent" value={intent} disabled={busy}>
        {t("messages.send")}
      </button>
    </Form>
  );
}

/** "Report to ABAD": a reason, then staff can read the thread and close it. */
export function ReportForm({ reply, hidden = {} }: { reply?: MessageReply | null; hidden?: Record<string, string> }) {
  const { t } = useTranslator();
  const mine = reply && reply.intent === "report" ? reply : null;
  return (
    <details className="card" open={!!mine && !mine.ok}>
      <summary>{t("messages.report")}</summary>
      <ReasonForm
        id="report-reason"
        label={t("messages.reportReason")}
        hint={<p className="muted">{t("messages.reportHint")}</p>}
        errors={mine?.fieldErrors.reason}
        required
        maxLength={REPORT_REASON_MAX}
        intent="report"
        submit={t("messages.reportSend")}
        hidden={hidden}
      />
    </details>
  );
}

/** What a thread is about, the other side's contact details (once an order exists) and its state. */
export type ThreadFactsData = {
  side: string;
  status: string;
  reported: boolean;
  product: { slug: string; title: string } | null;
  order: { id: string; number: string } | null;
  contact: { name: string; email: string; phone: string } | null;
  contactsHidden: boolean;
};

export function ThreadFacts({ thread, productLink = true }: { thread: ThreadFactsData; productLink?: boolean }) {
  const { t } = useTranslator();
  return (
    <div className="stack">
      {thread.product ? (
        <p>
          {t("messages.aboutProduct")}{" "}
          {productLink ? <Link to={`/products/${thread.product.slug}`}>{thread.product.title}</Link> : <strong>{thread.product.title}</strong>}
        </p>
      ) : null}
      {thread.order ? <p>{t("messages.aboutOrder", { number: thread.order.number })}</p> : null}
      {thread.status === "CLOSED" ? (
        <p className="notice notice--warn" role="status">
          {t("messages.closed")}
        </p>
      ) : null}
      {thread.reported && thread.side !== "STAFF" ? <p className="muted">{t("messages.reported")}</p> : null}
      {thread.contact ? (
        <div className="card">
          <h2>{t("messages.contact")}</h2>
          <p>{thread.contact.name}</p>
          {thread.contact.phone ? <p>{t("messages.contactPhone", { phone: thread.contact.phone })}</p> : null}
          {thread.contact.email ? <p>{t("messages.contactEmail", { email: thread.contact.email })}</p> : null}
        </div>
      ) : thread.side !== "STAFF" ? (
        <p className="muted">{t("messages.contactLater")}</p>
      ) : null}
      {thread.contactsHidden ? <p className="muted">{t("messages.contactsHidden")}</p> : null}
    </div>
  );
}

/** A list of threads, newest first, with unread ones marked. */
export function ThreadList({ threads, hrefFor, show }: { threads: ThreadListRow[]; hrefFor: (id: string) => string; show: "producer" | "shopper" | "both" }) {
  const { t, dateTime } = useTranslator();
  if (threads.length === 0) return <p className="muted">{t("messages.none")}</p>;
  return (
    <ul className="thread-list">
      {threads.map((thread) => {
        const who = show === "producer" ? thread.producerName : show === "shopper" ? thread.shopperName : `${thread.shopperName} · ${thread.producerName}`;
        return (
          <li key={thread.id} className={`card thread-list__item${thread.unread ? " thread-list__item--unread" : ""}`}>
            <p>
              <Link to={hrefFor(thread.id)}>
                <strong>{who}</strong>
              </Link>
              {thread.unread ? <span className="badge">{t("messages.unread")}</span> : null}
              {thread.status === "CLOSED" ? <span className="badge">{t("messages.closedBadge")}</span> : null}
            </p>
            <p className="muted">
              {thread.about.kind === "order" ? t("messages.aboutOrder", { number: thread.about.label }) : `${t("messages.aboutProduct")} ${thread.about.label}`}{" "}
              · <time dateTime={thread.lastMessageAt}>{dateTime(thread.lastMessageAt)}</time>
            </p>
            {show === "both" && thread.reportReason ? <p>{t("messages.reportedBecause", { reason: thread.reportReason })}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}
