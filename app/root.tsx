import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration } from "@remix-run/react";
import { useEffect, type ReactNode } from "react";
import { GeneralErrorBoundary } from "~/components/general-error-boundary";
import { SiteFooter } from "~/components/site-footer";
import { SiteHeader } from "~/components/site-header";
import { rememberLanguageSwitch } from "~/models/accounts/users.server";
import { storefrontLook } from "~/models/storefront-look.server";
import { getUser } from "~/utils/auth.server";
import { fontPreloads } from "~/utils/fonts";
import { DEFAULT_LOCALE } from "~/utils/i18n";
import { languageCookieHeader } from "~/utils/locale.server";
import { useNonce } from "~/utils/nonce";
import { TranslatorProvider, useRootData } from "~/utils/use-translator";
import stylesHref from "~/styles/app.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesHref },
  // The .ico first for browsers and tools that ask for /favicon.ico; the SVG where it is understood.
  { rel: "icon", href: "/favicon.ico", sizes: "32x32" },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
  { rel: "apple-touch-icon", href: "/apple-touch-icon.png" },
];

export const meta: MetaFunction = () => [{ title: "ABAD Market" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const [look, cookie] = await Promise.all([storefrontLook(request, context), languageCookieHeader(request)]);
  if (look.user && new URL(request.url).searchParams.has("lang")) {
    const user = await getUser(request);
    if (user) await rememberLanguageSwitch(request, user);
  }
  return data({ locale: look.locale, user: look.user, cartCount: look.cartCount }, cookie ? { headers: { "Set-Cookie": cookie } } : undefined);
}

export function Layout({ children }: { children: ReactNode }) {
  const root = useRootData();
  const nonce = useNonce();
  // A mark end-to-end tests wait for: effects run only after hydration has committed (or failed).
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return (
    <html lang={root?.locale ?? DEFAULT_LOCALE}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {/* No paint before the header and the page's own content are all parsed: painted
            half-way (a busy server, a slow connection), the header grew when its menu button
            arrived and pushed the page down. Up to the end of <main> is a few KB gzipped; the
            loader data after it still streams in without holding the first paint. The mark is an
            empty element at the end of <main>: Chromium lets the page paint once the expected
            element is in the document, so expecting <main> itself let a product page paint
            half its breadcrumbs (the title's first letter, then the whole title on a new line). */}
        <link rel="expect" href="#main-end" blocking="render" />
        <meta name="theme-color" content="#faf6ef" media="(prefers-color-scheme: light)" />
        <meta name="theme-color" content="#16120f" media="(prefers-color-scheme: dark)" />
        {fontPreloads(root?.locale ?? DEFAULT_LOCALE).map((href) => (
          <link key={href} rel="preload" href={href} as="font" type="font/woff2" crossOrigin="anonymous" />
        ))}
        <Meta />
        <Links />
      </head>
      <body>
        <TranslatorProvider locale={root?.locale ?? DEFAULT_LOCALE}>
          {root ? <SiteHeader /> : null}
          <main id="main" tabIndex={-1}>
            {children}
            <div id="main-end" />
          </main>
          {root ? <SiteFooter /> : null}
        </TranslatorProvider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
