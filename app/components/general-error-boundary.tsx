import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import type { MessageKey } from "~/locales/types";
import { useTranslator } from "~/utils/use-translator";
import { isOneOf } from "~/utils/one-of";

const KNOWN_STATUSES = [400, 401, 403, 404, 413, 429] as const;
type KnownStatus = (typeof KNOWN_STATUSES)[number];

function isKnownStatus(status: number): status is KnownStatus {
  return isOneOf(KNOWN_STATUSES, status);
}

/**
 * One kind page for every error, in the visitor's language; never a stack trace. Each status has
 * its own words (`error.<status>`, a thrown 4xx may add a detail key). One boundary per area: the
 * root (storefront and account pages) and the admin, dashboard and centre layouts, which catch their
 * pages' errors; their page then replaces the area's navigation, so `back` links to the area's start.
 */
export function GeneralErrorBoundary({ back }: { back?: { to: string; label: MessageKey } }) {
  const error = useRouteError();
  const { t, has } = useTranslator();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const key: MessageKey = isKnownStatus(status) ? `error.${status}` : "error.500";
  const text = t(key);
  // A thrown 4xx may carry a message key (invariantResponse) that says what was wrong with the input.
  const detailKey = isRouteErrorResponse(error) && status < 500 ? (error.data as { message?: unknown } | null)?.message : undefined;
  const detail = typeof detailKey === "string" && has(detailKey) ? t(detailKey) : null;
  if (!isRouteErrorResponse(error) && typeof window === "undefined") console.error(error);
  return (
    <section className="container error-page" aria-labelledby="error-title">
      <p className="error-page__status">{status}</p>
      <h1 id="error-title">{text === key ? "Xəta baş verdi / Something went wrong" : text}</h1>
      {detail ? <p>{detail}</p> : null}
      {back ? (
        <p>
          <Link to={back.to}>{t(back.label)}</Link>
        </p>
      ) : null}
      <p>
        <Link to="/">{t("error.backHome") === "error.backHome" ? "ABAD Market" : t("error.backHome")}</Link>
      </p>
    </section>
  );
}
