import { Form } from "@remix-run/react";
import { AfterSaleSection } from "~/components/after-sale-section";
import { ReasonForm } from "~/components/reason-form";
import type { MessageKey } from "~/locales/types";
import type { ShopperOrder } from "~/models/orders/shopper-orders.server";
import { useTranslator } from "~/utils/use-translator";

export type CancelReply = { done: "cancelled" | "requested" | null; error: MessageKey | null; fieldErrors: Record<string, string[]> };

/**
 * On the shopper's order: cancel it at once while the producer has not taken it on, or ask the
 * producer once they have; the request's state afterwards. Plain forms, so no JavaScript is needed.
 */
export function OrderCancel({ order, reply }: { order: ShopperOrder; reply: CancelReply | null }) {
  const { t, date } = useTranslator();
  const { mode, request, refundsCard } = order.cancel;
  if (!mode && !request && !reply) return null;
  return (
    <AfterSaleSection
      headingId="cancel-heading"
      title={t("after.cancel.title")}
      done={reply?.done ? t(reply.done === "cancelled" ? "after.cancel.done" : "after.cancel.requestSent") : null}
      error={reply?.error}
    >
      {request ? (
        <p>
          {t("after.cancel.requestedOn", { date: date(request.createdAt) })} {request.status === "REQUESTED" ? t("after.cancel.waiting") : null}
          {request.status === "DECLINED" ? t("after.cancel.declined", { reason: request.answer }) : null}
          {request.status === "ACCEPTED" ? t("after.cancel.accepted") : null}
        </p>
      ) : null}
      {mode === "now" ? (
        <Form method="post" className="stack">
          <p>{t("after.cancel.nowHint")}</p>
          {refundsCard ? <p className="muted">{t("after.cancel.refundHint")}</p> : null}
          <p>
            <button type="submit" name="intent" value="cancelOrder" className="button--secondary">
              {t("after.cancel.now")}
            </button>
          </p>
        </Form>
      ) : null}
      {mode === "request" ? (
        <ReasonForm
          id="cancel-reason"
          label={t("after.cancel.reason")}
          hint={<p>{t("after.cancel.requestHint")}</p>}
          errors={reply?.fieldErrors.reason}
          required
          rows={3}
          intent="requestCancel"
          submit={t("after.cancel.request")}
        />
      ) : null}
    </AfterSaleSection>
  );
}
