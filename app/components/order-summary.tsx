import type { ReactNode } from "react";
import type { DisplayStatus } from "~/models/orders/order-status";
import type { ShopperOrder } from "~/models/orders/shopper-orders.server";
import { useTranslator } from "~/utils/use-translator";
import { BookingWhen } from "./booking-details";
import { unitKey, type Unit } from "~/utils/units";

export function OrderStatusBadge({ status }: { status: DisplayStatus }) {
  const { t } = useTranslator();
  const tone =
    status === "CANCELLED" || status === "REFUNDED"
      ? "badge badge--muted"
      : status === "PLACED" || status === "AWAITING_PAYMENT"
        ? "badge badge--warn"
        : "badge";
  return <span className={tone}>{t(`order.status.${status}`)}</span>;
}

type OrderLine = {
  id: string;
  title: string;
  unit: Unit;
  unitPriceQ: number;
  quantity: number;
  totalQ: number;
  slotStartsAt: string | null;
  meetingPoint: string;
  kind?: string;
  checkIn?: string | null;
  checkOut?: string | null;
  guests?: number;
};

/** An order's lines, with tour date, time and meeting point: the shopper's order and the packing slip. */
export function OrderLinesTable({ lines }: { lines: OrderLine[] }) {
  const { t, money, dateTime, plural } = useTranslator();
  return (
    <table className="stack-table">
      <caption className="visually-hidden">{t("order.lines")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("order.item")}</th>
          <th scope="col">{t("product.quantity")}</th>
          <th scope="col">{t("common.total")}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.id}>
            <td data-label={t("order.item")}>
              {line.title}
              {line.checkIn ? (
                <span className="order-summary__slot">
                  <br />
                  <BookingWhen line={line} />
                </span>
              ) : null}
              {line.slotStartsAt ? (
                <span className="order-summary__slot">
                  <br />
                  {t("order.when", { when: dateTime(line.slotStartsAt) })}
                  {line.meetingPoint ? (
                    <>
                      <br />
                      {t("order.meetingPoint", { place: line.meetingPoint })}
                    </>
                  ) : null}
                </span>
              ) : null}
            </td>
            <td data-label={t("product.quantity")}>
              {line.checkIn ? (
                <>
                  {plural("booking.nights", line.quantity)} · {plural("booking.people", line.guests || 1)}
                </>
              ) : line.slotStartsAt ? (
                <>
                  {plural("booking.people", line.quantity)} × {money(line.unitPriceQ)}
                </>
              ) : (
                <>
                  {line.quantity} × {money(line.unitPriceQ)} / {t(unitKey(line.unit))}
                </>
              )}
            </td>
            <td data-label={t("common.total")}>{money(line.totalQ)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type FulfilmentFacts = {
  fulfilment: string;
  address: string;
  district: string;
  region: string | null;
  producer: { pickupAddress: string };
};

/** Where the order goes: a delivery address, the producer's pickup address, or on site. */
export function FulfilmentLine({ order }: { order: FulfilmentFacts }) {
  const { t } = useTranslator();
  return (
    <p>
      {order.fulfilment === "DELIVERY"
        ? t("order.deliveryTo", { address: [order.address, order.district, order.region].filter(Boolean).join(", ") })
        : order.fulfilment === "PICKUP"
          ? t("order.pickupAt", { address: order.producer.pickupAddress })
          : order.fulfilment === "CENTRE"
            ? t("order.centreAt", { address: [order.address, order.district].filter(Boolean).join(", ") })
            : t("checkout.onSite")}
    </p>
  );
}

/** One order: producer, lines (with tour date, time and meeting point), totals and status. */
export function OrderSummary({ order, children }: { order: ShopperOrder; children?: ReactNode }) {
  const { t, money } = useTranslator();
  return (
    <article className="card stack order-summary" aria-labelledby={`order-${order.id}`}>
      <h2 id={`order-${order.id}`}>
        {t("order.number", { number: order.number })} · {order.producer.name} <OrderStatusBadge status={order.displayStatus} />
      </h2>
      <OrderLinesTable lines={order.lines} />
      <FulfilmentLine order={order} />
      {order.deliveryQ > 0 ? <p>{t("order.deliveryFee", { fee: money(order.deliveryQ) })}</p> : null}
      <p>
        {t("common.total")}: <strong>{money(order.totalQ)}</strong> · {t(`order.payment.${order.group.paymentMethod}`)}
      </p>
      {children}
    </article>
  );
}

export function OrderTimeline({ events }: { events: ShopperOrder["events"] }) {
  const { t, dateTime } = useTranslator();
  return (
    <ol className="timeline">
      {events.map((event) => (
        <li key={event.id}>
          <strong>{t(`order.status.${event.status}`)}</strong> — <time dateTime={event.createdAt}>{dateTime(event.createdAt)}</time>
          {event.note && event.note !== "card" ? <span className="muted"> · {event.note}</span> : null}
        </li>
      ))}
    </ol>
  );
}
