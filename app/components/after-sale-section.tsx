import type { ReactNode } from "react";
import type { MessageKey } from "~/locales/types";
import { useTranslator } from "~/utils/use-translator";

/**
 * A card on the shopper's order for one after-sale step (cancel, return): its title, then what the
 * last post did, done or refused, as notices a screen reader announces.
 */
export function AfterSaleSection({
  headingId,
  title,
  done,
  error,
  children,
}: {
  headingId: string;
  title: string;
  done: string | null;
  error: MessageKey | null | undefined;
  children: ReactNode;
}) {
  const { t } = useTranslator();
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {done ? (
        <p className="notice" role="status">
          {done}
        </p>
      ) : null}
      {error ? (
        <p className="notice notice--error" role="alert">
          {t(error)}
        </p>
      ) : null}
      {children}
    </section>
  );
}
