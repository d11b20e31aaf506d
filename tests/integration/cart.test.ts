import { describe, expect, it } from "vitest";
import { action as cartAction, loader as cartLoader } from "~/routes/cart";
import { action as loginAction } from "~/routes/login";
import { db } from "~/utils/db.server";
import { createProducer, createProduct, createUser, FACTORY_PASSWORD } from "../support/factories";
import { cookieFrom, dataOf, getRequest, headerOf, loadContext, postRequest, responseOf, sessionCookieFor, settle, statusOf } from "../support/http";

const args = (request: Request) => ({ request, params: {}, context: loadContext });

async function post(form: Record<string, string>, cookie?: string) {
  return settle(() => cartAction(args(postRequest("/cart", form, { cookie }))));
}

describe("guest cart", () => {
  it("adds in a signed cookie, refuses more than the stock and keeps the cart unchanged", async () => {
    const producer = await createProducer();
    const product = await createProduct(producer.id, { stock: 3 });
    const added = await post({ intent: "add", productId: product.id, quantity: "2" });
    expect(statusOf(added)).toBe(302);
    const cookie = cookieFrom(headerOf(added, "Set-Cookie"));

    const tooMany = await post({ intent: "add", productId: product.id, quantity: "2", inPlace: "1" }, cookie);
    expect(statusOf(tooMany)).toBe(400);
    expect(dataOf<{ error: { code: string; available: number } }>(tooMany).error).toEqual({ code: "cart.notEnoughStock", available: 3 });

    const cart = await cartLoader(args(getRequest("/cart", { cookie })));
    expect(cart.cart.itemCount).toBe(2);
    expect(cart.cart.groups[0].subtotalQ).toBe(2 * product.priceQ);
  });

  it("rejects a quantity below 1 with a message", async () => {
    const product = await createProduct((await createProducer()).id);
    const result = await post({ intent: "add", productId: product.id, quantity: "0" });
    expect(statusOf(result)).toBe(400);
    expect(dataOf<{ error: { code: string } }>(result).error.code).toBe("cart.quantityMin");
  });

  it("reads a tampered cookie as an empty cart", async () => {
    const product = await createProduct((await createProducer()).id);
    const added = await post({ intent: "add", productId: product.id, quantity: "1" });
    const cookie = cookieFrom(headerOf(added, "Set-Cookie"));
    const [name, value] = cookie.split("=");
    const forged = `${name}=${Buffer.from(JSON.stringify([{ productId: product.id, variantId: null, slotId: null, quantity: 500, priceQ: 1 }])).toString("base64")}${value.slice(value.indexOf("."))}`;
    const cart = await cartLoader(args(getRequest("/cart", { cookie: forged })));
    expect(cart.cart.itemCount).toBe(0);
    const garbage = await cartLoader(args(getRequest("/cart", { cookie: "cart=%%%not-a-cookie" })));
    expect(garbage.cart.itemCount).toBe(0);
  });

  it("refuses unpublished products and experiences without a slot", async () => {
    const producer = await createProducer();
    const draft = await createProduct(producer.id, { status: "DRAFT" });
    const tour = await createProduct(producer.id, { kind: "EXPERIENCE", unit: "person" });
    expect(dataOf<{ error: { code: string } }>(await post({ intent: "add", productId: draft.id })).error.code).toBe("cart.unavailable");
    expect(dataOf<{ error: { code: string } }>(await post({ intent: "add", productId: tour.id })).error.code).toBe("cart.chooseSlot");
  });

  it("merges into the account cart on login", async () => {
    const product = await createProduct((await createProducer()).id, { stock: 50 });
    const user = await createUser();
    const userCookie = await sessionCookieFor(user.id);
    await post({ intent: "add", productId: product.id, quantity: "1" }, userCookie);
    const guest = await post({ intent: "add", productId: product.id, quantity: "2" });
    const guestCookie = cookieFrom(headerOf(guest, "Set-Cookie"));
    const login = await settle(() => loginAction(args(postRequest("/login", { email: user.email, password: FACTORY_PASSWORD }, { cookie: guestCookie }))));
    expect(statusOf(login)).toBe(302);
    const lines = await db.cartLine.findMany({ where: { cart: { userId: user.id } } });
    expect(lines.map((l) => l.quantity)).toEqual([3]);
    expect(
      responseOf(login)
        .headers.getSetCookie()
        .some((c) => c.startsWith("cart=;") || /^cart=[^;]*; Max-Age=0/.test(c) || c.includes("Expires=Thu, 01 Jan 1970")),
    ).toBe(true);
  });
});

describe("price changes", () => {
  it("shows the new price against the one the shopper saw", async () => {
    const product = await createProduct((await createProducer()).id, { priceQ: 500 });
    const added = await post({ intent: "add", productId: product.id, quantity: "1" });
    const cookie = cookieFrom(headerOf(added, "Set-Cookie"));
    await db.product.update({ where: { id: product.id }, data: { priceQ: 700 } });
    const { cart } = await cartLoader(args(getRequest("/cart", { cookie })));
    expect(cart.groups[0].lines[0]).toMatchObject({ unitPriceQ: 700, previousPriceQ: 500 });
    expect(cart.hasProblems).toBe(true);
  });
});
