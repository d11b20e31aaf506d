import { Link } from "@remix-run/react";
import type { StoredImage } from "~/models/images/pictures";
import { Picture } from "~/components/picture";
import { storyOpening } from "~/utils/story";
import { useTranslator } from "~/utils/use-translator";

/** The family's portrait, name, place and the start of their story, next to what they make. */
export function ProducerAside({
  producer,
}: {
  producer: {
    slug: string;
    name: string;
    verified: boolean;
    region: string;
    story: string;
    photo: StoredImage | null;
  };
}) {
  const { t } = useTranslator();
  return (
    <aside className="producer-aside" aria-labelledby="producer-heading">
      {producer.photo ? <Picture image={producer.photo} alt="" sizes="96px" className="producer-aside__face" /> : null}
      <div>
        <p className="producer-aside__kicker">{t("product.family")}</p>
        <h2 id="producer-heading" className="producer-aside__name">
          <Link to={`/producers/${producer.slug}`}>{producer.name}</Link>
        </h2>
        <p className="muted">
          {producer.region}
          {producer.verified ? (
            <>
              {" "}
              <span className="badge">{t("common.verified")}</span>
            </>
          ) : null}
        </p>
        <p>{storyOpening(producer.story)}</p>
        <p>
          <Link to={`/producers/${producer.slug}`}>{t("product.readStory")}</Link>
        </p>
      </div>
    </aside>
  );
}
