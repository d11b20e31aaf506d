import { memo } from "react";
import { Link } from "@remix-run/react";
import type { StoredImage } from "~/models/images/pictures";
import { Picture } from "~/components/picture";
import { useTranslator } from "~/utils/use-translator";

type Family = {
  slug: string;
  name: string;
  region: string;
  district: string;
  /** its opening sentences */
  story: string;
  sectors: string[];
  image: StoredImage | null;
};

/** Featured families: their portrait, where they live, the start of their story. */
export const FeaturedFamilies = memo(function FeaturedFamilies({ families }: { families: Family[] }) {
  const { t } = useTranslator();
  return (
    <ul className="family-list">
      {families.map((family, index) => (
        <li key={family.slug} className="family-card">
          {family.image ? (
            <Picture image={family.image} alt="" sizes="(min-width: 900px) 360px, 100vw" eager={index === 0} className="family-card__picture" />
          ) : null}
          <div className="family-card__body">
            <p className="family-card__place">{`${family.district} · ${family.region}`}</p>
            <h3 className="family-card__name">
              <Link to={`/producers/${family.slug}`}>{family.name}</Link>
            </h3>
            <p className="family-card__sectors">{family.sectors.join(" · ")}</p>
            <p>{family.story}</p>
            <p>
              <Link to={`/producers/${family.slug}`} aria-label={`${t("home.readStory")}: ${family.name}`}>
                {t("home.readStory")}
              </Link>
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
});
