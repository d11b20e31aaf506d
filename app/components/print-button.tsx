import type { MessageKey } from "~/locales/types";
import { useTranslator } from "~/utils/use-translator";
import { useHydrated } from "~/utils/use-hydrated";

/** Printing needs JavaScript; without it the browser's own Print still gives a clean page (print CSS). */
export function PrintButton({ label = "orders.print" }: { label?: MessageKey }) {
  const { t } = useTranslator();
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <p className="no-print">
      <button type="button" className="button--secondary" onClick={() => window.print()}>
        {t(label)}
      </button>
    </p>
  );
}
