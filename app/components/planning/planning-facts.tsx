import { PlaceWithMap, PolicyText } from "~/components/booking-details";
import type { ProductDetail } from "~/models/catalog/product-detail.server";
import { useTranslator } from "~/utils/use-translator";

/** What a visitor plans with: where, how long, in which languages, what is included and to bring, group size, policy. */
export function PlanningFacts({ product }: { product: ProductDetail }) {
  const { t, hours, plural, money, month } = useTranslator();
  const stay = product.stay;
  return (
    <dl className="facts planning-facts">
      {product.meetingPoint ? (
        <>
          <dt>{stay ? t("booking.address") : t("booking.meetingPoint")}</dt>
          <dd>
            <PlaceWithMap address={product.meetingPoint} />
          </dd>
        </>
      ) : null}
      {!stay && product.durationMin ? (
        <>
          <dt>{t("booking.duration")}</dt>
          <dd>{hours(product.durationMin)}</dd>
        </>
      ) : null}
      {!stay && product.groupSize > 0 ? (
        <>
          <dt>{t("booking.groupSize")}</dt>
          <dd>
            {t("booking.groupSizeValue", {
              people: plural("booking.people", product.groupSize),
            })}
          </dd>
        </>
      ) : null}
      {stay ? (
        <>
          <dt>{t("booking.maxGuests")}</dt>
          <dd>{plural("booking.people", stay.maxGuests)}</dd>
          <dt>{t("booking.minNights")}</dt>
          <dd>{plural("booking.nights", stay.minNights)}</dd>
          {stay.weekendPriceQ ? (
            <>
              <dt>{t("booking.weekendPrice")}</dt>
              <dd>
                {money(stay.weekendPriceQ)} / {t("booking.perNight")}
              </dd>
            </>
          ) : null}
          {stay.seasonPriceQ && stay.seasonMonths.length > 0 ? (
            <>
              <dt>
                {t("booking.seasonPrice", {
                  months: stay.seasonMonths.map(month).join(", "),
                })}
              </dt>
              <dd>
                {money(stay.seasonPriceQ)} / {t("booking.perNight")}
              </dd>
            </>
          ) : null}
        </>
      ) : null}
      {product.included ? (
        <>
          <dt>{t("booking.included")}</dt>
          <dd>{product.included}</dd>
        </>
      ) : null}
      {product.bring ? (
        <>
          <dt>{t("booking.bring")}</dt>
          <dd>{product.bring}</dd>
        </>
      ) : null}
      <dt>{t("booking.policy")}</dt>
      <dd>
        <PolicyText policy={product.cancellationPolicy} />
      </dd>
    </dl>
  );
}
