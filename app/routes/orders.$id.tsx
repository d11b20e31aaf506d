import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { OrderSummary, OrderTimeline } from "~/components/order-summary";
import { getShopperOrder } from "~/models/orders/shopper-orders.server";
import { getUser } from "~/utils/auth.server";
import { notFound } from "~/utils/http.server";
import { getTranslator } from "~/utils/locale.server";
import { verifyLink } from "~/utils/signed-links.server";
import { useTranslator } from "~/utils/use-translator";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.title ?? "ABAD Market" },
  { name: "robots", content: "noindex" },
];

/** The owner sees their order; a guest needs the signed link from the confirmation. Anyone else: 404. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = params.id ?? "";
  const token = new URL(request.url).searchParams.get("token");
  const [user, { t, locale }] = await Promise.all([getUser(request), getTranslator(request)]);
  const order = await getShopperOrder(id, { userId: user?.id ?? null, tokenValid: verifyLink("order", id, token) }, locale);
  if (!order) notFound();
  return { order, title: `${t("order.number", { number: order.number })} · ${t("app.name")}` };
}

export default function OrderPage() {
  const { order } = useLoaderData<typeof loader>();
  const { t } = useTranslator();
  return (
    <section className="container stack">
      <h1>{t("order.number", { number: order.number })}</h1>
      <OrderSummary order={order}>
        {order.trackingNote ? <p>{t("order.tracking", { note: order.trackingNote })}</p> : null}
        {order.cancelReason ? <p>{t("order.cancelReason", { reason: order.cancelReason })}</p> : null}
      </OrderSummary>
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t("order.timeline")}</h2>
        <OrderTimeline events={order.events} />
      </section>
    </section>
  );
}
