import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { doneUrl, DoneNotice } from "~/routes/admin/components/admin-ui";
import { ReasonForm } from "~/components/reason-form";
import { ReviewReply, Stars } from "~/components/star-rating";
import { OWN_PRODUCER } from "~/models/accounts/separation.server";
import { hideReviewSchema } from "~/models/catalog/review-schema";
import { hideReview } from "~/models/admin/review-moderation.server";
import { listReviewsForStaff } from "~/models/catalog/reviews.server";
import { requireStaff } from "~/utils/auth.server";
import { notFound } from "~/utils/http.server";
import { getLocale } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  const hiddenOnly = new URL(request.url).searchParams.get("hidden") === "1";
  return { hiddenOnly, reviews: await listReviewsForStaff(await getLocale(request), hiddenOnly ? { hidden: true } : {}) };
}

type HideReply = { reviewId: string; errors: string[] };

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaff(request);
  const submission = parseWithZod(await request.formData(), { schema: hideReviewSchema });
  if (submission.status !== "success") {
    const reviewId = String(submission.payload.reviewId ?? "");
    return data<HideReply>({ reviewId, errors: submission.error?.reason ?? ["form.invalid"] }, { status: 400 });
  }
  const result = await hideReview(user.id, submission.value.reviewId, submission.value.reason);
  if (!result.ok) {
    if (result.error === "notFound") notFound();
    return data<HideReply>({ reviewId: submission.value.reviewId, errors: [result.error] }, { status: result.error === OWN_PRODUCER ? 403 : 409 });
  }
  throw redirect(doneUrl("/admin/reviews", "reviewHidden"));
}

export default function AdminReviews() {
  const { reviews, hiddenOnly } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const { t, date } = useTranslator();
  return (
    <section className="admin-page stack" aria-labelledby="reviews-title">
      <h1 id="reviews-title">{t("admin.reviews.title")}</h1>
      <p className="muted">{t("admin.reviews.lead")}</p>
      <DoneNotice />
      <p>
        {hiddenOnly ? <Link to="/admin/reviews">{t("admin.reviews.showAll")}</Link> : <Link to="/admin/reviews?hidden=1">{t("admin.reviews.showHidden")}</Link>}
      </p>
      {reviews.length === 0 ? <p className="muted">{t("admin.reviews.none")}</p> : null}
      <ol className="admin-queue__list">
        {reviews.map((review) => {
          const errors = reply?.reviewId === review.id ? reply.errors : undefined;
          return (
            <li key={review.id} className="card stack" aria-labelledby={`review-${review.id}`}>
              <h2 id={`review-${review.id}`} className="review-list__title">
                <Link to={`/products/${review.product.slug}`}>{review.product.title}</Link>
              </h2>
              <p className="muted">
                <Link to={`/admin/producers/${review.producer.id}`}>{review.producer.name}</Link> · {review.author}, {date(review.createdAt)}
              </p>
              <p>
                <Stars rating={review.rating} />
              </p>
              {review.body ? <p>{review.body}</p> : null}
              <ReviewReply producer={review.producer.name} reply={review.reply} />
              {review.hidden ? (
                <p className="notice">{t("admin.reviews.hiddenBecause", { reason: review.hiddenReason })}</p>
              ) : (
                <ReasonForm
                  id={`reason-${review.id}`}
                  label={t("admin.reviews.reason")}
                  errors={errors}
                  intent="hide"
                  hidden={{ reviewId: review.id }}
                  buttonClassName="button button--secondary button--small"
                  submit={
                    <>
                      {t("admin.reviews.hide")}
                      <span className="visually-hidden">
                        {" "}
                        ({review.product.title}, {review.author})
                      </span>
                    </>
                  }
                />
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
