import { describe, expect, it } from "vitest";
import { applyFavoriteAction } from "~/models/catalog/favorites.server";
import { sharedLook, storefrontLook } from "~/models/storefront-look.server";
import { loader as productLoader } from "~/routes/products.$slug";
import { db } from "~/utils/db.server";
import { createProducerWithMember, createProduct, createUser } from "../support/factories";
import { dataOf, getRequest, loadContext, sessionCookieFor } from "../support/http";

/** A request for `path` as `userId` (or a visitor), in Azerbaijani. */
async function requestAs(path: string, userId: string | null) {
  return getRequest(path, { cookie: userId ? await sessionCookieFor(userId) : undefined, headers: { "Accept-Language": "az" } });
}

describe("a storefront page's look (what is the visitor's own on it)", () => {
  it("holds a shopper's own favourite and open alerts on the product page, and no one else's", async () => {
    const { producer } = await createProducerWithMember();
    const product = await createProduct(producer.id, { stock: 0 });
    const [aysel, other] = [await createUser({ name: "Aysel" }), await createUser({ name: "Orxan" })];
    await applyFavoriteAction(aysel.id, { intent: "favorite", productId: product.id });
    await applyFavoriteAction(aysel.id, { intent: "notify", productId: product.id, kind: "STOCK" });
    await applyFavoriteAction(other.id, { intent: "notify", productId: product.id, kind: "STOCK" });
    await db.stockAlert.updateMany({ where: { userId: other.id }, data: { notifiedAt: new Date() } });

    const path = `/products/${product.slug}`;
    expect((await storefrontLook(await requestAs(path, aysel.id))).marks).toEqual({ favorite: true, alerts: ["STOCK"] });
    expect((await storefrontLook(await requestAs(path, other.id))).marks).toEqual({ favorite: false, alerts: [] });
    expect((await storefrontLook(await requestAs(path, null))).marks).toBeNull();
    expect((await storefrontLook(await requestAs("/products", aysel.id))).marks).toBeNull();

    const page = dataOf<{ shopper: unknown; signedIn: boolean }>(
      await productLoader({ request: await requestAs(path, aysel.id), params: { slug: product.slug }, context: loadContext }),
    );
    expect(page).toMatchObject({ shopper: { favorite: true, alerts: ["STOCK"] }, signedIn: true });
  });

  it("keys a shared render by everything but the name, which it leaves to be filled in", async () => {
    const [first, second] = [await createUser({ name: "Şəbnəm" }), await createUser({ name: "<Zaur & 'Co'>" })];
    const [a, b, visitor] = [
      await sharedLook(await requestAs("/", first.id)),
      await sharedLook(await requestAs("/", second.id)),
      await sharedLook(await requestAs("/", null)),
    ];
    expect(a.key).toBe(b.key);
    expect(a.key).not.toContain("Şəbnəm");
    expect(visitor.key).not.toBe(a.key);
    expect(a.look).toEqual(b.look);
    expect(a.fills.map(([, text]) => text)).toEqual(["Şəbnəm", "Ş"]);
    expect(b.fills.map(([, text]) => text)).toEqual(["<Zaur & 'Co'>", "<"]);
    expect(visitor.fills).toEqual([]);
  });
});
