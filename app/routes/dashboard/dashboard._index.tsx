import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/general-error-boundary";
import { listingWarnings } from "~/models/listings/listings.server";
import { currentMonth } from "~/models/catalog/season";
import { listOpenTasks, completeTask } from "~/models/mentoring/producer-tasks.server";
import { producerOrderSummary } from "~/models/orders/producer-summary.server";
import { requireProducerMember } from "~/utils/auth.server";
import { requireActiveProducerMember } from "~/utils/dashboard.server";
import { notFound } from "~/utils/http.server";
import { getLocale } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireProducerMember(request);
  if (user.producerStatus !== "ACTIVE") return { active: false as const, name: user.name };
  const locale = await getLocale(request);
  const [summary, warnings, tasks] = await Promise.all([
    producerOrderSummary(user.producerId),
    listingWarnings(user.producerId, locale, currentMonth()),
    listOpenTasks(user.producerId),
  ]);
  return { active: true as const, name: user.name, summary, warnings, tasks };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireActiveProducerMember(request);
  const form = await request.formData();
  const taskId = form.get("taskId");
  if (form.get("intent") !== "completeTask" || typeof taskId !== "string") {
    return data({ ok: false as const }, { status: 400 });
  }
  if (!(await completeTask(user.producerId, taskId, user.id))) notFound();
  return { ok: true as const };
}

export default function DashboardOverview() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, plural, money, date, month } = useTranslator();
  if (!loaderData.active) {
    return (
      <section className="stack">
        <h1>{t("dashboard.overview.title")}</h1>
        <p>
          <Link to="/dashboard/profile" className="button">
            {t("dashboard.nav.profile")}
          </Link>
        </p>
      </section>
    );
  }
  const { summary, warnings, tasks } = loaderData;
  const nothingToDo = !warnings.lowStock.length && !warnings.outOfSeason.length && !warnings.rejected.length;
  return (
    <section className="stack">
      <h1>{t("dashboard.overview.title")}</h1>
      {actionData?.ok ? (
        <p className="notice" role="status">
          {t("dashboard.overview.taskCompleted")}
        </p>
      ) : null}
      <ul className="dashboard-stats">
        <li className="card dashboard-stat">
          <h2 className="dashboard-stat__label">{t("dashboard.overview.ordersWaiting")}</h2>
          <p className="dashboard-stat__value">{summary.waitingTotal}</p>
          <Link to="/dashboard/orders">{t("dashboard.overview.seeOrders")}</Link>
        </li>
        <li className="card dashboard-stat">
          <h2 className="dashboard-stat__label">{t("dashboard.overview.monthSales")}</h2>
          <p className="dashboard-stat__value">{money(summary.monthSalesQ)}</p>
          <p className="muted">{plural("dashboard.overview.monthOrders", summary.monthOrders)}</p>
        </li>
        <li className="card dashboard-stat">
          <h2 className="dashboard-stat__label">{t("payouts.balance")}</h2>
          <p className="dashboard-stat__value">{money(summary.balanceQ)}</p>
          <Link to="/dashboard/payouts">{t("dashboard.overview.seePayouts")}</Link>
        </li>
      </ul>

      {nothingToDo ? <p className="notice">{t("dashboard.overview.allGood")}</p> : null}

      {warnings.lowStock.length ? (
        <section className="card" aria-labelledby="low-stock">
          <h2 id="low-stock">{t("dashboard.overview.lowStock")}</h2>
          <ul>
            {warnings.lowStock.map((item) => (
              <li key={`${item.productId}-${item.variant ?? ""}`}>
                {item.variant
                  ? t("dashboard.overview.lowStockVariant", { title: item.title, variant: item.variant, stock: item.stock })
                  : t("dashboard.overview.lowStockItem", { title: item.title, stock: item.stock })}{" "}
                <Link to={`/dashboard/products/${item.productId}`}>
                  {t("dashboard.overview.edit")}
                  <span className="visually-hidden">: {item.title}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {warnings.outOfSeason.length ? (
        <section className="card" aria-labelledby="out-of-season">
          <h2 id="out-of-season">{t("dashboard.overview.outOfSeason")}</h2>
          <p className="muted">{t("dashboard.overview.outOfSeasonHint")}</p>
          <ul>
            {warnings.outOfSeason.map((item) => (
              <li key={item.productId}>
                <Link to={`/dashboard/products/${item.productId}`}>{item.title}</Link>{" "}
                <span className="muted">({item.months.map((m) => month(m)).join(", ")})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {warnings.rejected.length ? (
        <section className="card" aria-labelledby="rejected">
          <h2 id="rejected">{t("dashboard.overview.rejected")}</h2>
          <ul>
            {warnings.rejected.map((item) => (
              <li key={item.productId}>
                <Link to={`/dashboard/products/${item.productId}`}>{item.title}</Link>:{" "}
                {item.reason ? t("dashboard.products.rejectedReason", { reason: item.reason }) : t("dashboard.overview.noReason")}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="card" aria-labelledby="tasks">
        <h2 id="tasks">{t("dashboard.overview.tasks")}</h2>
        {tasks.length === 0 ? (
          <p className="muted">{t("dashboard.overview.noTasks")}</p>
        ) : (
          <ul className="dashboard-tasks">
            {tasks.map((task) => (
              <li key={task.id}>
                <div>
                  <strong>{task.title}</strong>
                  <p className="muted">
                    {t("dashboard.overview.taskDue", { date: date(task.dueDate) })} · {t("dashboard.overview.taskFrom", { name: task.author.name })}
                  </p>
                </div>
                <Form method="post">
                  <input type="hidden" name="taskId" value={task.id} />
                  <button
                    type="submit"
                    name="intent"
                    value="completeTask"
                    className="button button--small button--secondary"
                  >
                    {t("dashboard.overview.taskDone")}
                    <span className="visually-hidden">: {task.title}</span>
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
