import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ForecastPanel, MonthlySalesChart, MonthlyTable } from "~/components/demand-planning";
import { FilterSelect } from "~/components/forms";
import type { MessageKey } from "~/locales/types";
import { producersForTasks, programmePlanning, unmetDemand } from "~/models/insights/planning.server";
import { reportFilterOptions } from "~/models/insights/programme-reports.server";
import { parseReportFilters, reportRangeError } from "~/models/insights/report-filters";
import { dueDateFromDay } from "~/models/mentoring/mentoring-schemas";
import { addMentorTask } from "~/models/mentoring/tasks.server";
import { unmetTaskSchema } from "~/models/mentoring/unmet-task-schema";
import { doneUrl, DoneNotice } from "~/routes/admin/components/admin-ui";
import { requireStaff } from "~/utils/auth.server";
import { bakuToday } from "~/utils/baku-time";
import { invariantResponse, notFound } from "~/utils/http.server";
import { getLocale } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

function filtersOf(request: Request) {
  const params = new URL(request.url).searchParams;
  const rangeError = reportRangeError(params);
  invariantResponse(!rangeError, rangeError ?? "");
  const { region, sector } = parseReportFilters(params);
  return { region, sector };
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  const locale = await getLocale(request);
  const filters = filtersOf(request);
  const [planning, unmet, producers, options] = await Promise.all([
    programmePlanning(filters),
    unmetDemand(filters, locale),
    producersForTasks(filters),
    reportFilterOptions(locale),
  ]);
  const today = bakuToday();
  const inTwoWeeks = bakuToday(new Date(Date.now() + 14 * 86_400_000));
  return { filters, planning, unmet, producers, options, today, inTwoWeeks };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaff(request);
  const submission = parseWithZod(await request.formData(), { schema: unmetTaskSchema });
  if (submission.status !== "success") {
    const row = typeof submission.payload.row === "string" ? submission.payload.row : "";
    return data({ row, errors: submission.error ?? {} }, { status: 400 });
  }
  const { producerId, title, dueDate } = submission.value;
  if (!(await addMentorTask(user.id, producerId, { title, dueDate: dueDateFromDay(dueDate) }))) notFound();
  const back = new URL(request.url);
  back.searchParams.delete("done");
  throw redirect(doneUrl(back.pathname, "taskAdded", Object.fromEntries(back.searchParams)));
}

/** One "create a task" form for a row: the family (fixed or chosen), the task's words and its due day. */
function TaskForm({
  row,
  producerId,
  producers,
  title,
  label,
}: {
  row: string;
  producerId?: string;
  producers: { id: string; name: string }[];
  title: string;
  /** what the row is about, for the button's accessible name */
  label: string;
}) {
  const { t } = useTranslator();
  const { today, inTwoWeeks } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const errors = reply?.row === row ? reply.errors : {};
  const error = (field: string) => {
    const messages = errors[field];
    return messages?.length ? <p className="field__error">{t(messages[0] as MessageKey)}</p> : null;
  };
  return (
    <details className="planning__task" open={reply?.row === row ? true : undefined}>
      <summary>
        {t("planning.unmet.createTask")}
        <span className="visually-hidden">: {label}</span>
      </summary>
      <Form method="post" className="stack">
        <input type="hidden" name="row" value={row} />
        {producerId ? (
          <input type="hidden" name="producerId" value={producerId} />
        ) : (
          <div className="field">
            <label htmlFor={`${row}-producer`}>{t("planning.unmet.producer")}</label>
            <select id={`${row}-producer`} name="producerId" required defaultValue="">
              <option value="" disabled>
                {t("planning.unmet.chooseProducer")}
              </option>
              {producers.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
            {error("producerId")}
          </div>
        )}
        <div className="field">
          <label htmlFor={`${row}-title`}>{t("admin.tasks.taskTitle")}</label>
          <input id={`${row}-title`} name="title" defaultValue={title} required maxLength={200} />
          {error("title")}
        </div>
        <div className="field">
          <label htmlFor={`${row}-due`}>{t("admin.tasks.due")}</label>
          <input id={`${row}-due`} name="dueDate" type="date" min={today} defaultValue={inTwoWeeks} required />
          {error("dueDate")}
        </div>
        <button type="submit" className="button">
          {t("planning.unmet.addTask")}
        </button>
      </Form>
    </details>
  );
}

export default function ProgrammePlanning() {
  const { filters, planning, unmet, producers, options } = useLoaderData<typeof loader>();
  const { t, number, date } = useTranslator();
  return (
    <section className="admin-page planning" aria-labelledby="planning-title">
      <h1 id="planning-title">{t("planning.programme.title")}</h1>
      <DoneNotice />
      <p className="muted">{t("planning.programme.lead")}</p>
      <Form method="get" className="filters filters--inline" aria-label={t("admin.filters.label")}>
        <FilterSelect
          id="planning-region"
          name="region"
          label={t("common.region")}
          anyLabel={t("admin.filters.any")}
          value={filters.region}
          options={options.regions}
        />
        <FilterSelect
          id="planning-sector"
          name="sector"
          label={t("common.sector")}
          anyLabel={t("admin.filters.any")}
          value={filters.sector}
          options={options.sectors}
        />
        <div className="filters__actions">
          <button type="submit" className="button">
            {t("admin.filters.apply")}
          </button>
          <Link to="/admin/planning">{t("admin.filters.reset")}</Link>
        </div>
      </Form>

      <h2>{t("planning.programme.demand")}</h2>
      <p className="muted">{t("planning.method")}</p>
      <ForecastPanel plan={planning.plan} kind="money" title={t("planning.forecastSales")} chartTitle={t("planning.forecastChart")} />
      <MonthlySalesChart monthly={planning.monthly} />
      <MonthlyTable monthly={planning.monthly} caption={t("planning.monthsAll")} sales="orders" area="admin" />

      <h2 id="unmet-title">{t("planning.unmet.title")}</h2>
      <p className="muted">{t("planning.unmet.lead")}</p>
      <h3>{t("planning.unmet.searches")}</h3>
      {unmet.searches.length === 0 ? (
        <p className="muted">{t("planning.unmet.noSearches")}</p>
      ) : (
        <ul className="planning__unmet">
          {unmet.searches.map((s, i) => (
            <li key={s.query} className="card">
              <p>
                <strong>“{s.query}”</strong> — {t("planning.unmet.searchCount", { count: number(s.count), day: date(s.lastDay) })}
              </p>
              <TaskForm row={`s${i}`} producers={producers} title={t("planning.unmet.searchTask", { query: s.query, count: s.count })} label={s.query} />
            </li>
          ))}
        </ul>
      )}
      <h3>{t("planning.unmet.waiting")}</h3>
      {unmet.waiting.length === 0 ? (
        <p className="muted">{t("planning.unmet.noWaiting")}</p>
      ) : (
        <ul className="planning__unmet">
          {unmet.waiting.map((w, i) => (
            <li key={`${w.productId}-${w.kind}`} className="card">
              <p>
                <Link to={`/products/${w.slug}`}>
                  <strong>{w.title}</strong>
                </Link>{" "}
                — <Link to={`/admin/producers/${w.producerId}`}>{w.producerName}</Link>, {w.region}
              </p>
              <p>{t(w.kind === "SEASON" ? "planning.unmet.waitingSeason" : "planning.unmet.waitingStock", { count: number(w.count), day: date(w.since) })}</p>
              <TaskForm
                row={`w${i}`}
                producerId={w.producerId}
                producers={producers}
                title={t(w.kind === "SEASON" ? "planning.unmet.seasonTask" : "planning.unmet.stockTask", { product: w.title, count: w.count })}
                label={`${w.title} (${w.producerName})`}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
