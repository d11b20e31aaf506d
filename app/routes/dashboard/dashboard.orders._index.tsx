import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { OrderStatusBadge } from "~/components/order-summary";
import { ORDER_STATUSES } from "~/models/orders/order-status";
import { listProducerOrders, parseStatusFilter, upcomingBookings } from "~/models/orders/producer-orders.server";
import { requireProducerMember } from "~/utils/auth.server";
import { getTranslator } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "ABAD Market" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireProducerMember(request);
  const { t, locale } = await getTranslator(request);
  const status = parseStatusFilter(new URL(request.url).searchParams.get("status"));
  const [orders, bookings] = await Promise.all([listProducerOrders(user.producerId, status), upcomingBookings(user.producerId, locale)]);
  return { orders, bookings, status, title: `${t("orders.title")} · ${t("nav.dashboard")}` };
}

export default function ProducerOrdersPage() {
  const { orders, bookings, status } = useLoaderData<typeof loader>();
  const { t, money, date, dateTime } = useTranslator();
  return (
    <section className="stack">
      <h1>{t("orders.title")}</h1>
      <Form method="get" className="filters filters--inline">
        <div className="field">
          <label htmlFor="order-status">{t("orders.filter")}</label>
          <select id="order-status" name="status" defaultValue={status ?? ""}>
            <option value="">{t("orders.all")}</option>
            {ORDER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`order.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("catalog.apply")}</button>
      </Form>
      {orders.length === 0 ? (
        <p>{t("orders.none")}</p>
      ) : (
        <table className="stack-table">
          <thead>
            <tr>
              <th scope="col">{t("order.numberColumn")}</th>
              <th scope="col">{t("orders.placed")}</th>
              <th scope="col">{t("orders.customer")}</th>
              <th scope="col">{t("common.status")}</th>
              <th scope="col">{t("common.total")}</th>
            </tr>
          </thead>
          <tbody>
            {orders.map((order) => (
              <tr key={order.id}>
                <td data-label={t("order.numberColumn")}>
                  <Link to={`/dashboard/orders/${order.id}`}>{order.number}</Link>
                </td>
                <td data-label={t("orders.placed")}>{date(order.placedAt)}</td>
                <td data-label={t("orders.customer")}>{order.group.name}</td>
                <td data-label={t("common.status")}>
                  <OrderStatusBadge status={order.displayStatus} />
                </td>
                <td data-label={t("common.total")}>
                  {money(order.totalQ)} · {t(`order.payment.${order.group.paymentMethod}`)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {bookings.length > 0 ? (
        <section aria-labelledby="bookings-heading" className="stack">
          <h2 id="bookings-heading">{t("orders.bookings")}</h2>
          {bookings.map((slot) => (
            <article key={slot.id} className="card">
              <h3>
                {slot.title} — {dateTime(slot.startsAt)} ({slot.seatsTaken}/{slot.capacity})
              </h3>
              <table className="stack-table">
                <caption className="visually-hidden">{t("orders.guestList")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("orders.customer")}</th>
                    <th scope="col">{t("checkout.phone")}</th>
                    <th scope="col">{t("orders.guests")}</th>
                    <th scope="col">{t("order.numberColumn")}</th>
                  </tr>
                </thead>
                <tbody>
                  {slot.guests.map((guest) => (
                    <tr key={`${guest.orderId}`}>
                      <td data-label={t("orders.customer")}>{guest.name}</td>
                      <td data-label={t("checkout.phone")}>{guest.phone}</td>
                      <td data-label={t("orders.guests")}>{guest.seats}</td>
                      <td data-label={t("order.numberColumn")}>
                        <Link to={`/dashboard/orders/${guest.orderId}`}>{guest.number}</Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </article>
          ))}
        </section>
      ) : null}
    </section>
  );
}
