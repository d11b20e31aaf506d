import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { PhotoManager } from "~/routes/dashboard/components/photo-manager";
import { ErrorList, Field, TextareaField } from "~/components/forms";
import { MAX_PHOTOS } from "~/models/listings/photo-limits";
import { listPhotos, runPhotoAction, type PhotoActionReply } from "~/models/listings/listing-photos.server";
import { listRegions } from "~/models/catalog/taxonomy.server";
import { profileSchema } from "~/models/producers/profile-schema";
import { getProfile, updateProfile } from "~/models/producers/profile.server";
import { requireProducerMember } from "~/utils/auth.server";
import { readUploadForm, requireProducerMemberWhoMayEdit } from "~/utils/dashboard.server";
import { found } from "~/utils/http.server";
import { getLocale } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

// Open to applicants too: a complete profile helps the mentor decide.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireProducerMember(request);
  const [profile, regions, photos] = await Promise.all([
    getProfile(user.producerId),
    listRegions(await getLocale(request)),
    listPhotos({ producerId: user.producerId, productId: null }),
  ]);
  return {
    profile: profile.profile,
    pendingReview: profile.pendingReview,
    rejectedReason: profile.rejectedReason,
    regions: regions.map((r) => ({ id: r.id, name: r.name, districts: r.districts })),
    photos,
  };
}

type ProfileReply =
  { intent: "profile"; reply: SubmissionResult<string[]>; saved: boolean; pendingReview?: boolean } | { intent: "photo"; photo: PhotoActionReply };

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireProducerMemberWhoMayEdit(request);
  const upload = await readUploadForm(request);
  if (!upload.ok) return data<ProfileReply>({ intent: "photo", photo: { ok: false, error: upload.error } }, { status: 413 });
  const form = upload.form;
  if (form.get("intent") === "profile") {
    const submission = parseWithZod(form, { schema: profileSchema });
    if (submission.status !== "success") return data<ProfileReply>({ intent: "profile", reply: submission.reply(), saved: false }, { status: 400 });
    const result = await updateProfile(user.producerId, submission.value);
    if (!result.ok) {
      return data<ProfileReply>(
        { intent: "profile", reply: submission.reply({ fieldErrors: { [result.field]: [result.error] } }), saved: false },
        { status: 400 },
      );
    }
    return data<ProfileReply>({ intent: "profile", reply: submission.reply(), saved: true, pendingReview: result.pendingReview });
  }
  const { status, reply } = found(await runPhotoAction({ producerId: user.producerId, productId: null }, form));
  return data<ProfileReply>({ intent: "photo", photo: reply }, { status });
}

export default function DashboardProfile() {
  const { profile, regions, photos, pendingReview, rejectedReason } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslator();
  const [form, fields] = useForm({
    id: "profile",
    lastResult: actionData?.intent === "profile" ? actionData.reply : undefined,
    constraint: getZodConstraint(profileSchema),
    defaultValue: {
      storyAz: profile.storyAz,
      storyEn: profile.storyEn,
      storyRu: profile.storyRu,
      regionId: String(profile.regionId),
      district: profile.district,
      phone: profile.phone,
      pickupAddress: profile.pickupAddress,
      offersPickup: profile.offersPickup ? "on" : undefined,
      returnDays: String(profile.returnDays),
    },
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: profileSchema }),
  });
  const districts = regions.find((r) => String(r.id) === (fields.regionId.value ?? String(profile.regionId)))?.districts ?? [];
  return (
    <section className="stack">
      <h1>{t("dashboard.profile.title", { name: profile.name })}</h1>
      {profile.status === "ACTIVE" ? (
        <p>
          <Link to={`/producers/${profile.slug}`}>{t("dashboard.profile.viewPublic")}</Link>
        </p>
      ) : null}
      {actionData?.intent === "profile" && actionData.saved ? (
        <p className="notice" role="status">
          {t(actionData.pendingReview ? "dashboard.profile.savedRevision" : "dashboard.profile.saved")}
        </p>
      ) : null}
      {pendingReview ? <p className="notice">{t("dashboard.revision.pending")}</p> : null}
      {rejectedReason ? <p className="notice notice--error">{t("dashboard.revision.rejected", { reason: rejectedReason })}</p> : null}
      <Form method="post" {...getFormProps(form)} className="stack">
        <input type="hidden" name="intent" value="profile" />
        <ErrorList id={form.errorId} errors={form.errors} />
        <fieldset className="listing-form__section">
          <legend>{t("dashboard.profile.story")}</legend>
          <div className="listing-form__langs">
            {(
              [
                ["storyAz", "az"],
                ["storyEn", "en"],
                ["storyRu", "ru"],
              ] as const
            ).map(([name, lang]) => (
              <div key={name} lang={lang}>
                <TextareaField
                  label={t(`dashboard.listing.lang.${lang}`)}
                  textareaProps={{ ...getTextareaProps(fields[name]), rows: 6 }}
                  errors={fields[name].errors}
                  errorId={fields[name].errorId}
                />
                {lang !== "az" && !(fields[name].value ?? "").trim() ? <span className="badge badge--missing">{t("dashboard.listing.missing")}</span> : null}
              </div>
            ))}
          </div>
        </fieldset>
        <fieldset className="listing-form__section listing-form__grid">
          <legend>{t("dashboard.profile.where")}</legend>
          <div className="field">
            <label htmlFor={fields.regionId.id}>{t("common.region")}</label>
            <select {...getSelectProps(fields.regionId)}>
              {regions.map((r) => (
                <option key={r.id} value={String(r.id)}>
                  {r.name}
                </option>
              ))}
            </select>
            <ErrorList id={fields.regionId.errorId} errors={fields.regionId.errors} />
          </div>
          <Field
            label={t("dashboard.profile.district")}
            inputProps={{ ...getInputProps(fields.district, { type: "text" }), list: "district-options" }}
            errors={fields.district.errors}
            errorId={fields.district.errorId}
          />
          <datalist id="district-options">
            {districts.map((d) => (
              <option key={d} value={d} />
            ))}
          </datalist>
          <Field
            label={t("dashboard.sell.phone")}
            inputProps={{ ...getInputProps(fields.phone, { type: "tel" }), autoComplete: "tel" }}
            errors={fields.phone.errors}
            errorId={fields.phone.errorId}
          />
        </fieldset>
        <fieldset className="listing-form__section listing-form__grid">
          <legend>{t("dashboard.profile.fulfilment")}</legend>
          <p className="field__hint">
            <Link to="/dashboard/delivery">{t("dashboard.profile.deliveryZones")}</Link>
          </p>
          <Field
            label={t("dashboard.returnDays")}
            hint={t("dashboard.returnDaysHint")}
            inputProps={{ ...getInputProps(fields.returnDays, { type: "number" }), min: 0, max: 60, step: 1 }}
            errors={fields.returnDays.errors}
            errorId={fields.returnDays.errorId}
          />
          <div className="field">
            <label className="check">
              <input {...getInputProps(fields.offersPickup, { type: "checkbox" })} /> {t("dashboard.profile.offersPickup")}
            </label>
            <ErrorList id={fields.offersPickup.errorId} errors={fields.offersPickup.errors} />
          </div>
          <Field
            label={t("dashboard.profile.pickupAddress")}
            inputProps={{ ...getInputProps(fields.pickupAddress, { type: "text" }), autoComplete: "street-address" }}
            errors={fields.pickupAddress.errors}
            errorId={fields.pickupAddress.errorId}
          />
        </fieldset>
        <button type="submit" className="button">
          {t("dashboard.profile.save")}
        </button>
      </Form>
      <section aria-labelledby="profile-photos" className="stack">
        <h2 id="profile-photos">{t("dashboard.profile.photos")}</h2>
        <PhotoManager photos={photos} reply={actionData?.intent === "photo" ? actionData.photo : null} max={MAX_PHOTOS} />
      </section>
    </section>
  );
}
