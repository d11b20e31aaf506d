import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useRevalidator } from "@remix-run/react";
import { useEffect } from "react";
import { z } from "zod";
import { OrderSummary } from "~/components/order-summary";
import { removePurchasedFromGuestCart } from "~/models/cart/cart.server";
import { cancelAwaitingPayment } from "~/models/orders/lifecycle.server";
import { getCheckoutGroup } from "~/models/orders/shopper-orders.server";
import { startCardPayment } from "~/models/payments/card-payments.server";
import { checkoutLinkPath } from "~/models/payments/order-links.server";
import { getUser } from "~/utils/auth.server";
import { notFound } from "~/utils/http.server";
import { getTranslator } from "~/utils/locale.server";
import { publicOrigin } from "~/utils/public-url.server";
import { verifyLink } from "~/utils/signed-links.server";
import { useTranslator } from "~/utils/use-translator";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.title ?? "ABAD Market" },
  { name: "robots", content: "noindex" },
  // Without JavaScript the page refreshes itself while a card payment just made is being confirmed.
  ...(data?.confirming ? [{ httpEquiv: "refresh", content: "3" } as const] : []),
];

async function loadGroup(request: Request, groupId: string) {
  const token = new URL(request.url).searchParams.get("token");
  const [user, { t, locale }] = await Promise.all([getUser(request), getTranslator(request)]);
  const group = await getCheckoutGroup(groupId, { userId: user?.id ?? null, tokenValid: verifyLink("group", groupId, token) }, locale);
  if (!group) notFound();
  return { group, user, t };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { group, t } = await loadGroup(request, params.groupId ?? "");
  // Back from Stripe's page: the payment may land a moment later; until then the page says so.
  const confirming = group.paymentStatus === "PENDING" && new URL(request.url).searchParams.get("paid") === "1";
  const headers = new Headers();
  // A guest's cart keeps what they bought until the card payment is confirmed.
  if (group.paymentStatus === "PAID") {
    const cookie = await removePurchasedFromGuestCart(
      request,
      group.orders.flatMap((o) => o.lines),
    );
    if (cookie) headers.append("Set-Cookie", cookie);
  }
  return data({ group, confirming, title: `${t("checkout.thanks")} · ${t("app.name")}` }, { headers });
}

const paymentActionSchema = z.object({ intent: z.enum(["pay", "cancel"]) });

export async function action({ request, params }: ActionFunctionArgs) {
  const groupId = params.groupId ?? "";
  const { group, user } = await loadGroup(request, groupId);
  const parsed = paymentActionSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ error: "form.invalid" } as const, { status: 400 });
  if (parsed.data.intent === "cancel") {
    const result = await cancelAwaitingPayment(group.id, user?.id ?? null);
    return result.ok ? { error: null, cancelled: true } : data({ error: "payment.nothingToPay", cancelled: false } as const, { status: 409 });
  }
  const payment = await startCardPayment(group.id, publicOrigin(), checkoutLinkPath(group.id));
  if (payment.ok) throw redirect(payment.url);
  return data({ error: payment.error, cancelled: false }, { status: payment.error === "payment.unavailable" ? 503 : 409 });
}

export default function CheckoutDonePage() {
  const { group, confirming } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, money, dateTime } = useTranslator();
  const revalidator = useRevalidator();
  const awaiting = group.paymentStatus === "PENDING";
  useEffect(() => {
    if (!confirming) return;
    const timer = setInterval(() => revalidator.state === "idle" && revalidator.revalidate(), 2000);
    return () => clearInterval(timer);
  }, [confirming, revalidator]);
  return (
    <section className="container stack">
      <h1>{awaiting ? t("order.status.AWAITING_PAYMENT") : t("checkout.thanks")}</h1>
      {result?.error ? (
        <p className="notice notice--error" role="alert">
          {t(result.error)}
        </p>
      ) : null}
      {result && "cancelled" in result && result.cancelled ? (
        <p className="notice" role="status">
          {t("payment.cancelled")}
        </p>
      ) : null}
      <p role="status" className={awaiting ? "notice notice--warn" : "notice"}>
        {confirming
          ? t("checkout.paymentPending")
          : awaiting
            ? t("payment.awaiting", { until: group.reservedUntil ? dateTime(group.reservedUntil) : "" })
            : group.paymentStatus === "PAID"
              ? t("checkout.paymentDone")
              : group.paymentStatus === "EXPIRED"
                ? t("checkout.paymentExpired")
                : group.paymentStatus === "CANCELLED"
                  ? t("payment.cancelled")
                  : t("checkout.cashNote")}
      </p>
      {awaiting && !confirming ? (
        <Form method="post" className="actions">
          <button type="submit" name="intent" value="pay">
            {t("payment.payNow")}
          </button>
          <button type="submit" name="intent" value="cancel" className="button--secondary">
            {t("payment.cancel")}
          </button>
        </Form>
      ) : null}
      {group.paymentStatus !== "PENDING" ? <p>{t("checkout.mailSent", { email: group.email })}</p> : null}
      {group.orders.map((order) => (
        <OrderSummary key={order.id} order={order}>
          {order.refundedQ > 0 ? <p>{t("payment.refunded", { amount: money(order.refundedQ) })}</p> : null}
          <p>
            <Link to={`/orders/${order.id}?token=${order.token}`}>{t("checkout.orderLink", { number: order.number })}</Link>
          </p>
        </OrderSummary>
      ))}
      <p>
        {t("common.total")}: <strong>{money(group.totalQ)}</strong>
      </p>
    </section>
  );
}
