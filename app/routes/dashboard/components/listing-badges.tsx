import type { ProductStatus } from "~/generated/prisma/enums";
import { useTranslator } from "~/utils/use-translator";

export function StatusBadge({ status }: { status: ProductStatus }) {
  const { t } = useTranslator();
  const tone = status === "PUBLISHED" ? "" : status === "REJECTED" || status === "PENDING_REVIEW" ? " badge--warn" : " badge--muted";
  return <span className={`badge${tone}`}>{t(`dashboard.status.${status}`)}</span>;
}

export function MissingTranslations({ missing }: { missing: readonly string[] }) {
  const { t } = useTranslator();
  if (!missing.length) return null;
  return (
    <span className="badge badge--missing">{t("dashboard.products.missingTranslation", { languages: missing.map((l) => l.toUpperCase()).join(", ") })}</span>
  );
}
