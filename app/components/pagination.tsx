import { Link, useLocation } from "@remix-run/react";
import { useTranslator } from "~/utils/use-translator";

export function Pagination({ page, pageCount }: { page: number; pageCount: number }) {
  const location = useLocation();
  const { t } = useTranslator();
  if (pageCount <= 1) return null;
  const hrefFor = (target: number) => {
    const params = new URLSearchParams(location.search);
    params.set("page", String(target));
    return `${location.pathname}?${params}`;
  };
  return (
    <nav aria-label={t("pagination.label")} className="pagination">
      {page > 1 ? (
        <Link to={hrefFor(page - 1)} rel="prev">
          {t("common.previous")}
        </Link>
      ) : null}
      <span aria-current="page">{t("pagination.status", { page, pageCount })}</span>
      {page < pageCount ? (
        <Link to={hrefFor(page + 1)} rel="next">
          {t("common.next")}
        </Link>
      ) : null}
    </nav>
  );
}
