import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { AddToCartForm } from "~/components/add-to-cart-form";
import { HostCard } from "~/components/planning/host-card";
import { PlanningFacts } from "~/components/planning/planning-facts";
import { StayBooking } from "~/components/planning/stay-booking";
import { isDay } from "~/models/bookings/stay-dates";
import { Price } from "~/components/price";
import { ReviewReply, Stars } from "~/components/star-rating";
import { ProductGrid } from "~/components/product-card";
import { Breadcrumbs, breadcrumbJsonLd, type Crumb } from "~/components/product/breadcrumbs";
import { StickyBuyBar } from "~/components/product/buy-bar";
import { AtCentres } from "~/components/product/at-centres";
import { ProductGallery } from "~/components/product/gallery";
import { ProducerAside } from "~/components/product/producer-aside";
import { SeasonMonths, ShopperActions } from "~/components/product/shopper-actions";
import { getProductDetail, type StayRequest } from "~/models/catalog/product-detail.server";
import { productStructuredData } from "~/models/catalog/product-structured-data";
import { recordProductView } from "~/models/catalog/product-view.server";
import { pictureData } from "~/models/images/pictures";
import { storefrontLook } from "~/models/storefront-look.server";
import { notFound } from "~/utils/http.server";
import { getTranslator } from "~/utils/locale.server";
import { useNonce } from "~/utils/nonce";
import { publicOrigin } from "~/utils/public-url.server";
import { sharedCached } from "~/utils/shared-cache.server";
import { jsonLd, langParamOf, seoMeta } from "~/utils/seo";
import { AskTheFamily } from "~/components/ask-the-family";
import { useTranslator } from "~/utils/use-translator";
import { ProductFactList } from "~/components/product/product-facts";

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? seoMeta(data.seo) : []);

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { t, locale } = await getTranslator(request);
  const search = new URL(request.url).searchParams;
  const [slug, stayRequest, sessionsFrom] = [params.slug ?? "", stayRequestFrom(search), search.get("from")];
  const product = await sharedCached(`product|${locale}|${slug}|${JSON.stringify(stayRequest)}|${sessionsFrom}`, () =>
    getProductDetail(slug, locale, new Date(), stayRequest, sessionsFrom),
  );
  if (!product) notFound();
  const look = await storefrontLook(request, context);
  await recordProductView(request, { id: product.id, producerId: product.producer.id });
  const origin = publicOrigin();
  const image = product.images[0] ? pictureData(product.images[0]).fallback : null;
  const crumbs: Crumb[] = [
    { name: t("nav.products"), path: "/products" },
    { name: product.sector.name, path: `/products?sector=${product.sector.slug}` },
    { name: product.category.name, path: `/products?category=${product.category.slug}` },
    { name: product.title, path: `/products/${product.slug}` },
  ];
  return {
    product,
    shopper: look.marks,
    signedIn: !!look.user,
    crumbs,
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

/** The dates a stay page was asked about (its own GET form); anything unreadable is ignored. */
function stayRequestFrom(params: URLSearchParams): StayRequest {
  const checkIn = params.get("checkIn") ?? "";
  const checkOut = params.get("checkOut") ?? "";
  const guests = Number(params.get("guests") ?? "1");
  if (!isDay(checkIn) || !isDay(checkOut)) return null;
  return { checkIn, checkOut, guests: Number.isInteger(guests) && guests >= 1 && guests <= 99 ? guests : 1 };
}

/**
 * The product page is a column of small sections; a kind of listing that needs more (dates and
 * planning for experiences and stays) adds its own component between them.
 */
export default function ProductPage() {
  const { product, shopper, signedIn, crumbs, seo } = useLoaderData<typeof loader>();
  const { t, date, plural } = useTranslator();
  const nonce = useNonce();
  return (
    <article className="container product-page">
      <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: jsonLd(productStructuredData(product, seo.origin, t)) }} />
      <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: jsonLd(breadcrumbJsonLd(crumbs, seo.origin)) }} />
      <Breadcrumbs crumbs={crumbs} />
      <div className="product-page__layout">
        <ProductGallery images={product.images} title={product.title} />
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
          {product.kind === "STAY" ? null : (
            <p>
              {product.available ? (
                <span className="badge">{product.kind === "EXPERIENCE" ? t("product.seatsAvailable") : t("product.inStock")}</span>
              ) : (
                <span className="badge badge--muted">{product.kind === "EXPERIENCE" ? t("product.fullyBooked") : t("product.soldOut")}</span>
              )}
            </p>
          )}
          <AtCentres centres={product.atCentres} />
          {product.kind === "GOOD" ? <SeasonMonths product={product} /> : <PlanningFacts product={product} />}
          {product.returnDays === null ? null : <p>{product.returnDays > 0 ? plural("product.returnsWithin", product.returnDays) : t("product.noReturns")}</p>}
          {product.kind === "STAY" ? <StayBooking product={product} /> : <AddToCartForm product={product} id="add-to-cart" />}
          <ShopperActions product={product} shopper={shopper} signedIn={signedIn} />
          <AskTheFamily product={product} signedIn={signedIn} />
          <div className="product-page__description">
            <h2>{t(product.kind === "EXPERIENCE" ? "booking.aboutExperience" : product.kind === "STAY" ? "booking.aboutStay" : "product.about")}</h2>
            <p>{product.description}</p>
          </div>
          {product.facts ? <ProductFactList facts={product.facts} allergensAsked={product.allergensAsked} /> : null}
        </div>
        {product.kind === "GOOD" ? <ProducerAside producer={product.producer} /> : null}
      </div>
      {product.kind !== "GOOD" ? <HostCard product={product} /> : null}
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
      {product.fromRegion.length > 0 ? (
        <section aria-labelledby="region-heading">
          <h2 id="region-heading">{t("product.moreFromRegion", { region: product.producer.region })}</h2>
          <ProductGrid products={product.fromRegion} />
        </section>
      ) : null}
      {product.related.length > 0 ? (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading">{t("product.related")}</h2>
          <ProductGrid products={product.related} />
        </section>
      ) : null}
      {product.available && product.kind !== "STAY" ? (
        <StickyBuyBar formId="add-to-cart" priceQ={product.priceQ} unit={product.unit} experience={product.kind === "EXPERIENCE"} />
      ) : null}
    </article>
  );
}
