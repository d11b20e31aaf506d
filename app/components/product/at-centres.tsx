import type { ProductDetail } from "~/models/catalog/product-detail.server";
import { useTranslator } from "~/utils/use-translator";

/** The ABAD centres holding a good on their shelves today: sold at their counters, not online. */
export function AtCentres({ centres }: { centres: ProductDetail["atCentres"] }) {
  const { t, plural } = useTranslator();
  if (centres.length === 0) return null;
  return (
    <section className="at-centres card stack" aria-labelledby="at-centres-title">
      <h2 id="at-centres-title" className="at-centres__title">
        {t("product.atCentres.title")}
      </h2>
      <ul className="at-centres__list">
        {centres.map((centre) => (
          <li key={centre.id}>
            <strong>{centre.name}</strong>: {plural("product.atCentres.count", centre.quantity)}
            <br />
            <span className="muted">{centre.address}</span>
          </li>
        ))}
      </ul>
      <p className="muted">{t("product.atCentres.hint")}</p>
    </section>
  );
}
