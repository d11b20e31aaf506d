import { OWN_PRODUCER } from "~/models/accounts/separation.server";
import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { doneUrl, DoneNotice, StatusBadge, type DoneCode } from "~/routes/admin/components/admin-ui";
import { ErrorList, Field, TextareaField } from "~/components/forms";
import { LISTING_STATUSES } from "~/models/listings/listing-status";
import { dueDateFromDay, noteSchema, taskSchema } from "~/models/mentoring/mentoring-schemas";
import { addMentorNote, listMentorNotes } from "~/models/mentoring/notes.server";
import { addMentorTask, listTasksForStaff } from "~/models/mentoring/tasks.server";
import { producerStandingSchema } from "~/models/producers/producer-admin-schema";
import { listStaffMembers, producerForStaff } from "~/models/producers/producer-admin.server";
import { assignMentor, reactivateProducer, setProducerVerified, suspendProducer, type ProducerChangeResult } from "~/models/producers/producer-review.server";
import { requireStaff } from "~/utils/auth.server";
import { notFound } from "~/utils/http.server";
import { getLocale } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";
import { bakuToday } from "~/utils/baku-time";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request);
  const id = params.id ?? "";
  const producer = await producerForStaff(id, await getLocale(request));
  if (!producer) notFound();
  const [notes, tasks, staff] = await Promise.all([listMentorNotes(id), listTasksForStaff(id), listStaffMembers()]);
  return { producer, notes, tasks, staff, today: bakuToday() };
}

type ActionReply = { formId: string; reply: SubmissionResult<string[]> };

const STANDING_DONE: Record<string, DoneCode> = {
  suspend: "producerSuspended",
  reactivate: "producerReactivated",
  verify: "verifiedGranted",
  unverify: "verifiedRevoked",
  "assign-mentor": "mentorAssigned",
};

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireStaff(request);
  const id = params.id ?? "";
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const here = `/admin/producers/${id}`;

  if (intent === "add-note") {
    const submission = parseWithZod(formData, { schema: noteSchema });
    if (submission.status !== "success") return data<ActionReply>({ formId: intent, reply: submission.reply() }, { status: 400 });
    if (!(await addMentorNote(user.id, id, submission.value.body))) notFound();
    throw redirect(doneUrl(here, "noteAdded"));
  }
  if (intent === "add-task") {
    const submission = parseWithZod(formData, { schema: taskSchema });
    if (submission.status !== "success") return data<ActionReply>({ formId: intent, reply: submission.reply() }, { status: 400 });
    const { title, dueDate } = submission.value;
    if (!(await addMentorTask(user.id, id, { title, dueDate: dueDateFromDay(dueDate) }))) notFound();
    throw redirect(doneUrl(here, "taskAdded"));
  }

  const submission = parseWithZod(formData, { schema: producerStandingSchema });
  if (submission.status !== "success") return data<ActionReply>({ formId: intent, reply: submission.reply() }, { status: 400 });
  const value = submission.value;
  let result: ProducerChangeResult;
  switch (value.intent) {
    case "suspend":
      result = await suspendProducer(user.id, id, value.reason);
      break;
    case "reactivate":
      result = await reactivateProducer(user.id, id, value.reason);
      break;
    case "verify":
    case "unverify":
      result = await setProducerVerified(user.id, id, value.intent === "verify");
      break;
    case "assign-mentor":
      result = await assignMentor(user.id, id, value.mentorId ?? null);
      break;
  }
  if (!result.ok) {
    if (result.error === "notFound") notFound();
    const field: Record<string, string[]> = result.error === "admin.producer.mentorInvalid" ? { mentorId: [result.error] } : { "": [result.error] };
    return data<ActionReply>({ formId: intent, reply: submission.reply({ fieldErrors: field }) }, { status: result.error === OWN_PRODUCER ? 403 : 409 });
  }
  throw redirect(doneUrl(here, STANDING_DONE[value.intent]));
}

function useReply(formId: string) {
  const actionData = useActionData<typeof action>();
  return actionData?.formId === formId ? actionData.reply : undefined;
}

function StandingForms() {
  const { producer } = useLoaderData<typeof loader>();
  const { t } = useTranslator();
  const intent = producer.status === "SUSPENDED" ? "reactivate" : "suspend";
  const [form, fields] = useForm({
    id: intent,
    lastResult: useReply(intent),
    constraint: getZodConstraint(producerStandingSchema),
    shouldValidate: "onSubmit",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: producerStandingSchema }),
  });
  const verifyReply = useReply(producer.verified ? "unverify" : "verify");
  if (producer.status !== "ACTIVE" && producer.status !== "SUSPENDED") {
    return (
      <p className="muted">
        {producer.status === "APPLIED" ? <Link to="/admin">{t("admin.producer.decideInQueue")}</Link> : t("admin.producer.noStandingActions")}
      </p>
    );
  }
  return (
    <div className="admin-columns">
      <Form method="post" {...getFormProps(form)} className="stack card">
        <h3>{t(intent === "suspend" ? "admin.producer.suspendTitle" : "admin.producer.reactivateTitle")}</h3>
        <p className="muted">{t(intent === "suspend" ? "admin.producer.suspendHint" : "admin.producer.reactivateHint")}</p>
        <input type="hidden" name="intent" value={intent} />
        <ErrorList id={form.errorId} errors={form.errors} />
        <TextareaField
          label={t(intent === "suspend" ? "admin.producer.suspendReason" : "admin.producer.reactivateReason")}
          textareaProps={{ ...getTextareaProps(fields.reason), rows: 2 }}
          errors={fields.reason.errors}
          errorId={fields.reason.errorId}
        />
        <button type="submit" className={intent === "suspend" ? "button button--danger" : "button"}>
          {t(intent === "suspend" ? "admin.producer.suspend" : "admin.producer.reactivate")}
        </button>
      </Form>
      <Form method="post" className="stack card">
        <h3>{t("common.verified")}</h3>
        <p className="muted">{t(producer.verified ? "admin.producer.verifiedYes" : "admin.producer.verifiedNo")}</p>
        <ErrorList errors={verifyReply?.error?.[""]} />
        <button
          type="submit"
          name="intent"
          value={producer.verified ? "unverify" : "verify"}
          className={producer.verified ? "button button--secondary" : "button"}
          disabled={!producer.verified && producer.status !== "ACTIVE"}
        >
          {t(producer.verified ? "admin.producer.unverify" : "admin.producer.verify")}
        </button>
      </Form>
    </div>
  );
}

function MentorForm() {
  const { producer, staff } = useLoaderData<typeof loader>();
  const { t } = useTranslator();
  const [form, fields] = useForm({
    id: "assign-mentor",
    lastResult: useReply("assign-mentor"),
    defaultValue: { mentorId: producer.mentorId ?? "" },
  });
  return (
    <Form method="post" {...getFormProps(form)} className="admin-inline-form">
      <input type="hidden" name="intent" value="assign-mentor" />
      <div className="field">
        <label htmlFor={fields.mentorId.id}>{t("admin.producer.mentor")}</label>
        <select {...getSelectProps(fields.mentorId)}>
          <option value="">{t("admin.producer.noMentor")}</option>
          {staff.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
              {s.role === "ADMIN" ? ` (${t("admin.role.ADMIN")})` : ""}
            </option>
          ))}
        </select>
        <ErrorList id={fields.mentorId.errorId} errors={fields.mentorId.errors} />
      </div>
      <button type="submit" className="button button--secondary">
        {t("admin.producer.saveMentor")}
      </button>
    </Form>
  );
}

function NotesSection() {
  const { notes } = useLoaderData<typeof loader>();
  const { t, dateTime } = useTranslator();
  const [form, fields] = useForm({
    id: "add-note",
    lastResult: useReply("add-note"),
    constraint: getZodConstraint(noteSchema),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: noteSchema }),
  });
  return (
    <section aria-labelledby="notes-title">
      <h2 id="notes-title">{t("admin.notes.title")}</h2>
      <p className="muted">{t("admin.notes.private")}</p>
      <Form method="post" {...getFormProps(form)} className="stack admin-narrow-form">
        <input type="hidden" name="intent" value="add-note" />
        <ErrorList id={form.errorId} errors={form.errors} />
        <TextareaField
          label={t("admin.notes.body")}
          textareaProps={{ ...getTextareaProps(fields.body), rows: 3 }}
          errors={fields.body.errors}
          errorId={fields.body.errorId}
        />
        <button type="submit" className="button">
          {t("admin.notes.add")}
        </button>
      </Form>
      {notes.length === 0 ? (
        <p className="muted">{t("admin.notes.none")}</p>
      ) : (
        <ol className="admin-notes">
          {notes.map((note) => (
            <li key={note.id} className="card">
              <p className="admin-notes__body">{note.body}</p>
              <p className="muted">
                {note.author} · <time dateTime={note.createdAt}>{dateTime(note.createdAt)}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function TasksSection() {
  const { tasks, today } = useLoaderData<typeof loader>();
  const { t, date } = useTranslator();
  const [form, fields] = useForm({
    id: "add-task",
    lastResult: useReply("add-task"),
    constraint: getZodConstraint(taskSchema),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: taskSchema }),
  });
  const now = new Date().toISOString();
  return (
    <section aria-labelledby="tasks-title">
      <h2 id="tasks-title">{t("admin.tasks.title")}</h2>
      <p className="muted">{t("admin.tasks.hint")}</p>
      <Form method="post" {...getFormProps(form)} className="stack admin-narrow-form">
        <input type="hidden" name="intent" value="add-task" />
        <ErrorList id={form.errorId} errors={form.errors} />
        <Field
          label={t("admin.tasks.taskTitle")}
          inputProps={{ ...getInputProps(fields.title, { type: "text" }), maxLength: 200 }}
          errors={fields.title.errors}
          errorId={fields.title.errorId}
        />
        <Field
          label={t("admin.tasks.due")}
          inputProps={{ ...getInputProps(fields.dueDate, { type: "date" }), min: today }}
          errors={fields.dueDate.errors}
          errorId={fields.dueDate.errorId}
        />
        <button type="submit" className="button">
          {t("admin.tasks.add")}
        </button>
      </Form>
      <h3>{t("admin.tasks.open")}</h3>
      {tasks.open.length === 0 ? (
        <p className="muted">{t("admin.tasks.noneOpen")}</p>
      ) : (
        <table className="admin-table stack-table">
          <thead>
            <tr>
              <th scope="col">{t("admin.tasks.taskTitle")}</th>
              <th scope="col">{t("admin.tasks.due")}</th>
              <th scope="col">{t("admin.tasks.author")}</th>
            </tr>
          </thead>
          <tbody>
            {tasks.open.map((task) => (
              <tr key={task.id}>
                <th scope="row">{task.title}</th>
                <td data-label={t("admin.tasks.due")}>
                  {date(task.dueDate)}
                  {task.dueDate < now ? (
                    <>
                      {" "}
                      <span className="badge badge--warn">{t("admin.tasks.overdue")}</span>
                    </>
                  ) : null}
                </td>
                <td data-label={t("admin.tasks.author")}>{task.author}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t("admin.tasks.done")}</h3>
      {tasks.done.length === 0 ? (
        <p className="muted">{t("admin.tasks.noneDone")}</p>
      ) : (
        <table className="admin-table stack-table">
          <thead>
            <tr>
              <th scope="col">{t("admin.tasks.taskTitle")}</th>
              <th scope="col">{t("admin.tasks.due")}</th>
              <th scope="col">{t("admin.tasks.doneAt")}</th>
            </tr>
          </thead>
          <tbody>
            {tasks.done.map((task) => (
              <tr key={task.id}>
                <th scope="row">{task.title}</th>
                <td data-label={t("admin.tasks.due")}>{date(task.dueDate)}</td>
                <td data-label={t("admin.tasks.doneAt")}>{task.doneAt ? date(task.doneAt) : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export default function AdminProducer() {
  const { producer } = useLoaderData<typeof loader>();
  const { t, money, dateTime, number } = useTranslator();
  const { figures } = producer;
  return (
    <article className="admin-page" aria-labelledby="producer-title">
      <p>
        <Link to="/admin/producers">← {t("admin.producers.back")}</Link>
      </p>
      <h1 id="producer-title">
        {producer.name} <StatusBadge kind="producer" status={producer.status} />
        {producer.verified ? (
          <>
            {" "}
            <span className="badge">{t("common.verified")}</span>
          </>
        ) : null}
      </h1>
      <DoneNotice />
      <p className="muted">
        {producer.region}
        {producer.district ? `, ${producer.district}` : ""} · {producer.sectors.join(", ")}
        {producer.status === "ACTIVE" ? (
          <>
            {" · "}
            <Link to={`/producers/${producer.slug}`}>{t("admin.producer.publicPage")}</Link>
          </>
        ) : null}
      </p>
      {producer.statusReason ? <p className="notice notice--warn">{t("admin.producer.statusReason", { reason: producer.statusReason })}</p> : null}

      <section aria-labelledby="figures-title">
        <h2 id="figures-title">{t("admin.producer.figures")}</h2>
        <dl className="admin-figures">
          <div>
            <dt>{t("admin.producer.sales")}</dt>
            <dd>{money(figures.salesQ)}</dd>
          </div>
          <div>
            <dt>{t("admin.producer.orders")}</dt>
            <dd>{number(figures.orders)}</dd>
          </div>
          <div>
            <dt>{t("admin.producer.rating")}</dt>
            <dd>
              {figures.rating === null ? t("admin.producer.noRating") : t("admin.producer.ratingValue", { rating: figures.rating, count: figures.ratingCount })}
            </dd>
          </div>
          <div>
            <dt>{t("admin.producer.lastActivity")}</dt>
            <dd>{figures.lastActivity ? dateTime(figures.lastActivity) : t("admin.producer.never")}</dd>
          </div>
        </dl>
        {/* one row per status, so the table stays two columns wide on a phone */}
        <table className="admin-table admin-table--compact">
          <caption>{t("admin.producer.listings")}</caption>
          <tbody>
            {LISTING_STATUSES.map((status) => (
              <tr key={status}>
                <th scope="row">{t(`admin.listingStatus.${status}`)}</th>
                <td className="num">{number(figures.listings[status] ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="standing-title">
        <h2 id="standing-title">{t("admin.producer.standing")}</h2>
        <MentorForm />
        <StandingForms />
      </section>

      <section aria-labelledby="profile-title">
        <h2 id="profile-title">{t("admin.producer.profile")}</h2>
        <dl className="admin-facts">
          <dt>{t("admin.queues.members")}</dt>
          <dd>{producer.members.map((m) => `${m.name} <${m.email}>`).join(", ") || t("common.none")}</dd>
          {producer.phone ? (
            <>
              <dt>{t("admin.queues.phone")}</dt>
              <dd>{producer.phone}</dd>
            </>
          ) : null}
          <dt>{t("admin.producer.joined")}</dt>
          <dd>{dateTime(producer.createdAt)}</dd>
          {producer.approvedAt ? (
            <>
              <dt>{t("admin.producer.approvedAt")}</dt>
              <dd>{dateTime(producer.approvedAt)}</dd>
            </>
          ) : null}
        </dl>
        {producer.story ? <p className="review-card__story">{producer.story}</p> : null}
      </section>

      <TasksSection />
      <NotesSection />
    </article>
  );
}
