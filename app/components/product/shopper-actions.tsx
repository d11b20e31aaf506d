import { Form, Link } from "@remix-run/react";
import type { ProductDetail } from "~/models/catalog/product-detail.server";
import { useTranslator } from "~/utils/use-translator";

export function SeasonMonths({ product }: { product: ProductDetail }) {
  const { t, month } = useTranslator();
  if (product.allYear) return <p>{t("product.allYear")}</p>;
  return (
    <p>
      {t("product.season")}: {product.seasonMonths.map(month).join(", ")}{" "}
      {product.inSeason ? <span className="badge">{t("product.inSeasonNow")}</span> : <span className="badge badge--muted">{t("product.outOfSeason")}</span>}
    </p>
  );
}

export function ShopperActions({
  product,
  shopper,
  signedIn,
}: {
  product: ProductDetail;
  shopper: { favorite: boolean; alerts: string[] } | null;
  signedIn: boolean;
}) {
  const { t } = useTranslator();
  if (!signedIn || !shopper) {
    return (
      <p className="muted">
        <Link to={`/login?redirectTo=${encodeURIComponent(`/products/${product.slug}`)}`}>{t("nav.login")}</Link> {t("product.loginToSave")}
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
      {!product.available ? <NotifyForm product={product} kind="STOCK" done={shopper.alerts.includes("STOCK")} /> : null}
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
