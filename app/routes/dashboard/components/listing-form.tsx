import type { Unit } from "~/utils/units";
import { getCollectionProps, getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { Form, Link } from "@remix-run/react";
import { ErrorList, Field, TextareaField } from "~/components/forms";
import { CANCELLATION_POLICIES } from "~/models/bookings/booking-policy";
import {
  DEFAULT_LOW_STOCK,
  GOODS_UNITS,
  HOST_LANGUAGES,
  KINDS,
  listingSchema,
  listingSchemaFor,
  RETURN_CHOICES,
  type ListingKind,
} from "~/models/listings/listing-schema";
import { ALLERGENS, MEASURES, NO_ALLERGENS, PRODUCT_MATERIALS, type ProductFacts } from "~/models/catalog/product-facts";
import { useTranslator } from "~/utils/use-translator";

export type ListingFormDefaults = {
  titleAz: string;
  titleEn: string;
  titleRu: string;
  descriptionAz: string;
  descriptionEn: string;
  descriptionRu: string;
  categoryId: string;
  unit: Unit;
  kind: string;
  price: string;
  stock: string;
  lowStockThreshold?: string;
  acceptsReturns: string;
  months: string[];
  meetingPoint: string;
  durationMin: string;
  groupSize: string;
  address: string;
  maxGuests: string;
  minNights: string;
  weekendPrice: string;
  seasonPrice: string;
  languages: string[];
  included: string;
  bring: string;
  cancellationPolicy: string;
  widthCm: string;
  lengthCm: string;
  heightCm: string;
  weightG: string;
  volumeMl: string;
  shelfLifeDays: string;
  material: string;
  allergens: string[];
};

/** A listing's stored facts as the form's text fields. */
export function factDefaults(listing: ProductFacts) {
  const text = (value: number | null) => (value === null ? "" : String(value));
  return {
    widthCm: text(listing.widthCm),
    lengthCm: text(listing.lengthCm),
    heightCm: text(listing.heightCm),
    weightG: text(listing.weightG),
    volumeMl: text(listing.volumeMl),
    shelfLifeDays: text(listing.shelfLifeDays),
    material: listing.material ?? "",
    allergens: (listing.allergens ?? "").split(",").filter(Boolean),
  };
}

export type CategoryGroup = { id: number; name: string; categories: { id: number; name: string }[] };

const LANGS = ["az", "en", "ru"] as const;
const suffix = { az: "Az", en: "En", ru: "Ru" } as const;

/** The choice of kind before the form (a new listing): plain links, so it works without JavaScript. */
export function KindChooser({ current }: { current: ListingKind }) {
  const { t } = useTranslator();
  return (
    <nav aria-label={t("dashboard.listing.chooseKind")} className="kind-chooser">
      <p id="kind-chooser-title">{t("dashboard.listing.chooseKind")}</p>
      <ul className="cluster" aria-labelledby="kind-chooser-title">
        {KINDS.map((k) => (
          <li key={k}>
            <Link
              to={`?kind=${k}`}
              className={k === current ? "button button--small" : "button button--small button--secondary"}
              aria-current={k === current ? "page" : undefined}
            >
              {t(`dashboard.kind.${k}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The listing form shared by "new" and "edit". The kind is chosen before (new) or fixed (edit),
 * so only that kind's fields and words are rendered: goods have stock, experiences places per
 * date and a meeting point, stays nights, guests and an address. Never "stock" for a booking.
 */
export function ListingForm({
  kind,
  lastResult,
  defaultValue,
  categories,
  submitLabel,
  returnDays,
}: {
  kind: ListingKind;
  lastResult?: SubmissionResult<string[]> | null;
  defaultValue?: Partial<ListingFormDefaults>;
  categories: CategoryGroup[];
  submitLabel: string;
  /** the producer's return window (its profile), which a good taken back is returned within */
  returnDays: number;
}) {
  const { t, month, plural } = useTranslator();
  const [form, fields] = useForm({
    id: `listing-${kind}`,
    lastResult,
    defaultValue: { cancellationPolicy: "MODERATE", acceptsReturns: "usual", ...defaultValue, kind },
    constraint: getZodConstraint(listingSchemaFor(kind)),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: listingSchema }),
  });
  const monthOptions = Array.from({ length: 12 }, (_, i) => String(i + 1));
  const booked = kind !== "GOOD";
  const text = (
    name:
      | "meetingPoint"
      | "address"
      | "durationMin"
      | "groupSize"
      | "maxGuests"
      | "minNights"
      | "stock"
      | "lowStockThreshold"
      | "price"
      | "weekendPrice"
      | "seasonPrice",
    label: string,
    hint?: string,
    numeric?: "numeric" | "decimal",
  ) => (
    <Field
      label={label}
      hint={hint}
      inputProps={{ ...getInputProps(fields[name], { type: "text" }), ...(numeric ? { inputMode: numeric, autoComplete: "off" } : {}) }}
      errors={fields[name].errors}
      errorId={fields[name].errorId}
    />
  );
  return (
    <Form method="post" {...getFormProps(form)} className="stack listing-form">
      <input type="hidden" name="intent" value="save" />
      <input type="hidden" name="kind" value={kind} />
      <ErrorList id={form.errorId} errors={form.errors} />
      <fieldset className="listing-form__section">
        <legend>{t("dashboard.listing.texts")}</legend>
        <div className="listing-form__langs">
          {LANGS.map((lang) => {
            const title = fields[`title${suffix[lang]}`];
            const description = fields[`description${suffix[lang]}`];
            const missing = lang !== "az" && !(title.value ?? "").trim();
            return (
              <fieldset key={lang} className="listing-form__lang" lang={lang}>
                <legend>
                  {t(`dashboard.listing.lang.${lang}`)} {missing ? <span className="badge badge--missing">{t("dashboard.listing.missing")}</span> : null}
                </legend>
                <Field
                  label={t("dashboard.listing.titleField")}
                  inputProps={getInputProps(title, { type: "text" })}
                  errors={title.errors}
                  errorId={title.errorId}
                />
                <TextareaField
                  label={t("dashboard.listing.descriptionField")}
                  textareaProps={{ ...getTextareaProps(description), rows: 5 }}
                  errors={description.errors}
                  errorId={description.errorId}
                />
              </fieldset>
            );
          })}
        </div>
      </fieldset>

      <fieldset className="listing-form__section listing-form__grid">
        <legend>{t("dashboard.listing.details")}</legend>
        <div className="field">
          <label htmlFor={fields.categoryId.id}>{t("dashboard.listing.category")}</label>
          <select {...getSelectProps(fields.categoryId)}>
            <option value="">{t("dashboard.listing.chooseCategory")}</option>
            {categories.map((group) => (
              <optgroup key={group.id} label={group.name}>
                {group.categories.map((c) => (
                  <option key={c.id} value={String(c.id)}>
                    {c.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <ErrorList id={fields.categoryId.errorId} errors={fields.categoryId.errors} />
        </div>
        {kind === "GOOD" ? (
          <>
            <div className="field">
              <label htmlFor={fields.unit.id}>{t("dashboard.listing.unit")}</label>
              <select {...getSelectProps(fields.unit)}>
                {GOODS_UNITS.map((u) => (
                  <option key={u} value={u}>
                    {t(`unit.${u}`)}
                  </option>
                ))}
              </select>
              <ErrorList id={fields.unit.errorId} errors={fields.unit.errors} />
            </div>
            {text("price", t("dashboard.listing.price"), t("dashboard.listing.priceHint"), "decimal")}
            {text("stock", t("dashboard.listing.stock"), t("dashboard.listing.stockHint"), "numeric")}
            {text("lowStockThreshold", t("dashboard.listing.lowStockThreshold"), t("dashboard.listing.lowStockHint", { count: DEFAULT_LOW_STOCK }), "numeric")}
          </>
        ) : null}
        {kind === "EXPERIENCE" ? (
          <>
            {text("price", t("dashboard.listing.pricePerPerson"), t("dashboard.listing.priceHint"), "decimal")}
            {text("groupSize", t("dashboard.listing.capacity"), t("dashboard.listing.capacityHint"), "numeric")}
            {text("durationMin", t("dashboard.listing.duration"), undefined, "numeric")}
          </>
        ) : null}
        {kind === "STAY" ? (
          <>
            {text("price", t("dashboard.listing.pricePerNight"), t("dashboard.listing.priceHint"), "decimal")}
            {text("weekendPrice", t("dashboard.listing.weekendPrice"), undefined, "decimal")}
            {text("seasonPrice", t("dashboard.listing.seasonPrice"), t("dashboard.listing.seasonPriceHint"), "decimal")}
            {text("maxGuests", t("dashboard.listing.maxGuests"), undefined, "numeric")}
            {text("minNights", t("dashboard.listing.minNights"), undefined, "numeric")}
          </>
        ) : null}
      </fieldset>

      {kind === "GOOD" ? (
        <fieldset className="listing-form__section listing-form__grid">
          <legend>{t("facts.title")}</legend>
          <input type="hidden" name="facts" value="1" />
          <p className="field__hint listing-form__wide">{t("facts.formHint")}</p>
          {MEASURES.map((name) => (
            <Field
              key={name}
              label={t(`facts.${name}`)}
              inputProps={{ ...getInputProps(fields[name], { type: "text" }), inputMode: "numeric", autoComplete: "off" }}
              errors={fields[name].errors}
              errorId={fields[name].errorId}
            />
          ))}
          <div className="field">
            <label htmlFor={fields.material.id}>{t("facts.material")}</label>
            <select {...getSelectProps(fields.material)}>
              <option value="">{t("facts.noMaterial")}</option>
              {PRODUCT_MATERIALS.map((m) => (
                <option key={m} value={m}>
                  {t(`facts.material.${m}`)}
                </option>
              ))}
            </select>
            <ErrorList id={fields.material.errorId} errors={fields.material.errors} />
          </div>
          <fieldset className="listing-form__choices listing-form__wide">
            <legend>{t("facts.allergens")}</legend>
            <p className="field__hint">{t("facts.allergensHint")}</p>
            <div className="cluster">
              {getCollectionProps(fields.allergens, { type: "checkbox", options: [NO_ALLERGENS, ...ALLERGENS] }).map(({ key, ...props }, i) => (
                <label key={key} className="check">
                  <input {...props} /> {i === 0 ? t("facts.allergenFree") : t(`facts.allergen.${ALLERGENS[i - 1]}`)}
                </label>
              ))}
            </div>
            <ErrorList id={fields.allergens.errorId} errors={fields.allergens.errors} />
          </fieldset>
        </fieldset>
      ) : null}

      {kind === "GOOD" ? (
        <fieldset className="listing-form__section">
          <legend>{t("dashboard.listing.returns")}</legend>
          <p className="field__hint">{returnDays > 0 ? plural("dashboard.listing.returnsWindow", returnDays) : t("dashboard.listing.returnsClosed")}</p>
          {getCollectionProps(fields.acceptsReturns, { type: "radio", options: [...RETURN_CHOICES] }).map(({ key, ...props }, i) => (
            <label key={key} className="check check--top">
              <input {...props} />
              <span>{t(`dashboard.listing.returns.${RETURN_CHOICES[i]}`)}</span>
            </label>
          ))}
          <ErrorList id={fields.acceptsReturns.errorId} errors={fields.acceptsReturns.errors} />
        </fieldset>
      ) : null}

      <fieldset className="listing-form__section">
        <legend>{t(kind === "STAY" ? "dashboard.listing.seasonMonthsStay" : "dashboard.listing.season")}</legend>
        <p className="field__hint">{t(kind === "STAY" ? "dashboard.listing.seasonHintStay" : "dashboard.listing.seasonHint")}</p>
        <div className="month-checks">
          {getCollectionProps(fields.months, { type: "checkbox", options: monthOptions }).map(({ key, ...props }) => (
            <label key={key} className="check">
              <input {...props} /> {month(Number(props.value))}
            </label>
          ))}
        </div>
        <ErrorList id={fields.months.errorId} errors={fields.months.errors} />
      </fieldset>

      {booked ? (
        <fieldset className="listing-form__section stack">
          <legend>{t(kind === "STAY" ? "dashboard.listing.forStayGuests" : "dashboard.listing.forGuests")}</legend>
          {kind === "STAY" ? text("address", t("dashboard.listing.address")) : text("meetingPoint", t("dashboard.listing.meetingPoint"))}
          <fieldset className="listing-form__choices">
            <legend>{t("dashboard.listing.languages")}</legend>
            <div className="cluster">
              {getCollectionProps(fields.languages, { type: "checkbox", options: [...HOST_LANGUAGES] }).map(({ key, ...props }, i) => (
                <label key={key} className="check">
                  <input {...props} /> {t(`booking.language.${HOST_LANGUAGES[i]}`)}
                </label>
              ))}
            </div>
            <ErrorList id={fields.languages.errorId} errors={fields.languages.errors} />
          </fieldset>
          <TextareaField
            label={t("dashboard.listing.included")}
            textareaProps={{ ...getTextareaProps(fields.included), rows: 2 }}
            errors={fields.included.errors}
            errorId={fields.included.errorId}
          />
          <TextareaField
            label={t("dashboard.listing.bring")}
            textareaProps={{ ...getTextareaProps(fields.bring), rows: 2 }}
            errors={fields.bring.errors}
            errorId={fields.bring.errorId}
          />
          <fieldset className="listing-form__choices">
            <legend>{t("dashboard.listing.policy")}</legend>
            {getCollectionProps(fields.cancellationPolicy, { type: "radio", options: [...CANCELLATION_POLICIES] }).map(({ key, ...props }, i) => (
              <label key={key} className="check check--top">
                <input {...props} />
                <span>
                  <strong>{t(`booking.policy.${CANCELLATION_POLICIES[i]}`)}</strong>
                  <br />
                  <span className="muted">{t(`booking.policy.${CANCELLATION_POLICIES[i]}.text`)}</span>
                </span>
              </label>
            ))}
            <ErrorList id={fields.cancellationPolicy.errorId} errors={fields.cancellationPolicy.errors} />
          </fieldset>
          <p className="field__hint">{t(kind === "STAY" ? "dashboard.listing.calendarNote" : "dashboard.listing.sessionsNote")}</p>
        </fieldset>
      ) : null}

      <button type="submit" className="button">
        {submitLabel}
      </button>
    </Form>
  );
}
