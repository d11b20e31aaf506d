import { describe, expect, it } from "vitest";
import { action as addressesAction, loader as addressesLoader } from "~/routes/account.addresses";
import { loader as checkoutLoader } from "~/routes/checkout._index";
import { db } from "~/utils/db.server";
import { createProducer, createProduct, createUser } from "../support/factories";
import { checkoutForm, guestCartWith, submitCheckout } from "../support/checkout";
import { dataOf, getRequest, loadContext, postRequest, sessionCookieFor, settle, statusOf } from "../support/http";

type Errors = { error: Record<string, string[]> };

async function cartFor(userCookie: string) {
  const product = await createProduct((await createProducer()).id, { stock: 10, priceQ: 1000 });
  await guestCartWith([{ productId: product.id, quantity: 1 }], userCookie);
  return product;
}

function addresses(cookie: string, form: Record<string, string>) {
  return settle(() => addressesAction({ request: postRequest("/account/addresses", form, { cookie }), params: {}, context: loadContext }));
}

async function prefill(cookie: string) {
  const result = (await checkoutLoader({ request: getRequest("/checkout", { cookie }), params: {}, context: loadContext })) as unknown as {
    data: { prefill: { phone: string; addresses: { id: string; district: string; street: string; isDefault: boolean }[]; chosenId: string | null } | null };
  };
  return result.data.prefill;
}

describe("delivery address at checkout", () => {
  it("takes a district or city from the regions file and records its region on the order", async () => {
    const product = await createProduct((await createProducer()).id, { stock: 5 });
    const cookie = await guestCartWith([{ productId: product.id, quantity: 1 }]);
    const result = await submitCheckout(checkoutForm({ email: "district@example.az", district: "Şəki", street: "Nizami küç. 10, mənzil 5" }), cookie);
    expect(statusOf(result)).toBe(302);
    const order = await db.order.findFirstOrThrow({ where: { group: { email: "district@example.az" } }, include: { region: true } });
    expect(order).toMatchObject({ fulfilment: "DELIVERY", district: "Şəki", address: "Nizami küç. 10, mənzil 5" });
    expect(order.region?.slug).toBe("seki-zaqatala");
  });

  it("refuses a district that is not in the list, a region slug, and a missing street, placing nothing", async () => {
    const product = await createProduct((await createProducer()).id, { stock: 5 });
    const cookie = await guestCartWith([{ productId: product.id, quantity: 1 }]);
    const before = await db.order.count();
    for (const district of ["Atlantis", "seki-zaqatala", "<b>Şəki</b>"]) {
      const bad = await submitCheckout(checkoutForm({ district }), cookie);
      expect(statusOf(bad)).toBe(400);
      expect(dataOf<Errors>(bad).error.district).toEqual(["address.districtUnknown"]);
    }
    const none = await submitCheckout(checkoutForm({ district: "", street: "x" }), cookie);
    expect(dataOf<Errors>(none).error).toMatchObject({ district: ["address.districtRequired"], street: ["address.streetRequired"] });
    expect(await db.order.count()).toBe(before);
  });

  it("needs the address even when the form leaves out the delivery choice (delivery is the default)", async () => {
    const product = await createProduct((await createProducer()).id, { stock: 5 });
    const cookie = await guestCartWith([{ productId: product.id, quantity: 1 }]);
    const form = checkoutForm({ email: "nochoice@example.az" });
    delete (form as Record<string, string>).district;
    delete (form as Record<string, string>).street;
    const result = await submitCheckout(form, cookie);
    expect(statusOf(result)).toBe(400);
    expect(dataOf<Errors>(result).error.district).toEqual(["address.districtRequired"]);
    expect(await db.checkoutGroup.count({ where: { email: "nochoice@example.az" } })).toBe(0);
  });
});

describe("saved addresses", () => {
  it("keeps a signed-in shopper's address and phone, fills them in next time, and offers every saved one", async () => {
    const shopper = await createUser();
    const cookie = await sessionCookieFor(shopper.id);
    expect(await prefill(cookie)).toEqual({ phone: "", addresses: [], chosenId: null });
    await cartFor(cookie);
    expect(
      statusOf(
        await submitCheckout(checkoutForm({ email: shopper.email, phone: "+994 55 222 33 44", district: "Qax", street: "Heydər Əliyev pr. 3" }), cookie),
      ),
    ).toBe(302);
    const first = await prefill(cookie);
    expect(first?.phone).toBe("+994 55 222 33 44");
    expect(first?.addresses).toEqual([expect.objectContaining({ district: "Qax", street: "Heydər Əliyev pr. 3" })]);
    expect(first?.chosenId).toBe(first?.addresses[0].id);

    // A second order to the saved address: chosen by id, nothing typed, and no duplicate saved.
    await cartFor(cookie);
    const again = await submitCheckout({ ...checkoutForm({ email: shopper.email, district: "", street: "" }), addressId: first!.chosenId! }, cookie);
    expect(statusOf(again)).toBe(302);
    const orders = await db.order.findMany({ where: { userId: shopper.id }, orderBy: { placedAt: "asc" } });
    expect(orders.map((o) => [o.district, o.address])).toEqual([
      ["Qax", "Heydər Əliyev pr. 3"],
      ["Qax", "Heydər Əliyev pr. 3"],
    ]);
    expect(await db.address.count({ where: { userId: shopper.id } })).toBe(1);

    // A new address typed at checkout is kept too, and becomes the one filled in (last used).
    await cartFor(cookie);
    await submitCheckout({ ...checkoutForm({ email: shopper.email, district: "Quba", street: "Bakı küç. 12" }), addressId: "new" }, cookie);
    const second = await prefill(cookie);
    expect(second?.addresses.map((a) => a.district)).toEqual(["Quba", "Qax"]);
    expect(second?.chosenId).toBe(second?.addresses[0].id);
  });

  it("adds, marks default and deletes on the account page, with field errors for bad input", async () => {
    const shopper = await createUser();
    const cookie = await sessionCookieFor(shopper.id);
    expect(statusOf(await addresses(cookie, { intent: "add", district: "Lənkəran", street: "Ərəb küç. 1" }))).toBe(302);
    expect(statusOf(await addresses(cookie, { intent: "add", district: "Şuşa", street: "Cıdır düzü 2" }))).toBe(302);
    const bad = await addresses(cookie, { intent: "add", district: "Moskva", street: "" });
    expect(statusOf(bad)).toBe(400);
    expect(dataOf<Errors>(bad).error).toMatchObject({ district: ["address.districtUnknown"], street: ["address.streetRequired"] });
    let page = await addressesLoader({ request: getRequest("/account/addresses", { cookie }), params: {}, context: loadContext });
    // The first address saved is the default until another is chosen.
    expect(page.addresses.map((a) => [a.district, a.isDefault])).toEqual([
      ["Lənkəran", true],
      ["Şuşa", false],
    ]);
    const susa = page.addresses[1].id;
    expect(statusOf(await addresses(cookie, { intent: "default", addressId: susa }))).toBe(302);
    page = await addressesLoader({ request: getRequest("/account/addresses", { cookie }), params: {}, context: loadContext });
    expect(page.addresses.map((a) => [a.district, a.isDefault])).toEqual([
      ["Şuşa", true],
      ["Lənkəran", false],
    ]);
    expect((await prefill(cookie))?.chosenId).toBe(susa);
    expect(statusOf(await addresses(cookie, { intent: "delete", addressId: susa }))).toBe(302);
    expect(await db.address.count({ where: { userId: shopper.id } })).toBe(1);
  });

  it("never lets one account use, change or delete another account's address", async () => {
    const owner = await createUser();
    const other = await createUser();
    const ownerCookie = await sessionCookieFor(owner.id);
    const otherCookie = await sessionCookieFor(other.id);
    await addresses(ownerCookie, { intent: "add", district: "Zaqatala", street: "Owner street 1" });
    const saved = await db.address.findFirstOrThrow({ where: { userId: owner.id } });

    expect(statusOf(await addresses(otherCookie, { intent: "delete", addressId: saved.id }))).toBe(404);
    expect(statusOf(await addresses(otherCookie, { intent: "default", addressId: saved.id }))).toBe(404);
    expect(await db.address.findUnique({ where: { id: saved.id } })).toMatchObject({ userId: owner.id, isDefault: true });

    await cartFor(otherCookie);
    const stolen = await submitCheckout({ ...checkoutForm({ email: other.email, district: "", street: "" }), addressId: saved.id }, otherCookie);
    expect(statusOf(stolen)).toBe(400);
    expect(dataOf<Errors>(stolen).error.addressId).toEqual(["address.unknown"]);
    expect(await db.order.count({ where: { userId: other.id } })).toBe(0);

    // A guest cannot use a saved address either.
    const product = await createProduct((await createProducer()).id, { stock: 5 });
    const guest = await guestCartWith([{ productId: product.id, quantity: 1 }]);
    const asGuest = await submitCheckout({ ...checkoutForm({ email: "guest-steal@example.az", district: "", street: "" }), addressId: saved.id }, guest);
    expect(dataOf<Errors>(asGuest).error.addressId).toEqual(["address.unknown"]);

    // And the account page is for signed-in people only.
    const anonymous = await settle(() => addressesLoader({ request: getRequest("/account/addresses"), params: {}, context: loadContext }));
    expect(statusOf(anonymous)).toBe(302);
  });
});
