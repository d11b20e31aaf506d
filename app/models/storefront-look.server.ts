/**
 * What a storefront page shows that is the visitor's own: the language, their name and role, the
 * cart's count and, on a product page, their favourite and alerts there. It is read once per
 * request, before anything renders, and the root and product loaders take it from here; so a
 * storefront page is a function of its address, the catalogue and this look, and the production
 * server's page cache (app/server/page-cache.ts) renders a page once for everyone who shares a
 * look, with the name filled in per person.
 */
import crypto from "node:crypto";
import type { Role } from "~/models/accounts/roles";
import { countCartItems } from "~/models/cart/cart.server";
import { shopperMarksOn } from "~/models/catalog/favorites.server";
import { getUser } from "~/utils/auth.server";
import type { Locale } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { catalogVersion } from "~/utils/shared-cache.server";

export type StorefrontLook = {
  locale: Locale;
  user: { name: string; initial: string; role: Role; producerId: string | null; centreId: string | null } | null;
  cartCount: number;
  /** on a product page, a signed-in shopper's own marks on that product */
  marks: { favorite: boolean; alerts: string[] } | null;
};

const PRODUCT_PAGE = /^\/products\/([a-z0-9-]+)$/;

/** The letter on the account button: the first character (not UTF-16 unit) of the name, upper-cased. */
export const initialOf = (name: string) => (Array.from(name.trim())[0] ?? "").toUpperCase();

const looks = new WeakMap<Request, Promise<StorefrontLook>>();

/** The request's look: the one the server rendered for (in the load context), else read now. */
export function storefrontLook(request: Request, context?: { look?: StorefrontLook }): Promise<StorefrontLook> {
  if (context?.look) return Promise.resolve(context.look);
  let pending = looks.get(request);
  if (!pending) {
    pending = readLook(request);
    looks.set(request, pending);
  }
  return pending;
}

async function readLook(request: Request): Promise<StorefrontLook> {
  const [locale, user] = await Promise.all([getLocale(request), getUser(request)]);
  const slug = PRODUCT_PAGE.exec(new URL(request.url).pathname)?.[1];
  const [cartCount, marks] = await Promise.all([countCartItems(request, user?.id ?? null), user && slug ? shopperMarksOn(user.id, slug) : null]);
  return {
    locale,
    user: user && { name: user.name, initial: initialOf(user.name), role: user.role, producerId: user.producerId, centreId: user.centreId },
    cartCount,
    marks,
  };
}

// Placeholders no page text can contain: new in every process, letters and digits only, so
// React's escaping and the loader data's JSON leave them as they are.
const NAME_SLOT = `name${crypto.randomBytes(12).toString("hex")}`;
const INITIAL_SLOT = `initial${crypto.randomBytes(12).toString("hex")}`;

/**
 * The look a shared render uses (the person's name and initial as placeholders), the key naming
 * everything else it shows together with the catalogue's version, and what fills the
 * placeholders in for this person.
 */
export async function sharedLook(request: Request) {
  const [look, version] = await Promise.all([storefrontLook(request), catalogVersion()]);
  if (!look.user) return { key: JSON.stringify([version, look]), look, fills: [] as [string, string][] };
  const { name, initial, ...shared } = look.user;
  return {
    key: JSON.stringify([version, { ...look, user: shared }]),
    // the same keys in the same order, so the loader data is written exactly as for the person
    look: { ...look, user: { ...look.user, name: NAME_SLOT, initial: INITIAL_SLOT } },
    fills: [
      [NAME_SLOT, name],
      [INITIAL_SLOT, initial],
    ] as [string, string][],
  };
}
