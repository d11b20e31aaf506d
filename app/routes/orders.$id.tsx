import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorList } from "~/components/forms";
import { StarRatingInput } from "~/components/star-rating";
import { reviewSchema } from "~/models/catalog/review-schema";
import { reviewedProductIds, submitReview } from "~/models/catalog/reviews.server";
import { BookingPanel } from "~/components/booking-details";
import { OrderSummary, OrderTimeline } from "~/components/order-summary";
import { OrderCancel, type CancelReply } from "~/components/order-cancel";
import { OrderReturn, type ReturnReply } from "~/components/order-return";
import { openReturn, returnOf, returnWindow } from "~/models/orders/returns.server";
import { readUploadForm } from "~/utils/dashboard.server";
import { requestCancellation } from "~/models/orders/cancel-requests.server";
import { cancelRequestSchema, returnRequestSchema } from "~/models/orders/cancel-schema";
import { fieldErrorsOf } from "~/models/messages/message-schema";
import { shopperCancelBooking, shopperCancelOrder } from "~/models/orders/lifecycle.server";
import { OrderMessages } from "~/components/order-messages";
import { submitThreadForm } from "~/models/messages/thread-form.server";
import { loadThread, orderThreadId, type Viewer } from "~/models/messages/threads.server";
import { getShopperOrder } from "~/models/orders/shopper-orders.server";
import { centrePickupPanel, handOverByLink } from "~/models/centres/pickup-link.server";
import { CentrePickupPanel } from "~/components/centre-pickup-panel";
import { checkoutLinkPath } from "~/models/payments/order-links.server";
import { getUser, requireCentreStaff, requireUser } from "~/utils/auth.server";
import { notFound } from "~/utils/http.server";
import { getTranslator } from "~/utils/locale.server";
import { verifyLink } from "~/utils/signed-links.server";
import { useTranslator } from "~/utils/use-translator";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "ABAD Market" }, { name: "robots", content: "noindex" }];

/** The owner sees their order; a guest needs the signed link from the confirmation. Anyone else: 404. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = params.id ?? "";
  const token = new URL(request.url).searchParams.get("token");
  const [user, { t, locale }] = await Promise.all([getUser(request), getTranslator(request)]);
  const order = await getShopperOrder(id, { userId: user?.id ?? null, tokenValid: verifyLink("order", id, token) }, locale);
  if (!order) notFound();
  // Reviews are for the signed-in owner of a completed order, once per product.
  const canReview = !!user && order.userId === user.id && order.status === "COMPLETED";
  const reviewed = canReview ? await reviewedProductIds(user.id, order.id) : [];
  // An order waiting for its card payment links to the checkout's page, where it can be paid or cancelled.
  const payLink = order.displayStatus === "AWAITING_PAYMENT" ? checkoutLinkPath(order.group.id) : null;
  // The shopper (or the guest holding the link) writes to the family here; the thread starts with the first message.
  const viewer: Viewer = user && order.userId === user.id ? { kind: "shopper", userId: user.id } : { kind: "guest", orderId: order.id };
  const threadId = await orderThreadId(order.id);
  const thread = threadId ? await loadThread(viewer, threadId, locale) : null;
  const ownerViews = !!user && order.userId === user.id;
  const [returnable, returnRequest, pickup] = await Promise.all([
    returnWindow(order.id),
    returnOf(order.id, { token: ownerViews ? null : token }),
    centrePickupPanel(order.id, user),
  ]);
  return {
    order,
    pickup,
    returns: { until: returnable?.ok ? returnable.until.toISOString() : null, request: returnRequest },
    canReview,
    reviewed,
    payLink,
    thread,
    token: ownerViews ? null : token,
    title: `${t("order.number", { number: order.number })} · ${t("app.name")}`,
  };
}

/** A message or report from the order's shopper, or from a guest whose form carries the order link's token. */
async function messageAction(request: Request, orderId: string, formData: FormData) {
  const user = await getUser(request);
  const token = String(formData.get("token") ?? new URL(request.url).searchParams.get("token") ?? "");
  const owner = user ? await getShopperOrder(orderId, { userId: user.id, tokenValid: false }, "az") : null;
  const viewer: Viewer | null = owner && user ? { kind: "shopper", userId: user.id } : verifyLink("order", orderId, token) ? { kind: "guest", orderId } : null;
  if (!viewer) notFound();
  const threadId = formData.get("intent") === "report" ? await orderThreadId(orderId) : null;
  const result = await submitThreadForm(viewer, threadId ? { threadId } : { orderId }, formData);
  if (!result) notFound();
  return data({ ...result.reply, productId: null, bookingError: null, cancelled: false }, { status: result.status });
}

/** Cancel a new order at once, or ask to cancel one the producer took on: the owner, or a guest holding the signed link. */
async function cancelAction(request: Request, orderId: string, formData: FormData) {
  const user = await getUser(request);
  const access = { userId: user?.id ?? null, tokenValid: verifyLink("order", orderId, new URL(request.url).searchParams.get("token")) };
  if (formData.get("intent") === "cancelOrder") {
    const result = await shopperCancelOrder({ orderId, access });
    if (!result.ok && result.error === "order.notFound") notFound();
    const cancel: CancelReply = { done: result.ok ? "cancelled" : null, error: result.ok ? null : "orders.notAllowed", fieldErrors: {} };
    return data({ cancel }, { status: result.ok ? 200 : 409 });
  }
  const parsed = cancelRequestSchema.safeParse({ reason: formData.get("reason") ?? "" });
  if (!parsed.success) {
    // Only the order's shopper learns what was wrong with the form.
    if (!(await getShopperOrder(orderId, access, "az"))) notFound();
    const cancel: CancelReply = { done: null, error: null, fieldErrors: fieldErrorsOf(parsed.error) };
    return data({ cancel }, { status: 400 });
  }
  const result = await requestCancellation({ orderId, access, reason: parsed.data.reason });
  if (result.ok) {
    const cancel: CancelReply = { done: "requested", error: null, fieldErrors: {} };
    return data({ cancel }, { status: 200 });
  }
  if (result.error === "order.notFound") notFound();
  const cancel: CancelReply = { done: null, error: result.error === "order.notAllowed" ? "orders.notAllowed" : result.error, fieldErrors: {} };
  return data({ cancel }, { status: 409 });
}

/** A return request with its photos, from the owner or a guest holding the signed link. */
async function returnAction(request: Request, orderId: string, formData: FormData) {
  const user = await getUser(request);
  const access = { userId: user?.id ?? null, tokenValid: verifyLink("order", orderId, new URL(request.url).searchParams.get("token")) };
  if (!(await getShopperOrder(orderId, access, "az"))) notFound();
  const parsed = returnRequestSchema.safeParse({ reason: formData.get("reason") ?? "" });
  if (!parsed.success) return data({ returned: { done: false, error: null, fieldErrors: fieldErrorsOf(parsed.error) } satisfies ReturnReply }, { status: 400 });
  const files = formData.getAll("photo").filter((f): f is File => typeof f !== "string" && f.size > 0);
  const photos = await Promise.all(files.map(async (f) => Buffer.from(await f.arrayBuffer())));
  const result = await openReturn({ orderId, access, reason: parsed.data.reason, photos });
  if (result.ok) return data({ returned: { done: true, error: null, fieldErrors: {} } satisfies ReturnReply });
  if (result.error === "order.notFound") notFound();
  // A refused photo is the photo field's error; the rest (window closed, asked already) concern the order.
  const photoError = result.error.startsWith("image.") || result.error === "after.return.tooManyPhotos";
  const returned: ReturnReply = photoError
    ? { done: false, error: null, fieldErrors: { photo: [result.error] } }
    : { done: false, error: result.error, fieldErrors: {} };
  return data({ returned }, { status: photoError ? 422 : 409 });
}

/**
 * Centre staff hand the parcel over from the shopper's signed link, which they opened by scanning its
 * QR code: the link's token stands for the order's code. Staff of another centre: not found.
 */
async function handOverAction(request: Request, orderId: string) {
  const user = await requireCentreStaff(request);
  if (!verifyLink("order", orderId, new URL(request.url).searchParams.get("token"))) notFound();
  const result = await handOverByLink(user, orderId);
  if (!result.ok && result.error === "notFound") notFound();
  return data({ handOver: result.ok ? null : result.error }, { status: result.ok ? 200 : 409 });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const upload = await readUploadForm(request);
  if (!upload.ok) return data({ returned: { done: false, error: null, fieldErrors: { photo: [upload.error] } } satisfies ReturnReply }, { status: 413 });
  const formData = upload.form;
  const intent = formData.get("intent");
  if (intent === "message" || intent === "report") return messageAction(request, params.id ?? "", formData);
  if (intent === "cancelOrder" || intent === "requestCancel") return cancelAction(request, params.id ?? "", formData);
  if (intent === "openReturn") return returnAction(request, params.id ?? "", formData);
  if (intent === "handOver") return handOverAction(request, params.id ?? "");
  const form = Object.fromEntries(formData);
  if (form.intent === "cancelBooking") {
    // The owner, or a guest holding the signed link this page was opened with.
    const id = params.id ?? "";
    const user = await getUser(request);
    const token = new URL(request.url).searchParams.get("token");
    const result = await shopperCancelBooking({ orderId: id, userId: user?.id ?? null, tokenValid: verifyLink("order", id, token) });
    if (result.ok) return data({ ok: true, productId: null, fieldErrors: {}, error: null, bookingError: null, cancelled: true });
    if (result.error === "order.notFound") notFound();
    return data({ ok: false, productId: null, fieldErrors: {}, error: null, bookingError: result.error, cancelled: false }, { status: 409 });
  }
  const user = await requireUser(request);
  const parsed = reviewSchema.safeParse(form);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message);
    // Named so the message appears at the form of the product it is about.
    const productId = typeof form.productId === "string" ? form.productId.slice(0, 40) : null;
    return data({ ok: false as const, productId, fieldErrors, error: null, bookingError: null, cancelled: false }, { status: 400 });
  }
  const result = await submitReview(user.id, params.id ?? "", parsed.data);
  if (!result.ok) {
    if (result.error === "review.notAllowed") notFound();
    return data(
      { ok: false as const, productId: parsed.data.productId, fieldErrors: {}, error: result.error, bookingError: null, cancelled: false },
      { status: 409 },
    );
  }
  return { ok: true as const, productId: parsed.data.productId, fieldErrors: {}, error: null, bookingError: null, cancelled: false };
}

function ReviewForms({ order, reviewed }: { order: { lines: { id: string; productId: string; title: string }[] }; reviewed: string[] }) {
  const { t } = useTranslator();
  const reply = useActionData<typeof action>();
  // Message replies carry an intent and cancellation replies their own field; they are shown by their sections, not here.
  const result = reply && !("intent" in reply) && !("cancel" in reply) && !("returned" in reply) && !("handOver" in reply) ? reply : null;
  if (result?.cancelled || result?.bookingError) return null;
  const seen = new Set<string>();
  const lines = order.lines.filter((line) => !seen.has(line.productId) && seen.add(line.productId));
  const errorsFor = (productId: string): Record<string, string[] | undefined> =>
    result && !result.ok && result.productId === productId ? result.fieldErrors : {};
  return (
    <section aria-labelledby="reviews-heading" className="stack">
      <h2 id="reviews-heading">{t("review.title")}</h2>
      {result?.ok ? (
        <p className="notice" role="status">
          {t("review.thanks")}
        </p>
      ) : null}
      {result?.error ? (
        <p className="notice notice--error" role="alert">
          {t(result.error)}
        </p>
      ) : null}
      {lines.map((line) =>
        reviewed.includes(line.productId) ? (
          <p key={line.productId} className="muted">
            {t("review.done", { title: line.title })}
          </p>
        ) : (
          <Form method="post" key={line.productId} className="card stack">
            <h3>{line.title}</h3>
            <input type="hidden" name="productId" value={line.productId} />
            <StarRatingInput name="rating" idPrefix={`rating-${line.id}`} errors={errorsFor(line.productId).rating} />
            <div className="field">
              <label htmlFor={`body-${line.id}`}>{t("review.body")}</label>
              <textarea id={`body-${line.id}`} name="body" rows={3} maxLength={2000} />
              <ErrorList errors={errorsFor(line.productId).body} />
            </div>
            <button type="submit">{t("review.submit")}</button>
          </Form>
        ),
      )}
    </section>
  );
}

export default function OrderPage() {
  const { order, canReview, reviewed, payLink, thread, token, returns, pickup } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslator();
  return (
    <section className="container stack">
      <h1>{t("order.number", { number: order.number })}</h1>
      <OrderSummary order={order}>
        {order.trackingNote ? <p>{t("order.tracking", { note: order.trackingNote })}</p> : null}
        {order.cancelReason ? <p>{t("order.cancelReason", { reason: order.cancelReason })}</p> : null}
        {payLink ? (
          <p>
            <Link to={payLink} className="button">
              {t("payment.payNow")}
            </Link>
          </p>
        ) : null}
      </OrderSummary>
      {pickup ? <CentrePickupPanel pickup={pickup} reply={actionData && "handOver" in actionData ? actionData : null} /> : null}
      <BookingPanel
        order={order}
        error={actionData && "bookingError" in actionData ? actionData.bookingError : null}
        done={actionData && "cancelled" in actionData ? actionData.cancelled : false}
      />
      <OrderCancel order={order} reply={actionData && "cancel" in actionData ? actionData.cancel : null} />
      <OrderReturn until={returns.until} request={returns.request} reply={actionData && "returned" in actionData ? actionData.returned : null} />
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t("order.timeline")}</h2>
        <OrderTimeline events={order.events} />
      </section>
      <OrderMessages thread={thread} token={token} />
      {canReview ? <ReviewForms order={order} reviewed={reviewed} /> : null}
    </section>
  );
}
