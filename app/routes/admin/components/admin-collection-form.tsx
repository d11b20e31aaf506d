import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import { ErrorList, Field } from "~/components/forms";
import { collectionSchema } from "~/models/admin/collection-schema";
import { useTranslator } from "~/utils/use-translator";

type Values = {
  slug: string;
  titleAz: string;
  titleEn: string;
  titleRu: string;
  startsOn: string;
  endsOn: string;
  onHome: boolean;
  position: number;
};

/** Create and edit share this form; `intent` tells the actions apart on the edit page. */
export function CollectionForm({
  id,
  intent,
  lastResult,
  defaultValue,
  submitLabel,
}: {
  id: string;
  intent: string;
  lastResult?: SubmissionResult<string[]>;
  defaultValue?: Values;
  submitLabel: string;
}) {
  const { t } = useTranslator();
  const [form, fields] = useForm({
    id,
    lastResult,
    defaultValue: defaultValue
      ? { ...defaultValue, position: String(defaultValue.position), onHome: defaultValue.onHome ? "on" : undefined }
      : { position: "0" },
    constraint: getZodConstraint(collectionSchema),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: collectionSchema }),
  });
  return (
    <Form method="post" {...getFormProps(form)} className="stack admin-collection-form">
      <input type="hidden" name="intent" value={intent} />
      <ErrorList id={form.errorId} errors={form.errors} />
      <div className="admin-form-grid">
        <Field
          label={t("admin.collection.slug")}
          hint={t("admin.collection.slugHint")}
          inputProps={{ ...getInputProps(fields.slug, { type: "text" }), maxLength: 60, autoCapitalize: "none", spellCheck: false }}
          errors={fields.slug.errors}
          errorId={fields.slug.errorId}
        />
        <Field
          label={t("admin.collection.position")}
          hint={t("admin.collection.positionHint")}
          inputProps={{ ...getInputProps(fields.position, { type: "number" }), min: 0, max: 999, inputMode: "numeric" }}
          errors={fields.position.errors}
          errorId={fields.position.errorId}
        />
        <Field
          label={t("admin.collection.titleAz")}
          inputProps={{ ...getInputProps(fields.titleAz, { type: "text" }), lang: "az", maxLength: 120 }}
          errors={fields.titleAz.errors}
          errorId={fields.titleAz.errorId}
        />
        <Field
          label={t("admin.collection.titleEn")}
          inputProps={{ ...getInputProps(fields.titleEn, { type: "text" }), lang: "en", maxLength: 120 }}
          errors={fields.titleEn.errors}
          errorId={fields.titleEn.errorId}
        />
        <Field
          label={t("admin.collection.titleRu")}
          inputProps={{ ...getInputProps(fields.titleRu, { type: "text" }), lang: "ru", maxLength: 120 }}
          errors={fields.titleRu.errors}
          errorId={fields.titleRu.errorId}
        />
        <Field
          label={t("admin.collection.startsOn")}
          hint={t("admin.collection.startsHint")}
          inputProps={getInputProps(fields.startsOn, { type: "date" })}
          errors={fields.startsOn.errors}
          errorId={fields.startsOn.errorId}
        />
        <Field
          label={t("admin.collection.endsOn")}
          hint={t("admin.collection.endsHint")}
          inputProps={getInputProps(fields.endsOn, { type: "date" })}
          errors={fields.endsOn.errors}
          errorId={fields.endsOn.errorId}
        />
      </div>
      <div className="field field--checkbox">
        <input {...getInputProps(fields.onHome, { type: "checkbox" })} />
        <label htmlFor={fields.onHome.id}>{t("admin.collection.onHome")}</label>
      </div>
      <button type="submit" className="button">
        {submitLabel}
      </button>
    </Form>
  );
}
