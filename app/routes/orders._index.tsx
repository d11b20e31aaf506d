import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { OrderStatusBadge } from "~/components/order-summary";
import { listShopperOrders } from "~/models/orders/shopper-orders.server";
import { requireUser } from "~/utils/auth.server";
import { getTranslator } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "ABAD Market" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { t } = await getTranslator(request);
  return { orders: await listShopperOrders(user.id), title: `${t("nav.orders")} · ${t("app.name")}` };
}

export default function OrdersPage() {
  const { orders } = useLoaderData<typeof loader>();
  const { t, money, date } = useTranslator();
  return (
    <section className="container">
      <h1>{t("nav.orders")}</h1>
      {orders.length === 0 ? (
        <p>
          {t("order.none")} <Link to="/products">{t("home.browse")}</Link>
        </p>
      ) : (
        <table className="stack-table">
          <thead>
            <tr>
              <th scope="col">{t("order.numberColumn")}</th>
              <th scope="col">{t("common.date")}</th>
              <th scope="col">{t("order.producer")}</th>
              <th scope="col">{t("common.status")}</th>
              <th scope="col">{t("common.total")}</th>
            </tr>
          </thead>
          <tbody>
            {orders.map((order) => (
              <tr key={order.id}>
                <td data-label={t("order.numberColumn")}>
                  <Link to={`/orders/${order.id}`}>{order.number}</Link>
                </td>
                <td data-label={t("common.date")}>{date(order.placedAt)}</td>
                <td data-label={t("order.producer")}>{order.producer.name}</td>
                <td data-label={t("common.status")}>
                  <OrderStatusBadge status={order.displayStatus} />
                </td>
                <td data-label={t("common.total")}>{money(order.totalQ)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
