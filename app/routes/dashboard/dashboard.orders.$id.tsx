import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { orderThreadId } from "~/models/messages/threads.server";
import { FulfilmentLine, OrderLinesTable, OrderStatusBadge, OrderTimeline } from "~/components/order-summary";
import { ErrorList, ErrorText } from "~/components/forms";
import { ReasonForm } from "~/components/reason-form";
import { decideCancellation } from "~/models/orders/cancel-requests.server";
import { cancelDecisionSchema, returnDecisionSchema } from "~/models/orders/cancel-schema";
import { producerAcceptPaid, producerMoveOrder } from "~/models/orders/lifecycle.server";
import { ReturnPhotos, ReturnStatusText } from "~/components/order-return";
import { decideReturn, markReturnReceived, returnOf } from "~/models/orders/returns.server";
import { orderActionSchema } from "~/models/orders/order-action-schema";
import { getProducerOrder } from "~/models/orders/producer-orders.server";
import { requireProducerMember } from "~/utils/auth.server";
import { notFound } from "~/utils/http.server";
import { getTranslator } from "~/utils/locale.server";
import { PrintButton } from "~/components/print-button";
import { useTranslator } from "~/utils/use-translator";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "ABAD Market" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireProducerMember(request);
  const { t, locale } = await getTranslator(request);
  const order = await getProducerOrder(user.producerId, params.id ?? "", locale);
  if (!order) notFound();
  // The shopper's messages about this order, once they wrote (the thread page is scoped to this producer too).
  const threadId = await orderThreadId(order.id);
  const returnRequest = await returnOf(order.id);
  return { order, threadId, returnRequest, title: `${t("order.number", { number: order.number })} · ${t("nav.dashboard")}` };
}

/** Deciding the shopper's return, or marking its goods received (which refunds it). */
async function returnAction(user: { id: string; producerId: string }, orderId: string, form: Record<string, FormDataEntryValue>) {
  let result;
  if (form.intent === "returnReceived") {
    result = await markReturnReceived({ orderId, producerId: user.producerId, actorId: user.id });
  } else {
    const parsed = returnDecisionSchema.safeParse(form);
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) (fieldErrors[`return.${String(issue.path[0] ?? "")}`] ??= []).push(issue.message);
      return data<OrderActionData>({ ok: false, fieldErrors }, { status: 400 });
    }
    const decider = { kind: "producer" as const, producerId: user.producerId, actorId: user.id };
    result = await decideReturn({ orderId, decider, accept: parsed.data.intent === "returnAccept", answer: parsed.data.answer });
  }
  if (!result.ok) {
    if (result.error === "order.notFound") notFound();
    return data<OrderActionData>({ ok: false, fieldErrors: { "": ["orders.notAllowed"] } }, { status: 409 });
  }
  return data<OrderActionData>({ ok: true, fieldErrors: {} });
}

/** Accepting a paid card order, or deciding the shopper's cancellation request. */
async function afterSaleAction(user: { id: string; producerId: string }, orderId: string, form: Record<string, FormDataEntryValue>) {
  let result;
  if (form.intent === "ACCEPT") {
    result = await producerAcceptPaid({ orderId, producerId: user.producerId, actorId: user.id });
  } else {
    const parsed = cancelDecisionSchema.safeParse(form);
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? "")] ??= []).push(issue.message);
      return data<OrderActionData>({ ok: false, fieldErrors }, { status: 400 });
    }
    const accept = parsed.data.intent === "cancelAccept";
    result = await decideCancellation({ orderId, producerId: user.producerId, actorId: user.id, accept, answer: parsed.data.answer ?? "" });
  }
  if (!result.ok) {
    if (result.error === "order.notFound") notFound();
    return data<OrderActionData>({ ok: false, fieldErrors: { "": ["orders.notAllowed"] } }, { status: 409 });
  }
  return data<OrderActionData>({ ok: true, fieldErrors: {} });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireProducerMember(request);
  const form = Object.fromEntries(await request.formData());
  if (form.intent === "ACCEPT" || form.intent === "cancelAccept" || form.intent === "cancelDecline") return afterSaleAction(user, params.id ?? "", form);
  if (form.intent === "returnAccept" || form.intent === "returnDecline" || form.intent === "returnReceived") return returnAction(user, params.id ?? "", form);
  const parsed = orderActionSchema.safeParse(form);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? "")] ??= []).push(issue.message);
    return data<OrderActionData>({ ok: false, fieldErrors }, { status: 400 });
  }
  const result = await producerMoveOrder({
    orderId: params.id ?? "",
    producerId: user.producerId,
    to: parsed.data.intent,
    actorId: user.id,
    reason: parsed.data.reason,
    trackingNote: parsed.data.trackingNote,
  });
  if (!result.ok) {
    if (result.error === "order.notFound") notFound();
    return data<OrderActionData>({ ok: false, fieldErrors: { "": ["orders.notAllowed"] } }, { status: 409 });
  }
  return data<OrderActionData>({ ok: true, fieldErrors: {} });
}

type OrderActionData = { ok: boolean; fieldErrors: Record<string, string[]> };

type ProducerOrder = NonNullable<Awaited<ReturnType<typeof loader>>>["order"];

/** The shopper's cancellation request: accept it (the order is cancelled and a card payment refunded) or decline it with a reason. */
function CancelRequestForms({ order, busy, fieldErrors }: { order: ProducerOrder; busy: boolean; fieldErrors: Record<string, string[]> }) {
  const { t, date } = useTranslator();
  const request = order.cancelRequest;
  if (!request) return null;
  const open = request.status === "REQUESTED" && order.status !== "CANCELLED";
  return (
    <section className="card stack" aria-labelledby="cancel-request-heading">
      <h2 id="cancel-request-heading">{t("dashboard.after.cancelRequest")}</h2>
      <p>{t("dashboard.after.requestedOn", { date: date(request.createdAt), reason: request.reason })}</p>
      {request.status === "DECLINED" ? <p className="muted">{t("dashboard.after.declined", { reason: request.answer })}</p> : null}
      {request.status === "ACCEPTED" ? <p className="muted">{t("after.cancel.accepted")}</p> : null}
      {open ? (
        <>
          <Form method="post">
            <p className="muted">{t("dashboard.after.acceptCancelHint")}</p>
            <button type="submit" name="intent" value="cancelAccept" className="button--danger" disabled={busy}>
              {t("dashboard.after.acceptCancel")}
            </button>
          </Form>
          <ReasonForm
            id="answer"
            name="answer"
            label={t("dashboard.after.declineReason")}
            errors={fieldErrors.answer}
            intent="cancelDecline"
            submit={t("dashboard.after.declineCancel")}
            busy={busy}
          />
        </>
      ) : null}
    </section>
  );
}

type ReturnRequest = Awaited<ReturnType<typeof loader>>["returnRequest"];

/** The shopper's return: its reason and photos; accept it (saying how to send it back) or decline it; then mark the goods received. */
function ReturnForms({ request, busy, fieldErrors }: { request: ReturnRequest; busy: boolean; fieldErrors: Record<string, string[]> }) {
  const { t, date } = useTranslator();
  if (!request) return null;
  return (
    <section className="card stack" aria-labelledby="return-request-heading">
      <h2 id="return-request-heading">{t("dashboard.after.return")}</h2>
      <p>{t("dashboard.after.returnRequestedOn", { date: date(request.createdAt), reason: request.reason })}</p>
      <ReturnPhotos photos={request.photos} />
      {request.status !== "REQUESTED" ? <ReturnStatusText request={request} producer /> : null}
      {request.status === "REQUESTED" ? (
        <Form method="post" className="stack">
          <div className="field">
            <label htmlFor="return-answer">{t("dashboard.after.returnInstructions")}</label>
            <textarea
              id="return-answer"
              name="answer"
              rows={3}
              maxLength={1000}
              aria-describedby="return-answer-errors"
              aria-invalid={fieldErrors["return.answer"] ? true : undefined}
            />
            <ErrorList id="return-answer-errors" errors={fieldErrors["return.answer"]} />
          </div>
          <div className="order-actions__row">
            <button type="submit" name="intent" value="returnAccept" disabled={busy}>
              {t("dashboard.after.returnAccept")}
            </button>{" "}
            <button type="submit" name="intent" value="returnDecline" className="button--secondary" disabled={busy}>
              {t("dashboard.after.returnDecline")}
            </button>
          </div>
        </Form>
      ) : null}
      {request.status === "ACCEPTED" ? (
        <Form method="post" className="stack">
          <p className="muted">{t("dashboard.after.returnReceivedHint")}</p>
          <p>
            <button type="submit" name="intent" value="returnReceived" disabled={busy}>
              {t("dashboard.after.returnReceived")}
            </button>
          </p>
        </Form>
      ) : null}
    </section>
  );
}

function ActionForms({ order }: { order: ProducerOrder }) {
  const { t } = useTranslator();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";
  const fieldErrors = lastResult?.fieldErrors ?? {};
  const formErrors = fieldErrors[""];
  const forward = order.actions.filter((a) => a !== "CANCELLED");
  return (
    <div className="stack order-actions">
      {formErrors ? (
        <p className="notice notice--error" role="alert">
          <ErrorText error={formErrors[0]} />
        </p>
      ) : lastResult?.ok ? (
        <p className="notice" role="status">
          {t("orders.moved")}
        </p>
      ) : null}
      {order.status === "PLACED" && order.group.paymentMethod === "CARD" ? <p className="notice notice--warn">{t("orders.awaitingPayment")}</p> : null}
      <CancelRequestForms order={order} busy={busy} fieldErrors={fieldErrors} />
      {order.canAccept ? (
        <Form method="post" className="card stack">
          <p>{t("dashboard.after.acceptHint")}</p>
          <button type="submit" name="intent" value="ACCEPT" disabled={busy}>
            {t("orders.action.CONFIRMED")}
          </button>
        </Form>
      ) : null}
      {forward.map((to) => (
        <Form method="post" key={to} className="card stack">
          {to === "SHIPPED" ? (
            <div className="field">
              <label htmlFor="trackingNote">{t("orders.trackingNote")}</label>
              <input id="trackingNote" name="trackingNote" maxLength={200} />
            </div>
          ) : null}
          <button type="submit" name="intent" value={to} disabled={busy}>
            {t(`orders.action.${to}`)}
          </button>
        </Form>
      ))}
      {order.actions.includes("CANCELLED") ? (
        <ReasonForm
          id="reason"
          className="card stack"
          label={t("orders.cancelReason")}
          errors={fieldErrors.reason}
          intent="CANCELLED"
          submit={t("orders.action.CANCELLED")}
          buttonClassName="button--danger"
          busy={busy}
        />
      ) : null}
    </div>
  );
}

export default function ProducerOrderPage() {
  const { order, threadId, returnRequest } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const { t, money } = useTranslator();
  return (
    <section className="stack producer-order">
      <h1>
        {t("order.number", { number: order.number })} <OrderStatusBadge status={order.displayStatus} />
      </h1>
      <div className="producer-order__layout">
        <article className="card stack packing-slip" aria-labelledby="slip-heading">
          <h2 id="slip-heading">{t("orders.packingSlip")}</h2>
          <p>
            <strong>{order.group.name}</strong> · {order.group.phone} · {order.group.email}
          </p>
          <FulfilmentLine order={order} />
          <OrderLinesTable lines={order.lines} />
          {order.deliveryQ > 0 ? <p>{t("order.deliveryFee", { fee: money(order.deliveryQ) })}</p> : null}
          <p>
            {t("common.total")}: <strong>{money(order.totalQ)}</strong> · {t(`order.payment.${order.group.paymentMethod}`)}
          </p>
          {order.trackingNote ? <p>{t("order.tracking", { note: order.trackingNote })}</p> : null}
          {order.cancelReason ? <p>{t("order.cancelReason", { reason: order.cancelReason })}</p> : null}
          <PrintButton />
        </article>
        <div className="no-print">
          <ReturnForms request={returnRequest} busy={busy} fieldErrors={reply?.fieldErrors ?? {}} />
          <ActionForms order={order} />
          {threadId ? (
            <p>
              <Link to={`/dashboard/messages/${threadId}`}>{t("messages.orderTitle")}</Link>
            </p>
          ) : null}
          <h2>{t("order.timeline")}</h2>
          <OrderTimeline events={order.events} />
        </div>
      </div>
    </section>
  );
}
