import { getFormProps, getInputProps, getSelectProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorList, Field } from "~/components/forms";
import { isMessageKey } from "~/locales/index.server";
import type { MessageKey } from "~/locales/types";
import { getListingForEdit } from "~/models/listings/listings.server";
import { capacitySchema, MAX_CAPACITY, MAX_WEEKS, slotSchema, weeklySlotsSchema } from "~/models/listings/slot-schema";
import { addSlot, addWeeklySlots, listSlots, setSlotCapacity, setSlotClosed } from "~/models/listings/slots.server";
import { requireActiveProducerMember } from "~/utils/dashboard.server";
import { found, notFound } from "~/utils/http.server";
import { useTranslator } from "~/utils/use-translator";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireActiveProducerMember(request);
  const listing = await getListingForEdit(user.producerId, params.id ?? "");
  if (!listing) notFound();
  const slots = listing.kind === "EXPERIENCE" ? found(await listSlots(user.producerId, listing.id)) : { upcoming: [], past: [] };
  return { listing: { id: listing.id, title: listing.titleAz, kind: listing.kind, groupSize: listing.maxGuests }, ...slots };
}

type SlotReply =
  | { intent: "add" | "weekly"; reply: SubmissionResult<string[]>; message?: MessageKey; count?: number }
  | { intent: "slot"; slotId: string; ok: boolean; error?: MessageKey; message?: MessageKey };

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireActiveProducerMember(request);
  const productId = params.id ?? "";
  const form = await request.formData();
  const intent = form.get("intent");
  if (intent === "add" || intent === "weekly") {
    const submission = intent === "add" ? parseWithZod(form, { schema: slotSchema }) : parseWithZod(form, { schema: weeklySlotsSchema });
    if (submission.status !== "success") return data<SlotReply>({ intent, reply: submission.reply() }, { status: 400 });
    const result = found(
      intent === "add"
        ? await addSlot(user.producerId, productId, submission.value as never)
        : await addWeeklySlots(user.producerId, productId, submission.value as never),
    );
    if (!result.ok) {
      const reply = result.field ? submission.reply({ fieldErrors: { [result.field]: [result.error] } }) : submission.reply({ formErrors: [result.error] });
      return data<SlotReply>({ intent, reply }, { status: 400 });
    }
    return data<SlotReply>({
      intent,
      reply: submission.reply({ resetForm: true }),
      message: intent === "add" ? "dashboard.slots.added" : "dashboard.slots.addedWeekly",
      count: result.created ?? 0,
    });
  }
  const slotId = String(form.get("slotId") ?? "");
  if (intent === "capacity") {
    const parsed = capacitySchema.safeParse(Object.fromEntries(form));
    if (!parsed.success) {
      const message = parsed.error.issues[0]?.message;
      return data<SlotReply>({ intent: "slot", slotId, ok: false, error: message && isMessageKey(message) ? message : "form.invalid" }, { status: 400 });
    }
    const result = found(await setSlotCapacity(user.producerId, productId, slotId, parsed.data.capacity));
    if (!result.ok) return data<SlotReply>({ intent: "slot", slotId, ok: false, error: result.error }, { status: 400 });
    return data<SlotReply>({ intent: "slot", slotId, ok: true, message: "dashboard.slots.capacitySaved" });
  }
  if (intent === "close" || intent === "reopen") {
    found(await setSlotClosed(user.producerId, productId, slotId, intent === "close"));
    return data<SlotReply>({ intent: "slot", slotId, ok: true, message: intent === "close" ? "dashboard.slots.closedDone" : "dashboard.slots.reopened" });
  }
  return data({ intent: "unknown" }, { status: 400 });
}

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

type Slot = { id: string; startsAt: Date | string; capacity: number; seatsTaken: number; closed: boolean };

function SlotTable({ slots, caption, reply, past }: { slots: Slot[]; caption: string; reply: SlotReply | null; past?: boolean }) {
  const { t } = useTranslator();
  return (
    <table className="dashboard-table stack-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("dashboard.slots.when")}</th>
          <th scope="col" className="num">
            {t("dashboard.slots.booked")}
          </th>
          <th scope="col">{t("dashboard.slots.capacity")}</th>
          <th scope="col">{t("common.status")}</th>
          <th scope="col">{t("common.actions")}</th>
        </tr>
      </thead>
      <tbody>
        {slots.map((slot) => (
          <SlotRow key={slot.id} slot={slot} reply={reply} past={past} />
        ))}
      </tbody>
    </table>
  );
}

function SlotRow({ slot, reply, past }: { slot: Slot; reply: SlotReply | null; past?: boolean }) {
  const { t, dateTime } = useTranslator();
  const mine = reply && reply.intent === "slot" && reply.slotId === slot.id ? reply : null;
  const capacityId = `capacity-${slot.id}`;
  return (
    <tr>
      <th scope="row">{dateTime(slot.startsAt)}</th>
      <td data-label={t("dashboard.slots.booked")} className="num">
        {slot.seatsTaken}
      </td>
      <td data-label={t("dashboard.slots.capacity")}>
        {past ? (
          slot.capacity
        ) : (
          <Form method="post" className="slot-capacity">
            <input type="hidden" name="slotId" value={slot.id} />
            <label htmlFor={capacityId} className="visually-hidden">
              {t("dashboard.slots.capacityFor", { when: dateTime(slot.startsAt) })}
            </label>
            <input
              id={capacityId}
              name="capacity"
              type="number"
              min={Math.max(1, slot.seatsTaken)}
              max={MAX_CAPACITY}
              defaultValue={slot.capacity}
              key={slot.capacity}
              aria-invalid={mine && !mine.ok ? true : undefined}
              aria-describedby={mine && !mine.ok ? `${capacityId}-error` : undefined}
            />
            <button type="submit" name="intent" value="capacity" className="button button--small button--secondary">
              {t("form.save")}
            </button>
            {mine && !mine.ok && mine.error ? (
              <p className="field__errors" id={`${capacityId}-error`}>
                {t(mine.error)}
              </p>
            ) : null}
          </Form>
        )}
      </td>
      <td data-label={t("common.status")}>
        {slot.closed ? <span className="badge badge--muted">{t("dashboard.slots.closed")}</span> : <span className="badge">{t("dashboard.slots.open")}</span>}
      </td>
      <td data-label={t("common.actions")}>
        {past ? null : (
          <Form method="post">
            <input type="hidden" name="slotId" value={slot.id} />
            <button type="submit" name="intent" value={slot.closed ? "reopen" : "close"} className="link-button">
              {t(slot.closed ? "dashboard.slots.reopen" : "dashboard.slots.close")}
              <span className="visually-hidden">: {dateTime(slot.startsAt)}</span>
            </button>
          </Form>
        )}
      </td>
    </tr>
  );
}

export default function ListingSlots() {
  const { listing, upcoming, past } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as SlotReply | { intent: "unknown" } | undefined;
  const reply = actionData && actionData.intent !== "unknown" ? actionData : null;
  const { t, weekday } = useTranslator();
  const [addForm, addFields] = useForm({
    id: "add-slot",
    defaultValue: listing.groupSize > 0 ? { capacity: String(listing.groupSize) } : undefined,
    lastResult: reply?.intent === "add" ? reply.reply : undefined,
    constraint: getZodConstraint(slotSchema),
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: slotSchema }),
  });
  const [weeklyForm, weeklyFields] = useForm({
    id: "weekly-slots",
    defaultValue: listing.groupSize > 0 ? { capacity: String(listing.groupSize) } : undefined,
    lastResult: reply?.intent === "weekly" ? reply.reply : undefined,
    constraint: getZodConstraint(weeklySlotsSchema),
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: weeklySlotsSchema }),
  });
  const notice = reply && "message" in reply && reply.message ? t(reply.message, { count: reply.intent !== "slot" ? (reply.count ?? 0) : 0 }) : null;
  return (
    <section className="stack">
      <p>
        <Link to={`/dashboard/products/${listing.id}`}>← {listing.title}</Link>
      </p>
      <h1>{t("dashboard.slots.title", { title: listing.title })}</h1>
      {listing.kind !== "EXPERIENCE" ? (
        <p className="notice notice--warn">{t("dashboard.slots.notExperience")}</p>
      ) : (
        <>
          <p className="muted">{t("dashboard.slots.timezone")}</p>
          {notice ? (
            <p className="notice" role="status">
              {notice}
            </p>
          ) : null}
          <div className="slot-forms">
            <Form method="post" {...getFormProps(addForm)} className="card stack">
              <h2>{t("dashboard.slots.addOne")}</h2>
              <ErrorList id={addForm.errorId} errors={addForm.errors} />
              <Field
                label={t("dashboard.slots.date")}
                inputProps={getInputProps(addFields.date, { type: "date" })}
                errors={addFields.date.errors}
                errorId={addFields.date.errorId}
              />
              <Field
                label={t("dashboard.slots.time")}
                inputProps={getInputProps(addFields.time, { type: "time" })}
                errors={addFields.time.errors}
                errorId={addFields.time.errorId}
              />
              <Field
                label={t("dashboard.slots.capacity")}
                inputProps={{ ...getInputProps(addFields.capacity, { type: "text" }), inputMode: "numeric" }}
                errors={addFields.capacity.errors}
                errorId={addFields.capacity.errorId}
              />
              <button type="submit" name="intent" value="add" className="button">
                {t("dashboard.slots.addButton")}
              </button>
            </Form>
            <Form method="post" {...getFormProps(weeklyForm)} className="card stack">
              <h2>{t("dashboard.slots.addWeekly")}</h2>
              <ErrorList id={weeklyForm.errorId} errors={weeklyForm.errors} />
              <div className="field">
                <label htmlFor={weeklyFields.weekday.id}>{t("dashboard.slots.weekday")}</label>
                <select {...getSelectProps(weeklyFields.weekday)}>
                  {WEEKDAYS.map((day) => (
                    <option key={day} value={String(day)}>
                      {weekday(day)}
                    </option>
                  ))}
                </select>
                <ErrorList id={weeklyFields.weekday.errorId} errors={weeklyFields.weekday.errors} />
              </div>
              <Field
                label={t("dashboard.slots.time")}
                inputProps={getInputProps(weeklyFields.time, { type: "time" })}
                errors={weeklyFields.time.errors}
                errorId={weeklyFields.time.errorId}
              />
              <Field
                label={t("dashboard.slots.fromDate")}
                inputProps={getInputProps(weeklyFields.fromDate, { type: "date" })}
                errors={weeklyFields.fromDate.errors}
                errorId={weeklyFields.fromDate.errorId}
              />
              <Field
                label={t("dashboard.slots.weeks")}
                inputProps={{ ...getInputProps(weeklyFields.weeks, { type: "number" }), min: 1, max: MAX_WEEKS }}
                errors={weeklyFields.weeks.errors}
                errorId={weeklyFields.weeks.errorId}
              />
              <Field
                label={t("dashboard.slots.capacity")}
                inputProps={{ ...getInputProps(weeklyFields.capacity, { type: "text" }), inputMode: "numeric" }}
                errors={weeklyFields.capacity.errors}
                errorId={weeklyFields.capacity.errorId}
              />
              <button type="submit" name="intent" value="weekly" className="button">
                {t("dashboard.slots.addWeeklyButton")}
              </button>
            </Form>
          </div>

          <h2>{t("dashboard.slots.upcoming")}</h2>
          {upcoming.length === 0 ? (
            <p className="muted">{t("dashboard.slots.none")}</p>
          ) : (
            <div className="table-scroll">
              <SlotTable slots={upcoming} caption={t("dashboard.slots.upcoming")} reply={reply} />
            </div>
          )}
          {past.length ? (
            <details>
              <summary>{t("dashboard.slots.past")}</summary>
              <SlotTable slots={past} caption={t("dashboard.slots.past")} reply={reply} past />
            </details>
          ) : null}
        </>
      )}
    </section>
  );
}
