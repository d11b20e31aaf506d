import type { MessageKey } from "~/locales/types";
import { useTranslator } from "~/utils/use-translator";

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslator();
  const tone = status === "PUBLISHED" ? "" : status === "REJECTED" || status === "PENDING_REVIEW" ? " badge--warn" : " badge--muted";
  return <span className={`badge${tone}`}>{t(`dashboard.status.${status}` as MessageKey)}</span>;
}

export function MissingTranslations({ missing }: { missing: readonly string[] }) {
  const { t } = useTranslator();
  if (!missing.length) return null;
  return (
    <span className="badge badge--missing">{t("dashboard.products.missingTranslation", { languages: missing.map((l) => l.toUpperCase()).join(", ") })}</span>
  );
}
