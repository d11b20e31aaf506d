import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { taskOverview } from "~/models/mentoring/tasks.server";
import { requireStaff } from "~/utils/auth.server";
import { useTranslator } from "~/utils/use-translator";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaff(request);
  const mineOnly = new URL(request.url).searchParams.get("mine") === "1";
  const overview = await taskOverview(user, { mineOnly });
  return { role: user.role, mineOnly, ...overview };
}

type TaskRow = { id: string; title: string; dueDate: string; producerId: string; producerName: string; mentor: string | null };

function TaskTable({ id, title, rows, empty }: { id: string; title: string; rows: TaskRow[]; empty: string }) {
  const { t, date } = useTranslator();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="badge">{rows.length}</span>
      </h2>
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <table className="admin-table stack-table">
          <thead>
            <tr>
              <th scope="col">{t("admin.tasks.taskTitle")}</th>
              <th scope="col">{t("admin.tasks.producer")}</th>
              <th scope="col">{t("admin.tasks.due")}</th>
              <th scope="col">{t("admin.producer.mentor")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((task) => (
              <tr key={task.id}>
                <th scope="row">{task.title}</th>
                <td data-label={t("admin.tasks.producer")}>
                  <Link to={`/admin/producers/${task.producerId}`}>{task.producerName}</Link>
                </td>
                <td data-label={t("admin.tasks.due")}>{date(task.dueDate)}</td>
                <td data-label={t("admin.producer.mentor")}>{task.mentor ?? t("admin.producer.noMentor")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export default function AdminTasks() {
  const { role, mineOnly, scoped, overdue, open } = useLoaderData<typeof loader>();
  const { t } = useTranslator();
  return (
    <section className="admin-page" aria-labelledby="tasks-overview-title">
      <h1 id="tasks-overview-title">{t("admin.tasksOverview.title")}</h1>
      <p className="muted">{t(scoped ? "admin.tasksOverview.scopeMine" : "admin.tasksOverview.scopeAll")}</p>
      {role === "ADMIN" ? (
        <p>
          {mineOnly ? (
            <Link to="/admin/tasks">{t("admin.tasksOverview.showAll")}</Link>
          ) : (
            <Link to="/admin/tasks?mine=1">{t("admin.tasksOverview.showMine")}</Link>
          )}
        </p>
      ) : null}
      <TaskTable id="overdue-title" title={t("admin.tasksOverview.overdue")} rows={overdue} empty={t("admin.tasksOverview.noneOverdue")} />
      <TaskTable id="open-title" title={t("admin.tasksOverview.open")} rows={open} empty={t("admin.tasksOverview.noneOpen")} />
    </section>
  );
}
