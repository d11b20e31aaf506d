import { useTranslator } from "~/utils/use-translator";
import { unitKey, type Unit } from "~/utils/units";

/** "4,50 ₼ / kg": the price of one unit in the shopper's language. */
export function Price({ priceQ, unit, className }: { priceQ: number; unit: Unit; className?: string }) {
  const { t, money } = useTranslator();
  return (
    <span className={className ?? "price"}>
      {`${money(priceQ)} `}
      <span className="price__unit">{`/ ${t(unitKey(unit))}`}</span>
    </span>
  );
}
