import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useRevalidator } from "@remix-run/react";
import { useEffect } from "react";
import { OrderSummary } from "~/components/order-summary";
import { getCheckoutGroup } from "~/models/orders/shopper-orders.server";
import { getUser } from "~/utils/auth.server";
import { notFound } from "~/utils/http.server";
import { getTranslator } from "~/utils/locale.server";
import { verifyLink } from "~/utils/signed-links.server";
import { useTranslator } from "~/utils/use-translator";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.title ?? "ABAD Market" },
  { name: "robots", content: "noindex" },
  // Without JavaScript the page refreshes itself while the card payment is being confirmed.
  ...(data?.group.paymentStatus === "PENDING" ? [{ httpEquiv: "refresh", content: "3" } as const] : []),
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const groupId = params.groupId ?? "";
  const token = new URL(request.url).searchParams.get("token");
  const [user, { t, locale }] = await Promise.all([getUser(request), getTranslator(request)]);
  const group = await getCheckoutGroup(groupId, { userId: user?.id ?? null, tokenValid: verifyLink("group", groupId, token) }, locale);
  if (!group) notFound();
  return { group, title: `${t("checkout.thanks")} · ${t("app.name")}` };
}

export default function CheckoutDonePage() {
  const { group } = useLoaderData<typeof loader>();
  const { t, money } = useTranslator();
  const revalidator = useRevalidator();
  const pending = group.paymentStatus === "PENDING";
  useEffect(() => {
    if (!pending) return;
    const timer = setInterval(() => revalidator.state === "idle" && revalidator.revalidate(), 2000);
    return () => clearInterval(timer);
  }, [pending, revalidator]);
  return (
    <section className="container stack">
      <h1>{t("checkout.thanks")}</h1>
      <p role="status" className={pending ? "notice notice--warn" : "notice"}>
        {pending
          ? t("checkout.paymentPending")
          : group.paymentStatus === "PAID"
            ? t("checkout.paymentDone")
            : group.paymentStatus === "EXPIRED"
              ? t("checkout.paymentExpired")
              : t("checkout.cashNote")}
      </p>
      <p>{t("checkout.mailSent", { email: group.email })}</p>
      {group.orders.map((order) => (
        <OrderSummary key={order.id} order={order}>
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
