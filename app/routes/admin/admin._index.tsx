import { Fragment } from "react";
import { OWN_PRODUCER } from "~/models/accounts/separation.server";
import { getFormProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { doneUrl, DoneNotice, StatusBadge } from "~/routes/admin/components/admin-ui";
import { ErrorList, TextareaField } from "~/components/forms";
import { Picture } from "~/components/picture";
import { reviewQueues } from "~/models/admin/queues.server";
import { reviewSchema, type ReviewIntent } from "~/models/admin/review-schema";
import { approveListing, rejectListing } from "~/models/admin/listing-review.server";
import { approveProducer, rejectProducer } from "~/models/producers/producer-review.server";
import { approveRevision, rejectRevision, revisionQueue, type FieldChange } from "~/models/admin/revision-review.server";
import { requireStaff } from "~/utils/auth.server";
import { notFound } from "~/utils/http.server";
import { getLocale } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";
import { unitKey } from "~/utils/units";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaff(request);
  const locale = await getLocale(request);
  const [queues, revisions] = await Promise.all([reviewQueues(locale), revisionQueue(locale)]);
  return { name: user.name, role: user.role, ...queues, revisions };
}

type ActionReply = { formId: string; reply: SubmissionResult<string[]> };

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaff(request);
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: reviewSchema });
  const formId = `${String(formData.get("intent"))}-${String(formData.get("id"))}`;
  if (submission.status !== "success") {
    return data<ActionReply>({ formId, reply: submission.reply() }, { status: 400 });
  }
  const { value } = submission;
  const result =
    value.intent === "approve-listing"
      ? await approveListing(user.id, value.id)
      : value.intent === "reject-listing"
        ? await rejectListing(user.id, value.id, value.reason)
        : value.intent === "approve-producer"
          ? await approveProducer(user.id, value.id)
          : value.intent === "reject-producer"
            ? await rejectProducer(user.id, value.id, value.reason)
            : value.intent === "approve-revision"
              ? await approveRevision(user.id, value.id)
              : await rejectRevision(user.id, value.id, value.reason);
  if (!result.ok) {
    if (result.error === "notFound") notFound();
    // Deciding on one's own producer is forbidden (403); a decision already taken is a conflict (409).
    const status = result.error === OWN_PRODUCER ? 403 : 409;
    return data<ActionReply>({ formId, reply: submission.reply({ formErrors: [result.error] }) }, { status });
  }
  if (value.intent === "approve-listing") {
    const slug = String(formData.get("slug") ?? "");
    throw redirect(doneUrl("/admin", "listingApproved", slug ? { slug } : undefined));
  }
  const code = (
    {
      "reject-listing": "listingRejected",
      "approve-producer": "producerApproved",
      "reject-producer": "producerRejected",
      "approve-revision": "revisionApproved",
      "reject-revision": "revisionRejected",
    } as const
  )[value.intent];
  throw redirect(doneUrl("/admin", code));
}

/** Approve button and reject-with-reason form for one queued item. */
function ReviewForms({ id, slug, kind, label }: { id: string; slug?: string; kind: "listing" | "producer" | "revision"; label: string }) {
  const { t } = useTranslator();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const approveIntent: ReviewIntent = `approve-${kind}`;
  const rejectIntent: ReviewIntent = `reject-${kind}`;
  const approveId = `${approveIntent}-${id}`;
  const rejectId = `${rejectIntent}-${id}`;
  const [form, fields] = useForm({
    id: rejectId,
    lastResult: actionData?.formId === rejectId ? actionData.reply : undefined,
    constraint: getZodConstraint(reviewSchema),
    shouldValidate: "onSubmit",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: reviewSchema }),
  });
  const approveErrors = actionData?.formId === approveId ? actionData.reply.error?.[""] : undefined;
  const busy = navigation.state !== "idle" && navigation.formData?.get("id") === id;
  return (
    <div className="review-forms">
      <Form method="post" className="review-forms__approve">
        <input type="hidden" name="id" value={id} />
        {slug ? <input type="hidden" name="slug" value={slug} /> : null}
        <ErrorList errors={approveErrors} />
        <button type="submit" name="intent" value={approveIntent} className="button" disabled={busy}>
          {t(({ listing: "admin.review.approveListing", producer: "admin.review.approveProducer", revision: "admin.review.approveRevision" } as const)[kind])}
          <span className="visually-hidden"> ({label})</span>
        </button>
      </Form>
      <Form method="post" {...getFormProps(form)} className="review-forms__reject stack">
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="intent" value={rejectIntent} />
        <ErrorList id={form.errorId} errors={form.errors} />
        <TextareaField
          label={t("admin.review.reason")}
          textareaProps={{ ...getTextareaProps(fields.reason), rows: 2 }}
          errors={fields.reason.errors}
          errorId={fields.reason.errorId}
        />
        <button type="submit" className="button button--secondary" disabled={busy}>
          {t(({ listing: "admin.review.rejectListing", producer: "admin.review.rejectProducer", revision: "admin.review.rejectRevision" } as const)[kind])}
          <span className="visually-hidden"> ({label})</span>
        </button>
      </Form>
    </div>
  );
}

export default function AdminQueues() {
  const { applications, listings, revisions } = useLoaderData<typeof loader>();
  const { t, money, dateTime } = useTranslator();
  return (
    <section className="admin-page" aria-labelledby="queues-title">
      <h1 id="queues-title">{t("admin.queues.title")}</h1>
      <DoneNotice />
      <section aria-labelledby="listings-title" className="admin-queue">
        <h2 id="listings-title">
          {t("admin.queues.listings")} <span className="badge">{listings.length}</span>
        </h2>
        {listings.length === 0 ? <p className="muted">{t("admin.queues.noListings")}</p> : null}
        <ol className="admin-queue__list">
          {listings.map((listing) => (
            <li key={listing.id} className="card review-card" aria-labelledby={`listing-${listing.id}`}>
              {listing.image ? <Picture image={listing.image} sizes="160px" alt="" className="review-card__image" /> : null}
              <div className="review-card__body">
                <h3 id={`listing-${listing.id}`}>{listing.title}</h3>
                <p className="muted">
                  <Link to={`/admin/producers/${listing.producer.id}`}>{listing.producer.name}</Link> · {listing.producer.region} · {listing.category}
                  {listing.producer.status !== "ACTIVE" ? (
                    <>
                      {" "}
                      <StatusBadge kind="producer" status={listing.producer.status} />
                    </>
                  ) : null}
                </p>
                <p>
                  {money(listing.priceQ)} / {t(unitKey(listing.unit))}
                  {listing.kind === "GOOD" ? <> · {t("admin.queues.stock", { stock: listing.stock })}</> : null}
                </p>
                <p className="muted">{t("admin.queues.submitted", { date: dateTime(listing.submittedAt) })}</p>
                {listing.facts.length > 0 ? (
                  <>
                    <h4>{t("facts.title")}</h4>
                    <dl className="admin-facts">
                      {listing.facts.map((row) => (
                        <Fragment key={row.label}>
                          <dt>{row.label}</dt>
                          <dd>{row.text}</dd>
                        </Fragment>
                      ))}
                    </dl>
                  </>
                ) : null}
                {listing.factsMissing ? <p className="notice notice--error">{t("admin.review.factsMissing")}</p> : null}
                <details className="review-card__texts">
                  <summary>{t("admin.queues.texts")}</summary>
                  {(["az", "en", "ru"] as const).map((lang) => (
                    <div key={lang} lang={lang}>
                      <h4>{listing.titles[lang] || t("admin.queues.missingText")}</h4>
                      <p>{listing.descriptions[lang] || t("admin.queues.missingText")}</p>
                    </div>
                  ))}
                </details>
              </div>
              <ReviewForms id={listing.id} slug={listing.slug} kind="listing" label={listing.title} />
            </li>
          ))}
        </ol>
      </section>
      <RevisionQueue revisions={revisions} />
      <section aria-labelledby="applications-title" className="admin-queue">
        <h2 id="applications-title">
          {t("admin.queues.applications")} <span className="badge">{applications.length}</span>
        </h2>
        {applications.length === 0 ? <p className="muted">{t("admin.queues.noApplications")}</p> : null}
        <ol className="admin-queue__list">
          {applications.map((producer) => (
            <li key={producer.id} className="card review-card" aria-labelledby={`producer-${producer.id}`}>
              <div className="review-card__body">
                <h3 id={`producer-${producer.id}`}>
                  <Link to={`/admin/producers/${producer.id}`}>{producer.name}</Link>
                </h3>
                <p className="muted">
                  {producer.region}
                  {producer.district ? `, ${producer.district}` : ""} · {producer.sectors.join(", ")}
                </p>
                <p className="muted">{t("admin.queues.applied", { date: dateTime(producer.appliedAt) })}</p>
                {producer.story ? <p className="review-card__story">{producer.story}</p> : null}
                <dl className="admin-facts">
                  <dt>{t("admin.queues.members")}</dt>
                  <dd>{producer.members.map((m) => `${m.name} <${m.email}>`).join(", ") || t("common.none")}</dd>
                  {producer.phone ? (
                    <>
                      <dt>{t("admin.queues.phone")}</dt>
                      <dd>{producer.phone}</dd>
                    </>
                  ) : null}
                  <dt>{t("admin.queues.drafts")}</dt>
                  <dd>{producer.productCount}</dd>
                  {producer.previousReason ? (
                    <>
                      <dt>{t("admin.queues.previousReason")}</dt>
                      <dd>{producer.previousReason}</dd>
                    </>
                  ) : null}
                </dl>
              </div>
              <ReviewForms id={producer.id} kind="producer" label={producer.name} />
            </li>
          ))}
        </ol>
      </section>
    </section>
  );
}

type QueuedRevision = ReturnType<typeof useLoaderData<typeof loader>>["revisions"][number];

/** Changes to live listings and profiles: what each field was and would become, photos in and out. */
function RevisionQueue({ revisions }: { revisions: QueuedRevision[] }) {
  const { t, dateTime } = useTranslator();
  const fieldLabel = (field: FieldChange["field"]) => t(`admin.revision.field.${field}`);
  return (
    <section aria-labelledby="revisions-title" className="admin-queue">
      <h2 id="revisions-title">
        {t("admin.queues.revisions")} <span className="badge">{revisions.length}</span>
      </h2>
      <p className="muted">{t("admin.queues.revisionsHint")}</p>
      {revisions.length === 0 ? <p className="muted">{t("admin.queues.noRevisions")}</p> : null}
      <ol className="admin-queue__list">
        {revisions.map((revision) => (
          <li key={revision.id} className="card review-card" aria-labelledby={`revision-${revision.id}`}>
            <div className="review-card__body">
              <h3 id={`revision-${revision.id}`}>{revision.path ? <Link to={revision.path}>{revision.title}</Link> : revision.title}</h3>
              <p className="muted">
                {t(revision.subjectType === "Product" ? "admin.revision.ofListing" : "admin.revision.ofProfile")} ·{" "}
                <Link to={`/admin/producers/${revision.producer.id}`}>{revision.producer.name}</Link> ·{" "}
                {t("admin.queues.submitted", { date: dateTime(revision.submittedAt) })}
              </p>
              {revision.fields.length > 0 ? (
                <dl className="revision-diff">
                  {revision.fields.map((change, index) => (
                    <div key={`${change.field}-${index}`} className="revision-diff__row">
                      <dt>{fieldLabel(change.field)}</dt>
                      <dd>
                        <span className="revision-diff__before">
                          <span className="visually-hidden">{t("admin.revision.before")}: </span>
                          {change.before ? <del>{change.before}</del> : <em>{t("admin.queues.missingText")}</em>}
                        </span>
                        <span className="revision-diff__after">
                          <span className="visually-hidden">{t("admin.revision.after")}: </span>
                          {change.after ? <ins>{change.after}</ins> : <em>{t("admin.queues.missingText")}</em>}
                        </span>
                      </dd>
                    </div>
                  ))}
                </dl>
              ) : null}
              <RevisionPhotos heading={t("admin.revision.photosAdded", { count: revision.photosAdded.length })} photos={revision.photosAdded} />
              <RevisionPhotos heading={t("admin.revision.photosRemoved", { count: revision.photosRemoved.length })} photos={revision.photosRemoved} removed />
            </div>
            <ReviewForms id={revision.id} kind="revision" label={revision.title} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function RevisionPhotos({ heading, photos, removed = false }: { heading: string; photos: QueuedRevision["photosAdded"]; removed?: boolean }) {
  if (photos.length === 0) return null;
  return (
    <div>
      <h4>{heading}</h4>
      <ul className={`revision-photos${removed ? " revision-photos--removed" : ""}`}>
        {photos.map((photo, index) => (
          <li key={index}>
            <Picture image={photo.picture} sizes="120px" alt={photo.alt} />
          </li>
        ))}
      </ul>
    </div>
  );
}
