import { Form } from "@remix-run/react";
import { AfterSaleSection } from "~/components/after-sale-section";
import { ErrorList } from "~/components/forms";
import { ReasonField } from "~/components/reason-form";
import type { ReturnStatus } from "~/generated/prisma/enums";
import type { MessageKey } from "~/locales/types";
import { useTranslator } from "~/utils/use-translator";

export type ReturnReply = { done: boolean; error: MessageKey | null; fieldErrors: Record<string, string[]> };
export type ReturnPhotoData = { src: string; width: number; height: number };
export type ReturnState = {
  reason: string;
  status: ReturnStatus;
  answer: string;
  amountQ: number;
  createdAt: string;
  decidedByStaff: boolean;
  photos: ReturnPhotoData[];
};

/** The shopper's photos of a return, as small pictures (producer, staff and shopper see the same, each through a link only they may open). */
export function ReturnPhotos({ photos }: { photos: ReturnPhotoData[] }) {
  const { t } = useTranslator();
  if (photos.length === 0) return null;
  return (
    <ul className="return-photos">
      {photos.map((photo, i) => (
        <li key={photo.src}>
          <a href={photo.src}>
            <img
              src={photo.src}
              alt={t("after.return.photoAlt", { count: i + 1 })}
              width={160}
              height={Math.round((160 * photo.height) / photo.width)}
              loading="lazy"
            />
          </a>
        </li>
      ))}
    </ul>
  );
}

/** A return's state in words: waiting, accepted with how to send it back, declined with why, or refunded. */
export function ReturnStatusText({ request, producer = false }: { request: ReturnState; producer?: boolean }) {
  const { t, money } = useTranslator();
  const key: MessageKey = producer && request.status === "REFUNDED" ? "dashboard.after.returnRefunded" : `after.return.status.${request.status}`;
  return (
    <p>
      {t(key, { answer: request.answer, amount: money(request.amountQ) })}
      {request.decidedByStaff ? ` ${t("after.return.byStaff")}` : null}
    </p>
  );
}

/**
 * On the shopper's delivered order: ask to return it within the producer's window, with a reason
 * and photos (a plain multipart form, no JavaScript needed), then follow the request.
 */
export function OrderReturn({ until, request, reply }: { until: string | null; request: ReturnState | null; reply: ReturnReply | null }) {
  const { t, date } = useTranslator();
  if (!until && !request) return null;
  return (
    <AfterSaleSection headingId="return-heading" title={t("after.return.title")} done={reply?.done ? t("after.return.sent") : null} error={reply?.error}>
      {request ? (
        <>
          <p>{t("after.return.requestedOn", { date: date(request.createdAt) })}</p>
          <ReturnStatusText request={request} />
          <ReturnPhotos photos={request.photos} />
        </>
      ) : until ? (
        <Form method="post" encType="multipart/form-data" className="stack">
          <p>{t("after.return.hint", { date: date(until) })}</p>
          <ReasonField id="return-reason" label={t("after.return.reason")} errors={reply?.fieldErrors.reason} required rows={3} maxLength={1000} />
          <div className="field">
            <label htmlFor="return-photos">{t("after.return.photos")}</label>
            <input
              id="return-photos"
              name="photo"
              type="file"
              accept="image/jpeg,image/png,image/webp,image/avif"
              multiple
              aria-describedby="return-photos-errors"
              aria-invalid={reply?.fieldErrors.photo ? true : undefined}
            />
            <ErrorList id="return-photos-errors" errors={reply?.fieldErrors.photo} />
          </div>
          <p>
            <button type="submit" name="intent" value="openReturn" className="button--secondary">
              {t("after.return.submit")}
            </button>
          </p>
        </Form>
      ) : null}
    </AfterSaleSection>
  );
}
