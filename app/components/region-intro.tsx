import { Link } from "@remix-run/react";
import type { RegionIntro as RegionIntroData } from "~/models/catalog/taxonomy.server";
import { useTranslator } from "~/utils/use-translator";
import { Picture } from "./picture";

type RegionIntroProps = {
  region: RegionIntroData;
  /** "page": the catalogue narrowed to the region (the heading is the page's h1, the picture small). */
  variant: "page" | "section";
  headingId: string;
  kicker?: string;
};

/** A region's landscape, name and sentence, with the ways on: its goods and its families. */
export function RegionIntro({ region, variant, headingId, kicker }: RegionIntroProps) {
  const { t } = useTranslator();
  const Heading = variant === "page" ? "h1" : "h2";
  const Wrapper = variant === "page" ? "header" : "section";
  return (
    <Wrapper className={`region-intro region-intro--${variant}`} aria-labelledby={variant === "section" ? headingId : undefined}>
      {region.picture ? (
        <Picture
          image={region.picture}
          alt=""
          // the page variant is above the fold: a small picture, loaded at once
          sizes={variant === "page" ? "(min-width: 900px) 320px, 38vw" : "(min-width: 900px) 560px, 100vw"}
          eager={variant === "page"}
          className="region-intro__picture"
        />
      ) : null}
      <div className="region-intro__body">
        <p className="kicker">{kicker ?? t("region.kicker")}</p>
        <Heading id={headingId} className="region-intro__name">
          {region.name}
        </Heading>
        {region.lead ? <p className="region-intro__lead">{region.lead}</p> : null}
        <ul className="region-intro__links">
          {variant === "section" ? (
            <li>
              <Link to={`/products?region=${region.slug}`}>{t("region.allGoods", { region: region.name })}</Link>
            </li>
          ) : null}
          <li>
            <Link to={`/producers?region=${region.slug}`}>{t("region.families", { region: region.name })}</Link>
          </li>
        </ul>
      </div>
    </Wrapper>
  );
}
