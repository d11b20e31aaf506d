import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { CatalogueContext } from "~/locales/catalogues";
import { browserCatalogueStore } from "~/locales/catalogues.client";
import { DEFAULT_LOCALE, isLocale } from "~/utils/i18n";

const catalogues = browserCatalogueStore();
const lang = document.documentElement.lang;

// The page's strings first, so the first render in the browser matches the server's HTML.
void catalogues.load(isLocale(lang) ? lang : DEFAULT_LOCALE).then(() => {
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <CatalogueContext.Provider value={catalogues}>
          <RemixBrowser />
        </CatalogueContext.Provider>
      </StrictMode>,
    );
  });
});
