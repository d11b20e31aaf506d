import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorList } from "~/components/forms";
import { Stars } from "~/components/star-rating";
import { reviewReplySchema } from "~/models/catalog/review-schema";
import { listProducerReviews, replyToReview } from "~/models/catalog/reviews.server";
import { requireActiveProducerMember } from "~/utils/dashboard.server";
import { notFound } from "~/utils/http.server";
import { getLocale } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireActiveProducerMember(request);
  return { reviews: await listProducerReviews(user.producerId, await getLocale(request)) };
}

type ReplyResult = { reviewId: string; ok: boolean; errors?: string[] };

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireActiveProducerMember(request);
  const submission = parseWithZod(await request.formData(), { schema: reviewReplySchema });
  if (submission.status !== "success") {
    const reviewId = String(submission.payload.reviewId ?? "");
    return data<ReplyResult>({ reviewId, ok: false, errors: submission.error?.reply ?? submission.error?.reviewId ?? ["form.invalid"] }, { status: 400 });
  }
  // Scoped by producer: a review of someone else's product is simply not found.
  if (!(await replyToReview(user.producerId, submission.value.reviewId, submission.value.reply))) notFound();
  return data<ReplyResult>({ reviewId: submission.value.reviewId, ok: true });
}

export default function DashboardReviews() {
  const { reviews } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, date } = useTranslator();
  return (
    <section className="stack" aria-labelledby="reviews-title">
      <h1 id="reviews-title">{t("dashboard.reviews.title")}</h1>
      <p className="muted">{t("dashboard.reviews.lead")}</p>
      {reviews.length === 0 ? <p className="muted">{t("dashboard.reviews.none")}</p> : null}
      <ul className="stack review-list">
        {reviews.map((review) => {
          const errors = result && !result.ok && result.reviewId === review.id ? result.errors : undefined;
          const replyId = `reply-${review.id}`;
          return (
            <li key={review.id} className="card stack" aria-labelledby={`review-${review.id}`}>
              <h2 id={`review-${review.id}`} className="review-list__title">
                <Link to={`/products/${review.product.slug}`}>{review.product.title}</Link>
              </h2>
              <p>
                <Stars rating={review.rating} /> — {review.author}, {date(review.createdAt)}
              </p>
              {review.body ? <p>{review.body}</p> : null}
              {review.hidden ? (
                <p className="notice notice--error">{t("dashboard.reviews.hidden", { reason: review.hiddenReason })}</p>
              ) : (
                <Form method="post" className="stack">
                  <input type="hidden" name="reviewId" value={review.id} />
                  <div className="field">
                    <label htmlFor={replyId}>{t("dashboard.reviews.reply")}</label>
                    <p className="field__hint" id={`${replyId}-hint`}>
                      {t("dashboard.reviews.replyHint")}
                    </p>
                    <textarea
                      id={replyId}
                      name="reply"
                      rows={3}
                      maxLength={1000}
                      defaultValue={review.reply}
                      aria-invalid={errors ? true : undefined}
                      aria-describedby={`${replyId}-hint${errors ? ` ${replyId}-error` : ""}`}
                    />
                    <ErrorList id={`${replyId}-error`} errors={errors} />
                  </div>
                  {result?.ok && result.reviewId === review.id ? (
                    <p className="notice" role="status">
                      {t("dashboard.reviews.saved")}
                    </p>
                  ) : null}
                  <button type="submit" className="button button--small">
                    {t(review.reply ? "dashboard.reviews.update" : "dashboard.reviews.publish")}
                  </button>
                </Form>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
