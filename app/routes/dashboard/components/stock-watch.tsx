import { Link } from "@remix-run/react";
import { useTranslator } from "~/utils/use-translator";

type Item = { productId: string; variantId: string | null; title: string; variant: string | null; stock: number; threshold: number; waiting: number };
type Season = { productId: string; title: string; waiting: number };

/**
 * The overview's stock list: goods at or under their low-stock threshold or sold out (with the
 * shoppers waiting on "notify me"), and seasons starting this month with shoppers waiting.
 */
export function StockWatch({ items, seasons }: { items: Item[]; seasons: Season[] }) {
  const { t, plural } = useTranslator();
  if (!items.length && !seasons.length) return null;
  return (
    <>
      {items.length ? (
        <section className="card" aria-labelledby="low-stock">
          <h2 id="low-stock">{t("dashboard.overview.lowStock")}</h2>
          <p className="muted">{t("dashboard.stock.hint")}</p>
          <ul>
            {items.map((item) => {
              const name = item.variant ? `${item.title} (${item.variant})` : item.title;
              return (
                <li key={`${item.productId}-${item.variantId ?? ""}`}>
                  {item.stock === 0 ? (
                    <>
                      <span className="badge badge--warn">{t("dashboard.stock.soldOut")}</span> {name}
                    </>
                  ) : (
                    t("dashboard.stock.low", { name, stock: item.stock, threshold: item.threshold })
                  )}
                  {item.waiting ? <span className="muted"> · {plural("dashboard.stock.waitingStock", item.waiting)}</span> : null}{" "}
                  <Link to={`/dashboard/products/${item.productId}`}>
                    {t("dashboard.overview.edit")}
                    <span className="visually-hidden">: {name}</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {seasons.length ? (
        <section className="card" aria-labelledby="season-starts">
          <h2 id="season-starts">{t("dashboard.stock.seasonTitle")}</h2>
          <ul>
            {seasons.map((season) => (
              <li key={season.productId}>
                <Link to={`/dashboard/products/${season.productId}`}>{season.title}</Link>{" "}
                <span className="muted">· {plural("dashboard.stock.waitingSeason", season.waiting)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
