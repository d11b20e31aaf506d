import { Link } from "@remix-run/react";
import { TrustLinks } from "~/components/trust-page";
import { useTranslator } from "~/utils/use-translator";

export function SiteFooter() {
  const { t } = useTranslator();
  return (
    <footer className="site-footer">
      <div className="container site-footer__grid">
        <p>{t("footer.about")}</p>
        <ul>
          <li>
            <Link to="/products">{t("nav.products")}</Link>
          </li>
          <li>
            <Link to="/producers">{t("nav.producers")}</Link>
          </li>
          <li>
            <Link to="/sell">{t("nav.sell")}</Link>
          </li>
        </ul>
        <nav aria-labelledby="footer-help">
          <h2 id="footer-help" className="site-footer__heading">
            {t("footer.help")}
          </h2>
          <TrustLinks />
        </nav>
        <p className="site-footer__rights">{t("footer.rights", { year: new Date().getFullYear() })}</p>
      </div>
    </footer>
  );
}
