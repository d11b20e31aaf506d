import { Form, Link } from "@remix-run/react";
import { MESSAGE_MAX } from "~/models/messages/message-schema";
import { useTranslator } from "~/utils/use-translator";

/**
 * "Ask the family" on a product page: a question goes to /messages/new, which keeps the shopper's
 * text and shows errors when something is wrong, and opens the new thread when it is sent.
 * Visitors are sent to sign in first (and back to the question form).
 */
export function AskTheFamily({ product, signedIn }: { product: { slug: string; producer: { name: string } }; signedIn: boolean }) {
  const { t } = useTranslator();
  const target = `/messages/new?${new URLSearchParams({ product: product.slug })}`;
  return (
    <details className="ask-family">
      <summary>{t("messages.ask")}</summary>
      <div className="stack">
        <p className="muted">{t("messages.askIntro", { producer: product.producer.name })}</p>
        {signedIn ? (
          <Form method="post" action={target} className="stack">
            <div className="field">
              <label htmlFor="ask-body">{t("messages.question")}</label>
              <textarea id="ask-body" name="body" rows={3} maxLength={MESSAGE_MAX} required />
            </div>
            <button type="submit">{t("messages.send")}</button>
          </Form>
        ) : (
          <p>
            <Link to={`/login?${new URLSearchParams({ redirectTo: target })}`} className="button button--secondary">
              {t("messages.askSignIn")}
            </Link>
          </p>
        )}
      </div>
    </details>
  );
}
