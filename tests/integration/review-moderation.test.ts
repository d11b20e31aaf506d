import { describe, expect, it } from "vitest";
import { action as orderAction } from "~/routes/orders.$id";
import { action as staffReviewsAction, loader as staffReviewsLoader } from "~/routes/admin/admin.reviews";
import { action as producerReviewsAction, loader as producerReviewsLoader } from "~/routes/dashboard/dashboard.reviews";
import { loader as productLoader } from "~/routes/products.$slug";
import { findProducts } from "~/models/catalog/products.server";
import { catalogFiltersSchema } from "~/models/catalog/catalog-filters";
import { db } from "~/utils/db.server";
import { checkoutForm, guestCartWith, submitCheckout } from "../support/checkout";
import { createProducerWithMember, createProduct, createUser } from "../support/factories";
import { dataOf, getRequest, loadContext, postRequest, sessionCookieFor, settle, statusOf } from "../support/http";

type ProductPage = { product: { rating: number | null; ratingCount: number; reviews: { id: string; body: string; reply: string }[] } };

async function reviewedProduct(ratings: number[]) {
  const { producer, member } = await createProducerWithMember();
  const product = await createProduct(producer.id, { stock: 50, titleEn: `Reviewed jam ${Math.random().toString(36).slice(2, 8)}` });
  const reviewIds: string[] = [];
  for (const rating of ratings) {
    const user = await createUser();
    const cookie = await sessionCookieFor(user.id);
    const cart = await guestCartWith([{ productId: product.id, quantity: 1 }], cookie);
    await submitCheckout(checkoutForm({ email: user.email }), cart);
    const order = await db.order.findFirstOrThrow({ where: { userId: user.id } });
    await db.order.update({ where: { id: order.id }, data: { status: "COMPLETED" } });
    const result = await settle(() =>
      orderAction({
        request: postRequest(`/orders/${order.id}`, { productId: product.id, rating: String(rating), body: `${rating} ulduz` }, { cookie }),
        params: { id: order.id },
        context: loadContext,
      }),
    );
    expect(statusOf(result)).toBe(200);
    reviewIds.push((await db.review.findFirstOrThrow({ where: { orderId: order.id } })).id);
  }
  return { product, producer, member, memberCookie: await sessionCookieFor(member.id), reviewIds };
}

const hide = (reviewId: string, reason: string, cookie: string) =>
  settle(() =>
    staffReviewsAction({ request: postRequest("/admin/reviews", { intent: "hide", reviewId, reason }, { cookie }), params: {}, context: loadContext }),
  );

const productPage = async (slug: string) =>
  dataOf<ProductPage>(await settle(() => productLoader({ request: getRequest(`/products/${slug}`), params: { slug }, context: loadContext })));

describe("the rating input", () => {
  it("an untouched submit (no rating) is an error shown at that product's form, and nothing is written", async () => {
    const { product } = await reviewedProduct([]);
    const user = await createUser();
    const cookie = await sessionCookieFor(user.id);
    const cart = await guestCartWith([{ productId: product.id, quantity: 1 }], cookie);
    await submitCheckout(checkoutForm({ email: user.email }), cart);
    const order = await db.order.findFirstOrThrow({ where: { userId: user.id } });
    await db.order.update({ where: { id: order.id }, data: { status: "COMPLETED" } });
    const result = await settle(() =>
      orderAction({
        request: postRequest(`/orders/${order.id}`, { productId: product.id, body: "" }, { cookie }),
        params: { id: order.id },
        context: loadContext,
      }),
    );
    expect(statusOf(result)).toBe(400);
    expect(dataOf<{ productId: string; fieldErrors: Record<string, string[]> }>(result)).toMatchObject({
      productId: product.id,
      fieldErrors: { rating: ["review.ratingRequired"] },
    });
    expect(await db.review.count({ where: { productId: product.id } })).toBe(0);
  });
});

describe("producer replies", () => {
  it("the producer answers a review from the dashboard and the answer shows on the product page", async () => {
    const { product, memberCookie, reviewIds } = await reviewedProduct([2]);
    const listed = dataOf<{ reviews: { id: string }[] }>(
      await settle(() => producerReviewsLoader({ request: getRequest("/dashboard/reviews", { cookie: memberCookie }), params: {}, context: loadContext })),
    );
    expect(listed.reviews.map((r) => r.id)).toEqual(reviewIds);
    const reply = await settle(() =>
      producerReviewsAction({
        request: postRequest(
          "/dashboard/reviews",
          { reviewId: reviewIds[0], reply: "Təşəkkür edirik, növbəti partiyada düzəldəcəyik." },
          { cookie: memberCookie },
        ),
        params: {},
        context: loadContext,
      }),
    );
    expect(statusOf(reply)).toBe(200);
    expect((await productPage(product.slug)).product.reviews[0].reply).toBe("Təşəkkür edirik, növbəti partiyada düzəldəcəyik.");
  });

  it("another producer cannot answer, and an over-long answer is a field error", async () => {
    const { reviewIds } = await reviewedProduct([3]);
    const other = await createProducerWithMember();
    const otherCookie = await sessionCookieFor(other.member.id);
    const foreign = await settle(() =>
      producerReviewsAction({
        request: postRequest("/dashboard/reviews", { reviewId: reviewIds[0], reply: "Bizim cavab" }, { cookie: otherCookie }),
        params: {},
        context: loadContext,
      }),
    );
    expect(statusOf(foreign)).toBe(404);
    const { memberCookie, reviewIds: own } = await reviewedProduct([3]);
    const long = await settle(() =>
      producerReviewsAction({
        request: postRequest("/dashboard/reviews", { reviewId: own[0], reply: "x".repeat(1001) }, { cookie: memberCookie }),
        params: {},
        context: loadContext,
      }),
    );
    expect(statusOf(long)).toBe(400);
    expect((await db.review.findUniqueOrThrow({ where: { id: reviewIds[0] } })).reply).toBe("");
    expect((await db.review.findUniqueOrThrow({ where: { id: own[0] } })).reply).toBe("");
  });
});

describe("staff hiding a review", () => {
  it("hides it with a reason, logs it, and takes it out of the product's average and count", async () => {
    const { product, reviewIds } = await reviewedProduct([5, 1]);
    expect((await productPage(product.slug)).product).toMatchObject({ rating: 3, ratingCount: 2 });
    const mentor = await createUser({ role: "MENTOR" });
    const cookie = await sessionCookieFor(mentor.id);
    const page = dataOf<{ reviews: { id: string }[] }>(
      await settle(() => staffReviewsLoader({ request: getRequest("/admin/reviews", { cookie }), params: {}, context: loadContext })),
    );
    expect(page.reviews.map((r) => r.id)).toEqual(expect.arrayContaining(reviewIds));

    const noReason = await hide(reviewIds[1], "", cookie);
    expect(statusOf(noReason)).toBe(400);
    expect((await db.review.findUniqueOrThrow({ where: { id: reviewIds[1] } })).hiddenAt).toBeNull();

    const hidden = await hide(reviewIds[1], "Təhqiramiz ifadələr", cookie);
    expect(statusOf(hidden)).toBe(302);
    const shown = (await productPage(product.slug)).product;
    expect(shown).toMatchObject({ rating: 5, ratingCount: 1 });
    expect(shown.reviews.map((r) => r.id)).toEqual([reviewIds[0]]);
    const cards = await findProducts(catalogFiltersSchema.parse({ q: product.titleEn }), "en");
    expect(cards.items.find((c) => c.slug === product.slug)).toMatchObject({ rating: 5, ratingCount: 1 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "review.hide", entityId: reviewIds[1] } });
    expect(audit).toMatchObject({ actorId: mentor.id, entityType: "Review" });
    expect(JSON.parse(audit.after)).toMatchObject({ reason: "Təhqiramiz ifadələr" });

    // Hiding twice changes nothing more.
    await hide(reviewIds[1], "Yenə", cookie);
    expect((await productPage(product.slug)).product).toMatchObject({ rating: 5, ratingCount: 1 });
  });

  it("staff cannot hide a review of a producer they belong to", async () => {
    const { producer, reviewIds } = await reviewedProduct([1]);
    const insider = await createUser({ role: "MENTOR" });
    await db.producerMember.create({ data: { producerId: producer.id, userId: insider.id, role: "MEMBER" } });
    const result = await hide(reviewIds[0], "Xoşuma gəlmir", await sessionCookieFor(insider.id));
    expect(statusOf(result)).toBe(403);
    expect((await db.review.findUniqueOrThrow({ where: { id: reviewIds[0] } })).hiddenAt).toBeNull();
  });

  it("only staff can hide reviews", async () => {
    const { reviewIds, memberCookie } = await reviewedProduct([1]);
    const shopperCookie = await sessionCookieFor((await createUser()).id);
    for (const cookie of [memberCookie, shopperCookie]) {
      expect([302, 403]).toContain(statusOf(await hide(reviewIds[0], "Mənim xoşuma gəlmir", cookie)));
    }
    expect((await db.review.findUniqueOrThrow({ where: { id: reviewIds[0] } })).hiddenAt).toBeNull();
  });
});
