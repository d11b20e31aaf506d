import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { CatalogueContext, fixedCatalogueStore } from "~/locales/catalogues";
import { messagesByLocale } from "~/locales/index.server";
import { loadCatalogPage } from "~/models/catalog/catalog-page.server";
import { recordViewOfSlug } from "~/models/catalog/product-view.server";
import { sharedLook } from "~/models/storefront-look.server";
import { startOutboxWorker } from "~/models/outbox-worker.server";
import { getLocale } from "~/utils/locale.server";
import { NonceContext } from "~/utils/nonce";
import { scriptsOnInteractionStream } from "~/utils/scripts-on-interaction.server";

// Refunds, session expiries, transfers and mail queued by any request are carried out here.
if (process.env.OUTBOX_WORKER !== "off") startOutboxWorker();

export const streamTimeout = 5_000;

const catalogues = fixedCatalogueStore(messagesByLocale);

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext?.cspNonce;
  // Bots and no-JS clients get the whole document at once.
  const readyEvent = isbot(request.headers.get("user-agent") || "") ? "onAllReady" : "onShellReady";
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <CatalogueContext.Provider value={catalogues}>
          <RemixServer context={remixContext} url={request.url} abortDelay={streamTimeout} nonce={nonce} />
        </CatalogueContext.Provider>
      </NonceContext.Provider>,
      {
        nonce,
        [readyEvent]() {
          shellRendered = true;
          const body = scriptsOnInteractionStream();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }));
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, streamTimeout + 1000);
  });
}

// What the production server's page cache (app/server/page-cache.ts) needs from the app.

/** Who is asking, as far as a storefront page can tell: the key of a shared render and its fills. */
export const pageLook = sharedLook;

/** A page served from memory still counts: a product page's view, a search's first page. */
export async function recordCachedVisit(request: Request) {
  const url = new URL(request.url);
  const slug = /^\/products\/([^/]+)$/.exec(url.pathname)?.[1];
  if (slug) return recordViewOfSlug(request, slug);
  if (/^\/(?:search|products)$/.test(url.pathname) && url.searchParams.has("q")) await loadCatalogPage(request, await getLocale(request));
}
