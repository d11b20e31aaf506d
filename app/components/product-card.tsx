import { memo } from "react";
import { Link } from "@remix-run/react";
import type { ProductCard as ProductCardData } from "~/models/catalog/products.server";
import { useTranslator } from "~/utils/use-translator";
import { Picture } from "./picture";
import { Price } from "./price";
import { Stars } from "./star-rating";

const CARD_SIZES = "(min-width: 1180px) 280px, (min-width: 640px) 45vw, 50vw";

/** A card's title is one level under the heading its list sits under (h2 right under a page's h1). */
export type CardHeadingLevel = 2 | 3;

export function ProductCard({ product, eager = false, headingLevel = 3 }: { product: ProductCardData; eager?: boolean; headingLevel?: CardHeadingLevel }) {
  const { t } = useTranslator();
  const Title = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="product-card">
      {product.image ? <Picture image={product.image} sizes={CARD_SIZES} eager={eager} alt="" className="product-card__image" /> : null}
      <div className="product-card__body">
        <Title className="product-card__title">
          <Link to={`/products/${product.slug}`}>{product.title}</Link>
        </Title>
        <p className="product-card__producer muted">{`${product.producerName} · ${product.region}`}</p>
        {product.rating ? <Stars rating={product.rating} count={product.ratingCount} className="product-card__rating" /> : null}
        <p className="product-card__meta">
          <Price priceQ={product.priceQ} unit={product.unit} />
          {!product.available ? (
            <span className="badge badge--muted">{product.kind === "EXPERIENCE" ? t("product.fullyBooked") : t("product.soldOut")}</span>
          ) : null}
          {product.verified ? <span className="badge">{t("common.verified")}</span> : null}
        </p>
      </div>
    </article>
  );
}

/**
 * Memoised: a router update (a navigation starting, routes discovered after hydration) re-renders
 * the page's route component, and a grid of the same products need not render again.
 */
export const ProductGrid = memo(function ProductGrid({
  products,
  eagerCount = 0,
  headingLevel = 3,
}: {
  products: ProductCardData[];
  eagerCount?: number;
  headingLevel?: CardHeadingLevel;
}) {
  return (
    <ul className="product-grid">
      {products.map((product, index) => (
        <li key={product.slug}>
          <ProductCard product={product} eager={index < eagerCount} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
});
