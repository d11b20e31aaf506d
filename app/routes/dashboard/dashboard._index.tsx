import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { listingWarnings } from "~/models/listings/listings.server";
import { currentMonth } from "~/models/catalog/season";
import { producerStockWatch } from "~/models/listings/stock-alerts.server";
import { StockWatch } from "./components/stock-watch";
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
  const [summary, warnings, stock, tasks] = await Promise.all([
    producerOrderSummary(user.producerId),
    listingWarnings(user.producerId, locale, currentMonth()),
    producerStockWatch(user.producerId, locale),
    listOpenTasks(user.producerId),
  ]);
  return { active: true as const, name: user.name, summary, warnings, stock, tasks };
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
  const { summary, warnings, stock, tasks } = loaderData;
  const nothingToDo = !stock.items.length && !stock.seasons.length && !warnings.outOfSeason.length && !warnings.rejected.length;
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

      <StockWatch items={stock.items} seasons={stock.seasons} />

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
                  <button type="submit" name="intent" value="completeTask" className="button button--small button--secondary">
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
