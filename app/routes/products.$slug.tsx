import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { AddToCartForm } from "~/components/add-to-cart-form";
import { Picture } from "~/components/picture";
import { Price } from "~/components/price";
import { ReviewReply, Stars } from "~/components/star-rating";
import { ProductGrid } from "~/components/product-card";
import { shopperStateFor } from "~/models/catalog/favorites.server";
import { getProductDetail, type ProductDetail } from "~/models/catalog/product-detail.server";
import { recordProductView } from "~/models/catalog/product-view.server";
import { getUser } from "~/utils/auth.server";
import { notFound } from "~/utils/http.server";
import { getTranslator } from "~/utils/locale.server";
import { useNonce } from "~/utils/nonce";
import { publicOrigin } from "~/utils/public-url.server";
import { jsonLd, langParamOf, seoMeta } from "~/utils/seo";
import { useTranslator } from "~/utils/use-translator";

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? seoMeta(data.seo) : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { t, locale } = await getTranslator(request);
  const product = await getProductDetail(params.slug ?? "", locale);
  if (!product) notFound();
  const user = await getUser(request);
  const shopper = user ? await shopperStateFor(user.id, product.id) : null;
  await recordProductView(request, { id: product.id, producerId: product.producer.id });
  const origin = publicOrigin();
  const image = product.images[0]?.fallback ?? null;
  return {
    product,
    shopper,
    signedIn: !!user,
    structuredData: productJsonLd(product, origin),
    seo: {
      title: `${product.title} · ${product.producer.name} · ${t("app.name")}`,
      description: product.description || `${product.title} — ${product.producer.name}, ${product.producer.region}`,
      origin,
      langParam: langParamOf(request),
      path: `/products/${product.slug}`,
      locale,
      image,
      type: "product" as const,
    },
  };
}

function productJsonLd(product: ProductDetail, origin: string) {
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    description: product.description,
    sku: product.id,
    image: product.images.map((i) => `${origin}${i.fallback}`),
    brand: { "@type": "Brand", name: product.producer.name },
    category: product.category.name,
    ...(product.rating
      ? { aggregateRating: { "@type": "AggregateRating", ratingValue: product.rating, reviewCount: product.ratingCount } }
      : {}),
    offers: {
      "@type": "Offer",
      url: `${origin}/products/${product.slug}`,
      price: (product.priceQ / 100).toFixed(2),
      priceCurrency: "AZN",
      availability: product.available ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
      seller: { "@type": "Organization", name: product.producer.name },
    },
  };
}

function SeasonMonths({ product }: { product: ProductDetail }) {
  const { t, month } = useTranslator();
  if (product.allYear) return <p>{t("product.allYear")}</p>;
  return (
    <p>
      {t("product.season")}: {product.seasonMonths.map(month).join(", ")}{" "}
      {product.inSeason ? <span className="badge">{t("product.inSeasonNow")}</span> : <span className="badge badge--muted">{t("product.outOfSeason")}</span>}
    </p>
  );
}

function ShopperActions({ product, shopper, signedIn }: { product: ProductDetail; shopper: { favorite: boolean; alerts: string[] } | null; signedIn: boolean }) {
  const { t } = useTranslator();
  if (!signedIn || !shopper) {
    return (
      <p className="muted">
        <Link to={`/login?redirectTo=${encodeURIComponent(`/products/${product.slug}`)}`}>{t("nav.login")}</Link>{" "}
        {t("product.loginToSave")}
      </p>
    );
  }
  return (
    <div className="shopper-actions">
      <Form method="post" action="/favorites">
        <input type="hidden" name="productId" value={product.id} />
        <input type="hidden" name="redirectTo" value={`/products/${product.slug}`} />
        <button type="submit" name="intent" value={shopper.favorite ? "unfavorite" : "favorite"} className="button--secondary" aria-pressed={shopper.favorite}>
          {shopper.favorite ? t("product.unfavorite") : t("product.favorite")}
        </button>
      </Form>
      {!product.available ? (
        <NotifyForm product={product} kind="STOCK" done={shopper.alerts.includes("STOCK")} />
      ) : null}
      {!product.inSeason ? <NotifyForm product={product} kind="SEASON" done={shopper.alerts.includes("SEASON")} /> : null}
    </div>
  );
}

function NotifyForm({ product, kind, done }: { product: ProductDetail; kind: "STOCK" | "SEASON"; done: boolean }) {
  const { t } = useTranslator();
  if (done) return <p className="notice">{kind === "STOCK" ? t("product.notifyStockDone") : t("product.notifySeasonDone")}</p>;
  return (
    <Form method="post" action="/favorites">
      <input type="hidden" name="intent" value="notify" />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="productId" value={product.id} />
      <input type="hidden" name="redirectTo" value={`/products/${product.slug}`} />
      <button type="submit" className="button--secondary">
        {kind === "STOCK" ? t("product.notifyStock") : t("product.notifySeason")}
      </button>
    </Form>
  );
}

export default function ProductPage() {
  const { product, shopper, signedIn, structuredData } = useLoaderData<typeof loader>();
  const { t, date, hours } = useTranslator();
  const nonce = useNonce();
  const [first, ...rest] = product.images;
  return (
    <article className="container product-page">
      <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: jsonLd(structuredData) }} />
      <nav aria-label={t("product.breadcrumb")} className="breadcrumb">
        <Link to="/products">{t("nav.products")}</Link> ›{" "}
        <Link to={`/products?sector=${product.sector.slug}`}>{product.sector.name}</Link> ›{" "}
        <Link to={`/products?category=${product.category.slug}`}>{product.category.name}</Link>
      </nav>
      <div className="product-page__layout">
        <div className="gallery">
          {first ? <Picture image={first} sizes="(min-width: 900px) 560px, 92vw" eager /> : null}
          {rest.length > 0 ? (
            <ul className="gallery__thumbs">
              {rest.map((image) => (
                <li key={image.fallback}>
                  <Picture image={image} sizes="160px" />
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        <div className="product-page__info stack">
          <h1>{product.title}</h1>
          <p className="product-page__price">
            <Price priceQ={product.priceQ} unit={product.unit} />
          </p>
          {product.rating ? (
            <p>
              <a href="#reviews-heading" className="product-page__rating">
                <Stars rating={product.rating} count={product.ratingCount} />
              </a>
            </p>
          ) : null}
          <p>
            {product.available ? (
              <span className="badge">{product.kind === "EXPERIENCE" ? t("product.seatsAvailable") : t("product.inStock")}</span>
            ) : (
              <span className="badge badge--muted">{product.kind === "EXPERIENCE" ? t("product.fullyBooked") : t("product.soldOut")}</span>
            )}
          </p>
          <SeasonMonths product={product} />
          {product.kind === "EXPERIENCE" ? (
            <dl className="facts">
              {product.meetingPoint ? (
                <>
                  <dt>{t("product.meetingPoint")}</dt>
                  <dd>{product.meetingPoint}</dd>
                </>
              ) : null}
              {product.durationMin ? (
                <>
                  <dt>{t("product.duration")}</dt>
                  <dd>{hours(product.durationMin)}</dd>
                </>
              ) : null}
            </dl>
          ) : null}
          <AddToCartForm product={product} />
          <ShopperActions product={product} shopper={shopper} signedIn={signedIn} />
          <div className="product-page__description">
            <h2>{t(product.kind === "EXPERIENCE" ? "product.aboutExperience" : "product.about")}</h2>
            <p>{product.description}</p>
          </div>
        </div>
      </div>
      <section className="producer-card card" aria-labelledby="producer-heading">
        <h2 id="producer-heading">
          <Link to={`/producers/${product.producer.slug}`}>{product.producer.name}</Link>{" "}
          {product.producer.verified ? <span className="badge">{t("common.verified")}</span> : null}
        </h2>
        <p className="muted">{product.producer.region}</p>
        <p>{product.producer.story}</p>
      </section>
      {product.reviews.length > 0 ? (
        <section aria-labelledby="reviews-heading">
          <h2 id="reviews-heading">{t("product.reviewsTitle")}</h2>
          <ul className="reviews">
            {product.reviews.map((review) => (
              <li key={review.id}>
                <p>
                  <Stars rating={review.rating} /> — {review.author}, {date(review.createdAt)}
                </p>
                {review.body ? <p>{review.body}</p> : null}
                <ReviewReply producer={product.producer.name} reply={review.reply} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {product.related.length > 0 ? (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading">{t("product.related")}</h2>
          <ProductGrid products={product.related} />
        </section>
      ) : null}
    </article>
  );
}
