import { Form } from "@remix-run/react";
import type { ProductDetail } from "~/models/catalog/product-detail.server";
import { addDays } from "~/models/bookings/stay-dates";
import { useTranslator } from "~/utils/use-translator";

/**
 * Check-in and check-out as plain date inputs: the form asks this page again (GET) and the page
 * answers with the price of exactly those nights, or why they cannot be booked. A free range
 * gets the button that puts the stay in the cart. No JavaScript needed.
 */
export function StayBooking({ product }: { product: ProductDetail }) {
  const { t, money, plural } = useTranslator();
  const stay = product.stay;
  if (!stay) return null;
  const request = stay.request;
  const quote = stay.quote;
  const checkIn = request?.checkIn ?? addDays(stay.today, 7);
  const checkOut = request?.checkOut ?? addDays(checkIn, Math.max(stay.minNights, 1));
  const guests = request?.guests ?? Math.min(2, Math.max(stay.maxGuests, 1));
  return (
    <div className="stay-booking stack">
      <Form method="get" className="stay-booking__dates" preventScrollReset>
        <div className="field">
          <label htmlFor="checkIn">{t("booking.checkIn")}</label>
          <input id="checkIn" name="checkIn" type="date" min={stay.today} defaultValue={checkIn} required />
        </div>
        <div className="field">
          <label htmlFor="checkOut">{t("booking.checkOut")}</label>
          <input id="checkOut" name="checkOut" type="date" min={addDays(stay.today, 1)} defaultValue={checkOut} required />
        </div>
        <div className="field">
          <label htmlFor="guests">{t("booking.guests")}</label>
          <input id="guests" name="guests" type="number" min={1} max={stay.maxGuests} defaultValue={guests} required inputMode="numeric" />
        </div>
        <button type="submit" className="button--secondary">
          {t("booking.showTotal")}
        </button>
      </Form>
      <p className="muted">{t("booking.checkInTimes")}</p>
      <div role="status" aria-live="polite">
        {quote && quote.ok ? (
          <p className="stay-booking__total">
            {t("booking.free")}{" "}
            {t("booking.total", {
              nights: plural("booking.nights", quote.nights),
            })}
            : <strong>{money(quote.totalQ)}</strong>
          </p>
        ) : null}
        {quote && !quote.ok ? (
          <p className="notice notice--error">
            {t(quote.problem, {
              minNights: quote.minNights ?? stay.minNights,
              maxGuests: quote.maxGuests ?? stay.maxGuests,
            })}
          </p>
        ) : null}
      </div>
      {quote && quote.ok && request ? (
        <Form method="post" action="/cart">
          <input type="hidden" name="intent" value="add" />
          <input type="hidden" name="productId" value={product.id} />
          <input type="hidden" name="checkIn" value={request.checkIn} />
          <input type="hidden" name="checkOut" value={request.checkOut} />
          <input type="hidden" name="quantity" value={request.guests} />
          <button type="submit">{t("booking.bookStay")}</button>
        </Form>
      ) : null}
    </div>
  );
}
