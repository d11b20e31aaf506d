import { Link } from "@remix-run/react";
import { Picture } from "~/components/picture";
import type { ProductDetail } from "~/models/catalog/product-detail.server";
import { useTranslator } from "~/utils/use-translator";

/** The family who hosts an experience or a stay, with their photo and the languages they speak. */
export function HostCard({ product }: { product: ProductDetail }) {
  const { t } = useTranslator();
  const producer = product.producer;
  return (
    <section className="card host-card" aria-labelledby="host-heading">
      {producer.photo ? <Picture image={producer.photo} sizes="96px" alt="" className="host-card__photo" /> : null}
      <div className="stack">
        <h2 id="host-heading">
          {t("booking.host")}: <Link to={`/producers/${producer.slug}`}>{producer.name}</Link>{" "}
          {producer.verified ? <span className="badge">{t("common.verified")}</span> : null}
        </h2>
        <p className="muted">{[producer.district, producer.region].filter(Boolean).join(", ")}</p>
        {product.languages.length > 0 ? (
          <p>
            {t("booking.languages")}: {product.languages.map((l) => t(`booking.language.${l}`)).join(", ")}
          </p>
        ) : null}
        <p>{producer.story}</p>
      </div>
    </section>
  );
}
