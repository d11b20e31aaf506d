import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import { AddressFields, type DistrictGroup } from "~/components/address-fields";
import { ErrorList, Field } from "~/components/forms";
import { centreSchema } from "~/models/centres/centre-schema";
import { formatAznInput } from "~/utils/money-input";
import { useTranslator } from "~/utils/use-translator";

type Values = {
  nameAz: string;
  nameEn: string;
  nameRu: string;
  district: string;
  address: string;
  hoursAz: string;
  hoursEn: string;
  hoursRu: string;
  phone: string;
  mapUrl: string;
  active: boolean;
  pickupFeeQ: number;
  pickupDays: number;
};

/** Create and edit share this form; `intent` tells the actions apart on the edit page. */
export function CentreForm({
  id,
  intent,
  lastResult,
  defaultValue,
  groups,
  submitLabel,
}: {
  id: string;
  intent: string;
  lastResult?: SubmissionResult<string[]>;
  defaultValue?: Values;
  groups: DistrictGroup[];
  submitLabel: string;
}) {
  const { t } = useTranslator();
  const [form, fields] = useForm({
    id,
    lastResult,
    defaultValue: defaultValue
      ? {
          ...defaultValue,
          active: defaultValue.active ? "on" : undefined,
          pickupFee: defaultValue.pickupFeeQ > 0 ? formatAznInput(defaultValue.pickupFeeQ) : "",
          pickupDays: String(defaultValue.pickupDays),
        }
      : { active: "on", pickupDays: "3" },
    constraint: getZodConstraint(centreSchema),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: centreSchema }),
  });
  const text = (name: "nameAz" | "nameEn" | "nameRu" | "hoursAz" | "hoursEn" | "hoursRu", label: string, lang: string, hint?: string) => (
    <Field
      label={label}
      hint={hint}
      inputProps={{ ...getInputProps(fields[name], { type: "text" }), lang, maxLength: 120 }}
      errors={fields[name].errors}
      errorId={fields[name].errorId}
    />
  );
  return (
    <Form method="post" {...getFormProps(form)} className="stack">
      <input type="hidden" name="intent" value={intent} />
      <ErrorList id={form.errorId} errors={form.errors} />
      <div className="admin-form-grid">
        {text("nameAz", t("centre.form.nameAz"), "az")}
        {text("nameEn", t("centre.form.nameEn"), "en")}
        {text("nameRu", t("centre.form.nameRu"), "ru")}
        <AddressFields groups={groups} district={fields.district} street={fields.address} />
        {text("hoursAz", t("centre.form.hoursAz"), "az", t("centre.form.hoursHint"))}
        {text("hoursEn", t("centre.form.hoursEn"), "en")}
        {text("hoursRu", t("centre.form.hoursRu"), "ru")}
        <Field
          label={t("centre.form.phone")}
          inputProps={{ ...getInputProps(fields.phone, { type: "tel" }), autoComplete: "off", maxLength: 20 }}
          errors={fields.phone.errors}
          errorId={fields.phone.errorId}
        />
        <Field
          label={t("centre.form.mapUrl")}
          hint={t("centre.form.mapUrlHint")}
          inputProps={{ ...getInputProps(fields.mapUrl, { type: "url" }), maxLength: 500 }}
          errors={fields.mapUrl.errors}
          errorId={fields.mapUrl.errorId}
        />
        <Field
          label={t("centre.form.pickupFee")}
          hint={t("centre.form.pickupFeeHint")}
          inputProps={{ ...getInputProps(fields.pickupFee, { type: "text" }), inputMode: "decimal", maxLength: 12 }}
          errors={fields.pickupFee.errors}
          errorId={fields.pickupFee.errorId}
        />
        <Field
          label={t("centre.form.pickupDays")}
          hint={t("centre.form.pickupDaysHint")}
          inputProps={{ ...getInputProps(fields.pickupDays, { type: "number" }), min: 0, max: 30, inputMode: "numeric" }}
          errors={fields.pickupDays.errors}
          errorId={fields.pickupDays.errorId}
        />
      </div>
      <div className="field field--checkbox">
        <input {...getInputProps(fields.active, { type: "checkbox" })} />
        <label htmlFor={fields.active.id}>{t("centre.form.active")}</label>
      </div>
      <button type="submit" className="button">
        {submitLabel}
      </button>
    </Form>
  );
}
