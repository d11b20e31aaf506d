import { factRows, type ProductFacts } from "~/models/catalog/product-facts";
import { useTranslator } from "~/utils/use-translator";

/** A good's size, weight, material and what it contains, as its family stated them. */
export function ProductFactList({ facts, allergensAsked = false }: { facts: ProductFacts; allergensAsked?: boolean }) {
  const translator = useTranslator();
  const rows = factRows(facts, translator, allergensAsked);
  if (rows.length === 0) return null;
  return (
    <section className="product-facts" aria-labelledby="facts-heading">
      <h2 id="facts-heading">{translator.t("facts.title")}</h2>
      <dl className="product-facts__list">
        {rows.map((row) => (
          <div key={row.label}>
            <dt>{row.label}</dt>
            <dd>{row.text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
