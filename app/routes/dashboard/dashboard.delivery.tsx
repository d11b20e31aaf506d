import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorList, Field } from "~/components/forms";
import { districtGroups } from "~/models/catalog/region-data";
import { coverageOf, placeNames, type ZoneRule } from "~/models/delivery/delivery-zones";
import { deleteZone, findOwnZone, listZones, saveZone } from "~/models/delivery/delivery-zones.server";
import { deleteZoneSchema, zoneSchema } from "~/models/delivery/zone-schema";
import { requireProducerMember } from "~/utils/auth.server";
import { requireProducerMemberWhoMayEdit } from "~/utils/dashboard.server";
import { notFound } from "~/utils/http.server";
import { getLocale } from "~/utils/locale.server";
import { formatAznInput } from "~/utils/money-input";
import { useTranslator } from "~/utils/use-translator";

// Open to applicants too, like the profile: where they deliver is part of how they sell.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireProducerMember(request);
  const search = new URL(request.url).searchParams;
  const zoneId = search.get("zone");
  const [zones, editing] = await Promise.all([listZones(user.producerId), zoneId ? findOwnZone(user.producerId, zoneId) : null]);
  if (zoneId && !editing) notFound();
  const notice = search.has("saved") ? ("dashboard.delivery.saved" as const) : search.has("deleted") ? ("dashboard.delivery.deleted" as const) : null;
  return { zones, editing, notice, groups: districtGroups(await getLocale(request)) };
}

type ZoneReply = { reply: SubmissionResult<string[]> };

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireProducerMemberWhoMayEdit(request);
  const form = await request.formData();
  if (form.get("intent") === "delete") {
    const submission = parseWithZod(form, { schema: deleteZoneSchema });
    if (submission.status !== "success" || !(await deleteZone(user.producerId, submission.value.zoneId))) notFound();
    throw redirect("/dashboard/delivery?deleted=1");
  }
  const submission = parseWithZod(form, { schema: zoneSchema });
  if (submission.status !== "success") return data<ZoneReply>({ reply: submission.reply() }, { status: 400 });
  const result = await saveZone(user.producerId, submission.value);
  if (!result.ok && "error" in result) notFound();
  if (!result.ok) return data<ZoneReply>({ reply: submission.reply({ fieldErrors: { [result.field]: [result.message] } }) }, { status: 400 });
  throw redirect("/dashboard/delivery?saved=1");
}

export default function DashboardDelivery() {
  const { zones, editing, groups, notice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, money, plural, number, locale } = useTranslator();
  const places = (zone: ZoneRule) => (zone.everywhere ? t("dashboard.delivery.everywhere") : placeNames(zone.districts, locale).join(", "));
  const [form, fields] = useForm({
    id: editing ? `zone-${editing.id}` : "zone-new",
    lastResult: actionData?.reply,
    defaultValue: editing
      ? {
          fee: formatAznInput(editing.feeQ),
          freeFrom: editing.freeFromQ === null ? "" : formatAznInput(editing.freeFromQ),
          minDays: String(editing.minDays),
          maxDays: String(editing.maxDays),
        }
      : { minDays: "1", maxDays: "3" },
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: zoneSchema }),
  });
  const submitted = actionData?.reply.initialValue as { everywhere?: string; regions?: string | string[]; districts?: string | string[] } | undefined;
  const asList = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
  const chosenEverywhere = submitted ? submitted.everywhere === "on" : (editing?.everywhere ?? false);
  const chosenRegions = new Set(submitted ? asList(submitted.regions) : editing ? coverageOf(editing.districts).regions : []);
  const chosenDistricts = new Set(submitted ? asList(submitted.districts) : (editing?.districts ?? []));
  // Districts another zone serves: shown, but a district belongs to one zone only.
  const elsewhere = new Set(zones.filter((z) => z.id !== editing?.id).flatMap((z) => z.districts));
  const everywhereTaken = zones.some((z) => z.everywhere && z.id !== editing?.id);
  const days = (zone: ZoneRule) =>
    zone.minDays === zone.maxDays
      ? plural("checkout.deliveryDays", zone.maxDays)
      : plural("checkout.deliveryDayRange", zone.maxDays, { min: number(zone.minDays) });
  return (
    <section className="stack">
      <h1>{t("dashboard.delivery.title")}</h1>
      <p className="muted">{t("dashboard.delivery.hint")}</p>
      {notice && !actionData ? (
        <p className="notice" role="status">
          {t(notice)}
        </p>
      ) : null}
      {zones.length === 0 ? (
        <p className="notice notice--warn">{t("dashboard.delivery.none")}</p>
      ) : (
        <div className="table-scroll">
          <table className="dashboard-table stack-table">
            <caption className="visually-hidden">{t("dashboard.delivery.zones")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("dashboard.delivery.places")}</th>
                <th scope="col">{t("dashboard.delivery.fee")}</th>
                <th scope="col">{t("dashboard.delivery.freeFrom")}</th>
                <th scope="col">{t("dashboard.delivery.time")}</th>
                <th scope="col">{t("common.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {zones.map((zone) => (
                <tr key={zone.id}>
                  <td data-label={t("dashboard.delivery.places")}>{places(zone)}</td>
                  <td data-label={t("dashboard.delivery.fee")}>{zone.feeQ > 0 ? money(zone.feeQ) : t("checkout.free")}</td>
                  <td data-label={t("dashboard.delivery.freeFrom")}>{zone.freeFromQ === null ? "—" : money(zone.freeFromQ)}</td>
                  <td data-label={t("dashboard.delivery.time")}>{days(zone)}</td>
                  <td data-label={t("common.actions")}>
                    <div className="inline-form">
                      <Link to={`/dashboard/delivery?zone=${zone.id}#zone-${zone.id}`}>{t("dashboard.delivery.edit")}</Link>
                      <Form method="post">
                        <input type="hidden" name="zoneId" value={zone.id} />
                        <button type="submit" name="intent" value="delete" className="button--secondary">
                          {t("dashboard.delivery.delete")}
                        </button>
                      </Form>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Form method="post" {...getFormProps(form)} className="stack card" aria-labelledby="zone-form-title">
        <h2 id="zone-form-title">{t(editing ? "dashboard.delivery.change" : "dashboard.delivery.add")}</h2>
        <input type="hidden" name="intent" value="save" />
        {editing ? <input type="hidden" name="zoneId" value={editing.id} /> : null}
        <ErrorList id={form.errorId} errors={form.errors} />
        <fieldset className="listing-form__section stack" aria-describedby={`${fields.districts.errorId} ${fields.everywhere.errorId}`}>
          <legend>{t("dashboard.delivery.places")}</legend>
          <label className="check">
            <input type="checkbox" name="everywhere" defaultChecked={chosenEverywhere} disabled={everywhereTaken} /> {t("dashboard.delivery.everywhere")}
          </label>
          {everywhereTaken ? <p className="field__hint">{t("dashboard.delivery.everywhereTaken")}</p> : null}
          <ErrorList id={fields.everywhere.errorId} errors={fields.everywhere.errors} />
          <p className="field__hint">{t("dashboard.delivery.placesHint")}</p>
          {groups.map((group) => {
            const open = chosenRegions.has(group.slug) || group.districts.some((d) => chosenDistricts.has(d));
            return (
              <details key={group.slug} open={open} className="zone-region">
                <summary>{group.name}</summary>
                <div className="zone-region__districts">
                  <label className="check">
                    <input type="checkbox" name="regions" value={group.slug} defaultChecked={chosenRegions.has(group.slug)} />{" "}
                    {t("dashboard.delivery.wholeRegion", { region: group.name })}
                  </label>
                  {group.districts.map((district) => (
                    <label key={district} className="check">
                      <input type="checkbox" name="districts" value={district} defaultChecked={chosenDistricts.has(district)} /> {district}
                      {elsewhere.has(district) ? <span className="muted"> ({t("dashboard.delivery.inOtherZone")})</span> : null}
                    </label>
                  ))}
                </div>
              </details>
            );
          })}
          <ErrorList id={fields.districts.errorId} errors={fields.districts.errors} />
        </fieldset>
        <div className="listing-form__grid">
          <Field
            label={t("dashboard.delivery.fee")}
            hint={t("dashboard.listing.priceHint")}
            inputProps={{ ...getInputProps(fields.fee, { type: "text" }), inputMode: "decimal" }}
            errors={fields.fee.errors}
            errorId={fields.fee.errorId}
          />
          <Field
            label={t("dashboard.delivery.freeFrom")}
            hint={t("dashboard.delivery.freeFromHint")}
            inputProps={{ ...getInputProps(fields.freeFrom, { type: "text" }), inputMode: "decimal" }}
            errors={fields.freeFrom.errors}
            errorId={fields.freeFrom.errorId}
          />
          <Field
            label={t("dashboard.delivery.minDays")}
            inputProps={{ ...getInputProps(fields.minDays, { type: "number" }), min: 0 }}
            errors={fields.minDays.errors}
            errorId={fields.minDays.errorId}
          />
          <Field
            label={t("dashboard.delivery.maxDays")}
            inputProps={{ ...getInputProps(fields.maxDays, { type: "number" }), min: 0 }}
            errors={fields.maxDays.errors}
            errorId={fields.maxDays.errorId}
          />
        </div>
        <div className="inline-form">
          <button type="submit" className="button">
            {t("dashboard.delivery.save")}
          </button>
          {editing ? <Link to="/dashboard/delivery">{t("dashboard.delivery.cancelEdit")}</Link> : null}
        </div>
      </Form>
    </section>
  );
}
