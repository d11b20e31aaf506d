import { memo } from "react";
import { Link } from "@remix-run/react";
import type { StoredImage } from "~/models/images/pictures";
import { Picture } from "~/components/picture";
import { useTranslator } from "~/utils/use-translator";

type Region = { slug: string; name: string; producerCount: number; picture: StoredImage | null };

/** The regions that have producers, each a picture and a link to its goods. */
export const RegionCards = memo(function RegionCards({ regions }: { regions: Region[] }) {
  const { plural } = useTranslator();
  return (
    <ul className="region-cards">
      {regions.map((region) => (
        <li key={region.slug}>
          <Link to={`/products?region=${region.slug}`} className="region-card">
            {region.picture ? <Picture image={region.picture} alt="" sizes="(min-width: 900px) 220px, 45vw" className="region-card__picture" /> : null}
            <span className="region-card__name">{region.name}</span>
            <span className="region-card__count">{plural("home.producerCount", region.producerCount)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
});
