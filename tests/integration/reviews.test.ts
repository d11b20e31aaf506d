import { describe, expect, it } from "vitest";
import { action as orderAction, loader as orderLoader } from "~/routes/orders.$id";
import { loader as productLoader } from "~/routes/products.$slug";
import type { OrderStatus } from "~/generated/prisma/enums";
import { db } from "~/utils/db.server";
import { checkoutForm, guestCartWith, submitCheckout } from "../support/checkout";
import { createProducer, createProduct, createUser } from "../support/factories";
import { dataOf, getRequest, loadContext, postRequest, sessionCookieFor, settle, statusOf } from "../support/http";

async function completedOrderOf(status: OrderStatus = "COMPLETED") {
  const product = await createProduct((await createProducer()).id, { stock: 5 });
  const user = await createUser();
  const cookie = await sessionCookieFor(user.id);
  const cart = await guestCartWith([{ productId: product.id, quantity: 1 }], cookie);
  await submitCheckout(checkoutForm({ email: user.email }), cart);
  const order = await db.order.findFirstOrThrow({ where: { userId: user.id } });
  await db.order.update({ where: { id: order.id }, data: { status } });
  return { product, order, cookie };
}

const review = (orderId: string, form: Record<string, string>, cookie: string) =>
  settle(() => orderAction({ request: postRequest(`/orders/${orderId}`, form, { cookie }), params: { id: orderId }, context: loadContext }));

describe("reviews of completed orders", () => {
  it("lets the shopper rate each product once, and the product page shows it", async () => {
    const { product, order, cookie } = await completedOrderOf();
    const page = await orderLoader({ request: getRequest(`/orders/${order.id}`, { cookie }), params: { id: order.id }, context: loadContext });
    expect(page.canReview).toBe(true);
    expect(statusOf(await review(order.id, { productId: product.id, rating: "4", body: "Çox dadlıdır" }, cookie))).toBe(200);
    expect(statusOf(await review(order.id, { productId: product.id, rating: "5" }, cookie))).toBe(409);
    const shown = await productLoader({ request: getRequest(`/products/${product.slug}`), params: { slug: product.slug }, context: loadContext });
    expect(shown.product.rating).toBe(4);
    expect(shown.product.reviews.map((r) => r.body)).toEqual(["Çox dadlıdır"]);
  });

  it("refuses orders that are not completed, other people's orders and bad ratings", async () => {
    const { product, order, cookie } = await completedOrderOf("SHIPPED");
    expect(statusOf(await review(order.id, { productId: product.id, rating: "5" }, cookie))).toBe(404);
    const done = await completedOrderOf();
    const stranger = await sessionCookieFor((await createUser()).id);
    expect(statusOf(await review(done.order.id, { productId: done.product.id, rating: "5" }, stranger))).toBe(404);
    const bad = await review(done.order.id, { productId: done.product.id, rating: "9" }, done.cookie);
    expect(dataOf<{ fieldErrors: Record<string, string[]> }>(bad).fieldErrors.rating).toEqual(["review.ratingRequired"]);
    expect(await db.review.count({ where: { orderId: done.order.id } })).toBe(0);
  });
});
