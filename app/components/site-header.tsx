import { Form, Link, NavLink, useLocation } from "@remix-run/react";
import { LOCALE_NAMES, LOCALES } from "~/utils/i18n";
import { SearchBox } from "./search-box";
import { useRootData, useTranslator } from "~/utils/use-translator";

function LanguageSwitch() {
  const { t, locale } = useTranslator();
  const location = useLocation();
  return (
    <nav aria-label={t("nav.language")} className="lang-switch">
      <ul>
        {LOCALES.map((code) => {
          const params = new URLSearchParams(location.search);
          params.set("lang", code);
          return (
            <li key={code}>
              <a
                href={`${location.pathname}?${params}`}
                lang={code}
                hrefLang={code}
                aria-current={code === locale ? "true" : undefined}
                title={LOCALE_NAMES[code]}
              >
                {code.toUpperCase()}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function AccountMenu() {
  const root = useRootData();
  const { t } = useTranslator();
  const location = useLocation();
  const user = root?.user;
  if (!user) {
    const redirectTo = location.pathname === "/login" || location.pathname === "/signup" ? "" : location.pathname;
    const query = redirectTo && redirectTo !== "/" ? `?${new URLSearchParams({ redirectTo })}` : "";
    return (
      <div className="account-links">
        <Link to={`/login${query}`}>{t("nav.login")}</Link>
        <Link to="/signup" className="button button--small">
          {t("nav.signup")}
        </Link>
      </div>
    );
  }
  return (
    <details className="account-menu">
      <summary>{user.name}</summary>
      <ul>
        {user.role === "ADMIN" || user.role === "MENTOR" ? (
          <li>
            <Link to="/admin">{t("nav.admin")}</Link>
          </li>
        ) : null}
        {user.producerId ? (
          <li>
            <Link to="/dashboard">{t("nav.dashboard")}</Link>
          </li>
        ) : null}
        <li>
          <Link to="/orders">{t("nav.orders")}</Link>
        </li>
        <li>
          <Link to="/favorites">{t("nav.favorites")}</Link>
        </li>
        <li>
          <Link to="/account/password">{t("account.password.link")}</Link>
        </li>
        <li>
          <Form method="post" action="/logout">
            <button type="submit" className="link-button">
              {t("nav.logout")}
            </button>
          </Form>
        </li>
      </ul>
    </details>
  );
}

export function SiteHeader() {
  const root = useRootData();
  const { t, plural } = useTranslator();
  const location = useLocation();
  const query = location.pathname === "/search" ? new URLSearchParams(location.search).get("q") ?? "" : "";
  const cartCount = root?.cartCount ?? 0;
  return (
    <header className="site-header">
      <a href="#main" className="skip-link">
        {t("nav.skip")}
      </a>
      <div className="container site-header__row">
        <Link to="/" className="logo">
          <span className="logo__mark">ABAD</span> <span className="logo__word">Market</span>
        </Link>
        <SearchBox key={query} query={query} />
        <div className="site-header__tools">
          <LanguageSwitch />
          <Link to="/cart" className="cart-link">
            {t("nav.cart")} <span className="cart-link__count">{cartCount}</span>
            <span className="visually-hidden"> {plural("nav.cartUnits", cartCount)}</span>
          </Link>
          <AccountMenu />
        </div>
      </div>
      <nav aria-label={t("nav.main")} className="container main-nav">
        <ul>
          <li>
            <NavLink to="/products">{t("nav.products")}</NavLink>
          </li>
          <li>
            <NavLink to="/producers">{t("nav.producers")}</NavLink>
          </li>
          <li>
            <NavLink to="/sell">{t("nav.sell")}</NavLink>
          </li>
        </ul>
      </nav>
    </header>
  );
}
