import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { loadTrustPage } from "~/utils/trust-page.server";
import { seoMeta } from "~/utils/seo";
import { useTranslator } from "~/utils/use-translator";

type TrustData = Awaited<ReturnType<typeof loadTrustPage>>;

export const trustMeta: MetaFunction = ({ data }) => (data ? seoMeta((data as TrustData).seo) : []);

/** Contact, delivery, returns, privacy, terms and "ABAD verified": one layout, text from the loader. */
export function TrustPage() {
  const { slug, content, contact } = useLoaderData<TrustData>();
  const { t } = useTranslator();
  return (
    <article className="container trust-page" aria-labelledby="trust-title">
      <h1 id="trust-title">{content.title}</h1>
      <p className="trust-page__lead">{content.description}</p>
      {contact ? (
        <section aria-labelledby="contact-details" className="card trust-page__contact">
          <h2 id="contact-details">{t("trust.contactDetails")}</h2>
          <dl>
            <dt>{t("trust.address")}</dt>
            <dd>
              <address>{contact.address}</address>
            </dd>
            {contact.email ? (
              <>
                <dt>{t("trust.email")}</dt>
                <dd>
                  <a href={`mailto:${contact.email}`}>{contact.email}</a>
                </dd>
              </>
            ) : null}
            {contact.phone ? (
              <>
                <dt>{t("trust.phone")}</dt>
                <dd>
                  <a href={`tel:${contact.phone.replace(/[^+\d]/g, "")}`}>{contact.phone}</a>
                </dd>
              </>
            ) : null}
          </dl>
        </section>
      ) : null}
      {content.sections.map((section, index) => (
        <section key={index} aria-labelledby={`trust-${index}`}>
          <h2 id={`trust-${index}`}>{section.heading}</h2>
          {section.paragraphs.map((paragraph, p) => (
            <p key={p}>{paragraph}</p>
          ))}
        </section>
      ))}
      <nav aria-label={t("trust.more")} className="trust-page__more">
        <h2>{t("trust.more")}</h2>
        <TrustLinks exclude={slug} />
      </nav>
    </article>
  );
}

export const TRUST_LINKS = [
  ["contact", "trust.link.contact"],
  ["delivery", "trust.link.delivery"],
  ["returns", "trust.link.returns"],
  ["verified", "trust.link.verified"],
  ["privacy", "trust.link.privacy"],
  ["terms", "trust.link.terms"],
] as const;

export function TrustLinks({ exclude }: { exclude?: string }) {
  const { t } = useTranslator();
  return (
    <ul>
      {TRUST_LINKS.filter(([slug]) => slug !== exclude).map(([slug, key]) => (
        <li key={slug}>
          <Link to={`/${slug}`}>{t(key)}</Link>
        </li>
      ))}
    </ul>
  );
}
