import { useFetcher } from "@remix-run/react";
import { SessionPicker } from "~/components/planning/session-picker";
import type { ProductDetail } from "~/models/catalog/product-detail.server";
import { useHydrated } from "~/utils/use-hydrated";
import { useTranslator } from "~/utils/use-translator";
import type { action as cartAction } from "~/routes/cart";

/**
 * A plain POST to /cart (works without JavaScript, landing on the cart page); with
 * JavaScript a fetcher adds in place and the header count updates.
 */
export function AddToCartForm({ product, id }: { product: ProductDetail; id?: string }) {
  const fetcher = useFetcher<typeof cartAction>();
  const hydrated = useHydrated();
  const { t, money } = useTranslator();
  const result = fetcher.data;
  const busy = fetcher.state !== "idle";
  if (!product.available) return null;
  return (
    <fetcher.Form method="post" action="/cart" className="add-to-cart stack" id={id}>
      <input type="hidden" name="intent" value="add" />
      <input type="hidden" name="productId" value={product.id} />
      {hydrated ? <input type="hidden" name="inPlace" value="1" /> : null}
      {product.variants.length > 0 ? (
        <div className="field">
          <label htmlFor="variant">{t("product.variant")}</label>
          <select id="variant" name="variantId" required defaultValue={product.variants.find((v) => v.stock > 0)?.id}>
            {product.variants.map((v) => (
              <option key={v.id} value={v.id} disabled={v.stock === 0}>
                {v.name} — {money(v.priceQ)}
                {v.stock === 0 ? ` (${t("product.soldOut")})` : ""}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {product.kind === "EXPERIENCE" ? <SessionPicker slots={product.slots} from={product.sessionsFrom} moreFrom={product.moreSessionsFrom} /> : null}
      <div className="field quantity">
        <label htmlFor="quantity">{product.kind === "EXPERIENCE" ? t("product.people") : t("product.quantity")}</label>
        <input id="quantity" name="quantity" type="number" min={1} max={999} defaultValue={1} required inputMode="numeric" />
      </div>
      <button type="submit" disabled={busy}>
        {product.kind === "EXPERIENCE" ? t("product.book") : t("product.addToCart")}
      </button>
      <div role="status" aria-live="polite" className="add-to-cart__status">
        {result && "ok" in result && result.ok ? <p className="notice">{t("cart.added")}</p> : null}
        {result && "error" in result && result.error ? (
          <p className="notice notice--error">{t(result.error.code, { available: result.error.available ?? 0 })}</p>
        ) : null}
      </div>
    </fetcher.Form>
  );
}
