import {
  getCollectionProps,
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  useForm,
  type SubmissionResult,
} from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import { useState } from "react";
import { ErrorList, Field, TextareaField } from "~/components/forms";
import type { MessageKey } from "~/locales/types";
import { DEFAULT_LOW_STOCK, KINDS, listingSchema, UNITS } from "~/models/listings/listing-schema";
import { useHydrated } from "~/utils/use-hydrated";
import { useTranslator } from "~/utils/use-translator";

export type ListingFormDefaults = {
  titleAz: string;
  titleEn: string;
  titleRu: string;
  descriptionAz: string;
  descriptionEn: string;
  descriptionRu: string;
  categoryId: string;
  unit: string;
  kind: string;
  price: string;
  stock: string;
  lowStockThreshold?: string;
  months: string[];
  meetingPoint: string;
  durationMin: string;
};

export type CategoryGroup = { id: number; name: string; categories: { id: number; name: string }[] };

const LANGS = ["az", "en", "ru"] as const;
const suffix = { az: "Az", en: "En", ru: "Ru" } as const;

/** The listing form shared by "new" and "edit": texts per language, details, season, experience fields. */
export function ListingForm({
  lastResult,
  defaultValue,
  categories,
  submitLabel,
}: {
  lastResult?: SubmissionResult<string[]> | null;
  defaultValue?: ListingFormDefaults;
  categories: CategoryGroup[];
  submitLabel: string;
}) {
  const { t, month } = useTranslator();
  const [form, fields] = useForm({
    id: "listing",
    lastResult,
    defaultValue,
    constraint: getZodConstraint(listingSchema),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: listingSchema }),
  });
  const [kind, setKind] = useState(defaultValue?.kind ?? "GOOD");
  const hydrated = useHydrated();
  const monthOptions = Array.from({ length: 12 }, (_, i) => String(i + 1));
  return (
    <Form method="post" {...getFormProps(form)} className="stack listing-form">
      <input type="hidden" name="intent" value="save" />
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
                  {t(`dashboard.listing.lang.${lang}` as MessageKey)}{" "}
                  {missing ? <span className="badge badge--missing">{t("dashboard.listing.missing")}</span> : null}
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
          <label htmlFor={fields.kind.id}>{t("dashboard.listing.kind")}</label>
          <select {...getSelectProps(fields.kind)} onChange={(event) => setKind(event.target.value)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`dashboard.kind.${k}` as MessageKey)}
              </option>
            ))}
          </select>
          <ErrorList id={fields.kind.errorId} errors={fields.kind.errors} />
        </div>
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
        <div className="field">
          <label htmlFor={fields.unit.id}>{t("dashboard.listing.unit")}</label>
          <select {...getSelectProps(fields.unit)}>
            {UNITS.map((u) => (
              <option key={u} value={u}>
                {t(`unit.${u}` as MessageKey)}
              </option>
            ))}
          </select>
          <ErrorList id={fields.unit.errorId} errors={fields.unit.errors} />
        </div>
        <Field
          label={t("dashboard.listing.price")}
          hint={t("dashboard.listing.priceHint")}
          inputProps={{ ...getInputProps(fields.price, { type: "text" }), inputMode: "decimal", autoComplete: "off" }}
          errors={fields.price.errors}
          errorId={fields.price.errorId}
        />
        <Field
          label={t("dashboard.listing.stock")}
          hint={t("dashboard.listing.stockHint")}
          inputProps={{ ...getInputProps(fields.stock, { type: "text" }), inputMode: "numeric", autoComplete: "off" }}
          errors={fields.stock.errors}
          errorId={fields.stock.errorId}
        />
        <Field
          label={t("dashboard.listing.lowStockThreshold")}
          hint={t("dashboard.listing.lowStockHint", { count: DEFAULT_LOW_STOCK })}
          inputProps={{ ...getInputProps(fields.lowStockThreshold, { type: "text" }), inputMode: "numeric", autoComplete: "off", placeholder: String(DEFAULT_LOW_STOCK) }}
          errors={fields.lowStockThreshold.errors}
          errorId={fields.lowStockThreshold.errorId}
        />
      </fieldset>

      <fieldset className="listing-form__section">
        <legend>{t("dashboard.listing.season")}</legend>
        <p className="field__hint">{t("dashboard.listing.seasonHint")}</p>
        <div className="month-checks">
          {getCollectionProps(fields.months, { type: "checkbox", options: monthOptions }).map(({ key, ...props }) => (
            <label key={key} className="check">
              <input {...props} /> {month(Number(props.value))}
            </label>
          ))}
        </div>
        <ErrorList id={fields.months.errorId} errors={fields.months.errors} />
      </fieldset>

      {/* Without JavaScript both kinds show these fields; the server ignores them for goods. */}
      <fieldset className="listing-form__section listing-form__grid" hidden={hydrated && kind !== "EXPERIENCE"}>
        <legend>{t("dashboard.listing.experience")}</legend>
        <Field
          label={t("dashboard.listing.meetingPoint")}
          inputProps={getInputProps(fields.meetingPoint, { type: "text" })}
          errors={fields.meetingPoint.errors}
          errorId={fields.meetingPoint.errorId}
        />
        <Field
          label={t("dashboard.listing.duration")}
          inputProps={{ ...getInputProps(fields.durationMin, { type: "text" }), inputMode: "numeric" }}
          errors={fields.durationMin.errors}
          errorId={fields.durationMin.errorId}
        />
      </fieldset>

      <button type="submit" className="button">
        {submitLabel}
      </button>
    </Form>
  );
}
