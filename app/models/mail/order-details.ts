import type { Translator } from "~/utils/i18n";
import type { MailBlock } from "./layout.server";
import { bakuNoon } from "~/utils/baku-time";
import { unitKey, type Unit } from "~/utils/units";

/** What a mail says about one order (loaded by the orders domain, rendered here). */
export type MailOrder = {
  number: string;
  producerName: string;
  placedAt: Date;
  fulfilment: string;
  /** street, district and region, for delivery */
  address: string;
  pickupAddress: string;
  subtotalQ: number;
  deliveryQ: number;
  totalQ: number;
  lines: {
    title: string;
    quantity: number;
    unit: Unit;
    totalQ: number;
    slotStartsAt: Date | null;
    meetingPoint: string;
    /** a stay: its nights (YYYY-MM-DD in Baku), guests and the room's address */
    stay: { checkIn: string; checkOut: string; nights: number; guests: number; address: string } | null;
  }[];
};

/**
 * One order as a block of facts: every item with its quantity and amount, the date and time of
 * each booked slot and its meeting point, a stay's check-in and check-out with its nights, guests
 * and address, when it was placed, where it goes (delivery address or the producer's pickup
 * address) and the total.
 */
export function orderFacts(translator: Translator, order: MailOrder): MailBlock {
  const { t, plural, money, date, dateTime } = translator;
  const rows: { label: string; value: string }[] = [];
  for (const line of order.lines) {
    rows.push({ label: "", value: `${line.title} × ${line.quantity} ${t(unitKey(line.unit))} — ${money(line.totalQ)}` });
    if (line.slotStartsAt) rows.push({ label: t("mail.when"), value: dateTime(line.slotStartsAt) });
    if (line.meetingPoint) rows.push({ label: t("mail.meetingPoint"), value: line.meetingPoint });
    if (line.stay) {
      rows.push({ label: t("booking.checkIn"), value: date(bakuNoon(line.stay.checkIn)) });
      rows.push({ label: t("booking.checkOut"), value: `${date(bakuNoon(line.stay.checkOut))} · ${plural("booking.nights", line.stay.nights)}` });
      rows.push({ label: t("booking.guests"), value: plural("booking.people", line.stay.guests) });
      if (line.stay.address) rows.push({ label: t("booking.address"), value: line.stay.address });
      rows.push({ label: "", value: t("booking.checkInTimes") });
    }
  }
  rows.push({ label: t("mail.placedOn"), value: date(order.placedAt) });
  if (order.fulfilment === "DELIVERY") rows.push({ label: "", value: t("order.deliveryTo", { address: order.address }) });
  if (order.fulfilment === "CENTRE") rows.push({ label: "", value: t("order.centreAt", { address: order.address }) });
  if (order.fulfilment === "PICKUP") rows.push({ label: "", value: t("order.pickupAt", { address: order.pickupAddress }) });
  if (order.deliveryQ > 0) rows.push({ label: "", value: t("order.deliveryFee", { fee: money(order.deliveryQ) }) });
  rows.push({ label: t("common.total"), value: money(order.totalQ) });
  return { kind: "facts", title: t("mail.orderTitle", { number: order.number, producer: order.producerName }), rows };
}
