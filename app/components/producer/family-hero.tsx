import { Link } from "@remix-run/react";
import type { StoredImage } from "~/models/images/pictures";
import { Picture } from "~/components/picture";
import { useTranslator } from "~/utils/use-translator";

type Family = {
  name: string;
  verified: boolean;
  district: string;
  region: { slug: string; name: string };
  sectors: { slug: string; name: string }[];
  delivery: { everywhere: boolean; places: string[] } | null;
  offersPickup: boolean;
  pickupAddress: string;
  memberSince: string | null;
  goods: unknown[];
  bookable: unknown[];
};

/** The top of a family's page: their portrait, who and where they are, how they sell, the way to their goods. */
export function FamilyHero({ producer, portrait }: { producer: Family; portrait: StoredImage | null }) {
  const { t, date } = useTranslator();
  const firstListings = producer.goods.length > 0 ? "#producer-goods" : producer.bookable.length > 0 ? "#producer-bookable" : null;
  return (
    <header className="family-hero">
      <div className="container family-hero__inner">
        {portrait ? <Picture image={portrait} sizes="(min-width: 900px) 420px, calc(100vw - 2rem)" eager className="family-hero__portrait" /> : null}
        <div className="family-hero__text">
          <p className="kicker">
            {producer.district ? `${producer.district} · ` : ""}
            <Link to={`/producers?region=${producer.region.slug}`}>{producer.region.name}</Link>
          </p>
          <h1 className="family-hero__name">{producer.name}</h1>
          {producer.verified ? (
            <p className="family-hero__badge">
              <span className="badge">{t("common.verified")}</span>
            </p>
          ) : null}
          <ul className="chip-list" aria-label={t("common.sector")}>
            {producer.sectors.map((sector) => (
              <li key={sector.slug}>
                <Link to={`/products?sector=${sector.slug}`} className="chip">
                  {sector.name}
                </Link>
              </li>
            ))}
          </ul>
          <ul className="family-hero__facts">
            {producer.delivery ? (
              <li>{producer.delivery.everywhere ? t("producer.delivers") : t("producer.deliversTo", { places: producer.delivery.places.join(", ") })}</li>
            ) : null}
            {producer.offersPickup ? <li>{t("producer.pickup", { address: producer.pickupAddress })}</li> : null}
            {producer.memberSince ? <li>{t("producer.memberSince", { date: date(producer.memberSince) })}</li> : null}
          </ul>
          {firstListings ? (
            <p className="family-hero__actions">
              <a className="button" href={firstListings}>
                {t("producer.seeGoods")}
              </a>
            </p>
          ) : null}
        </div>
      </div>
    </header>
  );
}
