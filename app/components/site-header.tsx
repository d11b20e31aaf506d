import { Form, Link, NavLink, useLocation } from "@remix-run/react";
import { CENTRE_ROLE, isStaff } from "~/models/accounts/roles";
import { LOCALE_NAMES, LOCALES } from "~/utils/i18n";
import { Disclosure, LineIcon } from "./disclosure";
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

/** The links a signed-in person has, in the account menu (wide screens) and the phone menu. */
function AccountLinks() {
  const root = useRootData();
  const { t } = useTranslator();
  const user = root?.user;
  if (!user) return null;
  return (
    <ul className="menu-list">
      {isStaff(user.role) ? (
        <li>
          <Link to="/admin">{t("nav.admin")}</Link>
        </li>
      ) : null}
      {user.role === CENTRE_ROLE && user.centreId ? (
        <li>
          <Link to="/centre">{t("nav.centre")}</Link>
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
        <Link to="/messages">{t("nav.messages")}</Link>
      </li>
      <li>
        <Link to="/favorites">{t("nav.favorites")}</Link>
      </li>
      <li>
        <Link to="/account/addresses">{t("address.link")}</Link>
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
  );
}

function GuestLinks() {
  const { t } = useTranslator();
  const location = useLocation();
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

/** Wide screens: the person's name as a button that opens their links (details/summary, no JS). */
function AccountMenu() {
  const root = useRootData();
  const user = root?.user;
  if (!user) return <GuestLinks />;
  return (
    <Disclosure
      className="account-menu"
      summary={
        <>
          <span className="account-menu__avatar" aria-hidden="true">
            {user.initial}
          </span>
          <span className="account-menu__name">{user.name}</span>
        </>
      }
    >
      <div className="disclosure__panel">
        <AccountLinks />
      </div>
    </Disclosure>
  );
}

function MainLinks() {
  const { t } = useTranslator();
  return (
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
  );
}

/** Phones: one "Menu" button holding the sections, the language and the account (details/summary, no JS). */
function PhoneMenu() {
  const root = useRootData();
  const { t } = useTranslator();
  return (
    <Disclosure
      className="phone-menu"
      summary={
        <>
          <LineIcon path="M2 4h14M2 9h14M2 14h14" />
          {t("nav.menu")}
        </>
      }
    >
      <div className="disclosure__panel phone-menu__panel">
        <nav aria-label={t("nav.main")} className="phone-menu__nav">
          <MainLinks />
        </nav>
        {root?.user ? (
          <section aria-label={root.user.name}>
            <p className="phone-menu__who">{root.user.name}</p>
            <AccountLinks />
          </section>
        ) : (
          <GuestLinks />
        )}
        <LanguageSwitch />
      </div>
    </Disclosure>
  );
}

export function SiteHeader() {
  const root = useRootData();
  const { t, plural } = useTranslator();
  const location = useLocation();
  const query = location.pathname === "/search" ? (new URLSearchParams(location.search).get("q") ?? "") : "";
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
          <div className="wide-only">
            <LanguageSwitch />
          </div>
          <Link to="/cart" className="cart-link">
            <svg className="cart-link__icon" aria-hidden="true" width="22" height="22" viewBox="0 0 24 24">
              <path
                d="M3 4h2l2.4 10.2a1 1 0 0 0 1 .8h8.9a1 1 0 0 0 1-.8L20 8H6.2"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
              <circle cx="9.5" cy="19" r="1.5" fill="currentColor" />
              <circle cx="17" cy="19" r="1.5" fill="currentColor" />
            </svg>
            <span className="cart-link__word">{t("nav.cart")}</span> <span className="cart-link__count">{cartCount}</span>
            <span className="visually-hidden"> {plural("nav.cartUnits", cartCount)}</span>
          </Link>
          <div className="wide-only">
            <AccountMenu />
          </div>
          <div className="phone-only">
            <PhoneMenu />
          </div>
        </div>
      </div>
      <nav aria-label={t("nav.main")} className="container main-nav wide-only">
        <MainLinks />
      </nav>
    </header>
  );
}
