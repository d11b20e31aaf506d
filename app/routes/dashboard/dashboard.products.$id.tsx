import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { factDefaults, ListingForm } from "~/routes/dashboard/components/listing-form";
import { ErrorList } from "~/components/forms";
import type { MessageKey } from "~/locales/types";
import { listingKind } from "~/models/bookings/listing-kind";
import { listingSchema, returnChoiceOf, variantSchema } from "~/models/listings/listing-schema";
import { producerReturnDays } from "~/models/producers/profile.server";
import { formatAznInput } from "~/utils/money-input";
import {
  addVariant,
  categoriesBySector,
  categoryExists,
  getListingForEdit,
  listingFactErrors,
  removeVariant,
  updateListing,
  updateVariant,
  withdrawNewVariant,
} from "~/models/listings/listings.server";
import { requireActiveProducerMember } from "~/utils/dashboard.server";
import { found, notFound } from "~/utils/http.server";
import { getLocale } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";
import { MissingTranslations, StatusBadge } from "~/routes/dashboard/components/listing-badges";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireActiveProducerMember(request);
  const listing = await getListingForEdit(user.producerId, params.id ?? "");
  if (!listing) notFound();
  const [categories, returnDays] = await Promise.all([categoriesBySector(await getLocale(request)), producerReturnDays(user.producerId)]);
  return { listing, categories, returnDays };
}

type VariantReply = { intent: "variant"; variantId: string; errors: Record<string, string[] | null> | null; ok: boolean; message?: MessageKey };

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireActiveProducerMember(request);
  const productId = params.id ?? "";
  const form = await request.formData();
  const intent = form.get("intent");
  if (intent === "save") {
    const submission = parseWithZod(form, { schema: listingSchema });
    if (submission.status !== "success") return data({ intent: "save" as const, reply: submission.reply(), status: null }, { status: 400 });
    if (!(await categoryExists(submission.value.categoryId))) {
      return data(
        { intent: "save" as const, reply: submission.reply({ fieldErrors: { categoryId: ["dashboard.error.categoryMissing"] } }), status: null },
        { status: 400 },
      );
    }
    const factErrors = await listingFactErrors(submission.value);
    if (Object.keys(factErrors).length > 0) {
      return data({ intent: "save" as const, reply: submission.reply({ fieldErrors: factErrors }), status: null }, { status: 400 });
    }
    const result = found(await updateListing(user.producerId, productId, submission.value));
    return { intent: "save" as const, reply: submission.reply(), status: result.revision ? "revision" : result.movedToReview ? "review" : "saved" };
  }
  if (intent === "addVariant" || intent === "updateVariant") {
    const variantId = intent === "addVariant" ? "new" : String(form.get("variantId") ?? "");
    const submission = parseWithZod(form, { schema: variantSchema });
    if (submission.status !== "success") {
      return data<VariantReply>({ intent: "variant", variantId, errors: submission.reply().error ?? null, ok: false }, { status: 400 });
    }
    found(
      intent === "addVariant"
        ? await addVariant(user.producerId, productId, submission.value)
        : await updateVariant(user.producerId, productId, variantId, submission.value),
    );
    return { intent: "variant", variantId, errors: null, ok: true, message: "dashboard.listing.variantSaved" } satisfies VariantReply;
  }
  if (intent === "withdrawVariant") {
    found(await withdrawNewVariant(user.producerId, productId, Number(form.get("index"))));
    return { intent: "variant", variantId: "", errors: null, ok: true, message: "dashboard.listing.variantRemoved" } satisfies VariantReply;
  }
  if (intent === "removeVariant") {
    found(await removeVariant(user.producerId, productId, String(form.get("variantId") ?? "")));
    return { intent: "variant", variantId: "", errors: null, ok: true, message: "dashboard.listing.variantRemoved" } satisfies VariantReply;
  }
  return data({ intent: "unknown" as const }, { status: 400 });
}

type Variant = { id: string; nameAz: string; nameEn: string; nameRu: string; priceQ: number; stock: number; lowStockThreshold: number };

function VariantForm({ variant, index, errors }: { variant?: Variant; index: number; errors?: Record<string, string[] | null> | null }) {
  const { t } = useTranslator();
  const navigation = useNavigation();
  const rowId = variant ? `variant-${variant.id}` : "variant-new";
  const busy = navigation.state === "submitting" && navigation.formData?.get("variantId") === (variant?.id ?? "new");
  const input = (
    name: "nameAz" | "nameEn" | "nameRu" | "price" | "stock" | "lowStockThreshold",
    label: string,
    value: string,
    inputMode?: "decimal" | "numeric",
  ) => {
    const id = `${rowId}-${name}`;
    const fieldErrors = errors?.[name] ?? undefined;
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          name={name}
          type="text"
          defaultValue={value}
          inputMode={inputMode}
          required={name === "nameAz" || name === "price" || name === "stock"}
          aria-invalid={fieldErrors ? true : undefined}
          aria-describedby={fieldErrors ? `${id}-error` : undefined}
        />
        <ErrorList id={`${id}-error`} errors={fieldErrors} />
      </div>
    );
  };
  return (
    <Form
      method="post"
      className="variant-row card"
      aria-labelledby={`${rowId}-title`}
      key={variant ? `${variant.id}-${variant.priceQ}-${variant.stock}-${variant.lowStockThreshold}-${variant.nameAz}` : "new"}
    >
      <h3 id={`${rowId}-title`} className="variant-row__title">
        {variant ? t("dashboard.listing.variantRow", { n: index + 1 }) : t("dashboard.listing.newVariant")}
      </h3>
      <input type="hidden" name="variantId" value={variant?.id ?? "new"} />
      <div className="variant-row__fields">
        {input("nameAz", t("dashboard.listing.variantNameLang", { lang: "AZ" }), variant?.nameAz ?? "")}
        {input("nameEn", t("dashboard.listing.variantNameLang", { lang: "EN" }), variant?.nameEn ?? "")}
        {input("nameRu", t("dashboard.listing.variantNameLang", { lang: "RU" }), variant?.nameRu ?? "")}
        {input("price", t("dashboard.listing.price"), variant ? formatAznInput(variant.priceQ) : "", "decimal")}
        {input("stock", t("dashboard.listing.stock"), variant ? String(variant.stock) : "", "numeric")}
        {input("lowStockThreshold", t("dashboard.listing.lowStockThreshold"), variant ? String(variant.lowStockThreshold) : "", "numeric")}
      </div>
      <div className="variant-row__actions">
        <button type="submit" name="intent" value={variant ? "updateVariant" : "addVariant"} className="button button--small" disabled={busy}>
          {variant ? t("dashboard.listing.saveVariant") : t("dashboard.listing.addVariant")}
        </button>
        {variant ? (
          <button type="submit" name="intent" value="removeVariant" className="button button--small button--secondary" formNoValidate>
            {t("dashboard.listing.removeVariant")}
          </button>
        ) : null}
      </div>
    </Form>
  );
}

export default function EditListing() {
  const { listing, categories, returnDays } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslator();
  const saveReply = actionData && actionData.intent === "save" ? actionData : null;
  const kind = listingKind(listing.kind);
  const variantReply = actionData && actionData.intent === "variant" ? actionData : null;
  return (
    <section className="stack">
      <p>
        <Link to="/dashboard/products">← {t("dashboard.products.title")}</Link>
      </p>
      <h1>{t("dashboard.listing.editTitle", { title: listing.titleAz })}</h1>
      <p className="listing-status">
        <StatusBadge status={listing.status} /> <MissingTranslations missing={listing.missing} />
        {listing.status === "PUBLISHED" ? (
          <>
            {" "}
            <Link to={`/products/${listing.slug}`}>{t("dashboard.products.view")}</Link>
          </>
        ) : null}
      </p>
      {listing.status === "REJECTED" && listing.reviewNote ? (
        <p className="notice notice--error">{t("dashboard.products.rejectedReason", { reason: listing.reviewNote })}</p>
      ) : null}
      {saveReply?.status ? (
        <p className="notice" role="status">
          {t(
            saveReply.status === "review"
              ? "dashboard.listing.savedReview"
              : saveReply.status === "revision"
                ? "dashboard.listing.savedRevision"
                : "dashboard.listing.saved",
          )}
        </p>
      ) : null}
      {listing.pendingRevision ? <p className="notice">{t("dashboard.revision.pending")}</p> : null}
      {listing.revisionRejectedReason ? (
        <p className="notice notice--error">{t("dashboard.revision.rejected", { reason: listing.revisionRejectedReason })}</p>
      ) : null}
      <p className="notice">{t(listing.status === "PUBLISHED" ? "dashboard.listing.liveNote" : "dashboard.listing.reviewNote")}</p>
      <ul className="listing-links">
        <li>
          <Link to={`/dashboard/products/${listing.id}/photos`}>{t("dashboard.listing.photosLink", { count: listing._count.images })}</Link>
        </li>
        {listing.kind === "EXPERIENCE" ? (
          <li>
            <Link to={`/dashboard/products/${listing.id}/slots`}>{t("dashboard.listing.slotsLink")}</Link>
          </li>
        ) : null}
        {listing.kind !== "GOOD" ? (
          <li>
            <Link to={`/dashboard/bookings?product=${listing.id}`}>{t("dashboard.listing.calendarLink")}</Link>
          </li>
        ) : null}
      </ul>
      <p>
        {t("dashboard.listing.kind")}: <strong>{t(`dashboard.kind.${kind}`)}</strong>
      </p>
      <ListingForm
        key={listing.id}
        kind={kind}
        lastResult={saveReply?.reply}
        categories={categories}
        submitLabel={t("dashboard.listing.save")}
        returnDays={returnDays}
        defaultValue={{
          titleAz: listing.titleAz,
          titleEn: listing.titleEn,
          titleRu: listing.titleRu,
          descriptionAz: listing.descriptionAz,
          descriptionEn: listing.descriptionEn,
          descriptionRu: listing.descriptionRu,
          categoryId: String(listing.categoryId),
          unit: listing.unit,
          kind: listing.kind,
          price: formatAznInput(listing.priceQ),
          stock: String(listing.stock),
          lowStockThreshold: String(listing.lowStockThreshold),
          acceptsReturns: returnChoiceOf(listing.acceptsReturns),
          months: listing.months.length === 12 ? [] : listing.months.map(String),
          meetingPoint: listing.meetingPoint,
          address: listing.meetingPoint,
          durationMin: listing.durationMin ? String(listing.durationMin) : "",
          groupSize: listing.maxGuests ? String(listing.maxGuests) : "",
          maxGuests: listing.maxGuests ? String(listing.maxGuests) : "",
          minNights: String(listing.minNights),
          weekendPrice: listing.weekendPriceQ ? formatAznInput(listing.weekendPriceQ) : "",
          seasonPrice: listing.seasonPriceQ ? formatAznInput(listing.seasonPriceQ) : "",
          languages: listing.languages.split(",").filter(Boolean),
          included: listing.included,
          bring: listing.bring,
          cancellationPolicy: listing.cancellationPolicy,
          ...factDefaults(listing),
        }}
      />

      {kind === "GOOD" ? (
        <section aria-labelledby="variants-title" className="stack">
          <h2 id="variants-title">{t("dashboard.listing.variants")}</h2>
          <p className="muted">{t("dashboard.listing.variantsHint")}</p>
          {variantReply?.ok && variantReply.message ? (
            <p className="notice" role="status">
              {t(variantReply.message)}
            </p>
          ) : null}
          {listing.variants.length === 0 ? <p className="muted">{t("dashboard.listing.noVariants")}</p> : null}
          {listing.variants.map((variant, index) => (
            <VariantForm
              key={variant.id}
              variant={variant}
              index={index}
              errors={variantReply && !variantReply.ok && variantReply.variantId === variant.id ? variantReply.errors : null}
            />
          ))}
          {listing.pendingNewVariants.length > 0 ? (
            <ul className="stack">
              {listing.pendingNewVariants.map((variant, index) => (
                <li key={index} className="card variant-row">
                  <Form method="post" className="cluster">
                    <span>
                      {[variant.nameAz, variant.nameEn, variant.nameRu].filter(Boolean).join(" / ")} — {t("dashboard.revision.waiting")}
                    </span>
                    <input type="hidden" name="index" value={index} />
                    <button type="submit" name="intent" value="withdrawVariant" className="button button--small button--secondary">
                      {t("dashboard.listing.removeVariant")}
                    </button>
                  </Form>
                </li>
              ))}
            </ul>
          ) : null}
          <VariantForm
            index={listing.variants.length}
            errors={variantReply && !variantReply.ok && variantReply.variantId === "new" ? variantReply.errors : null}
          />
        </section>
      ) : null}
    </section>
  );
}
