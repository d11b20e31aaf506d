import type { Unit } from "~/utils/units";
import { Price } from "~/components/price";
import { useTranslator } from "~/utils/use-translator";

/**
 * On phones the price and the buy button stay at the bottom of the screen while the shopper reads.
 * The button submits the page's add-to-cart form (the `form` attribute, no JavaScript needed),
 * with whatever size, date and quantity are chosen there.
 */
export function StickyBuyBar({ formId, priceQ, unit, experience }: { formId: string; priceQ: number; unit: Unit; experience: boolean }) {
  const { t } = useTranslator();
  return (
    <div className="buy-bar phone-only">
      <Price priceQ={priceQ} unit={unit} />
      <button type="submit" form={formId}>
        {experience ? t("product.book") : t("product.addToCart")}
      </button>
    </div>
  );
}
