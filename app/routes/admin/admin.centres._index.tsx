import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { CentreForm } from "~/routes/admin/components/admin-centre-form";
import { doneUrl, DoneNotice } from "~/routes/admin/components/admin-ui";
import { districtGroups } from "~/models/catalog/region-data";
import { centreName } from "~/models/centres/centre-names";
import { centreSchema } from "~/models/centres/centre-schema";
import { createCentre, listCentresForAdmin } from "~/models/centres/centres.server";
import { requireRole } from "~/utils/auth.server";
import { getLocale } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ["ADMIN"]);
  return { centres: await listCentresForAdmin(), districtGroups: districtGroups(await getLocale(request)) };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireRole(request, ["ADMIN"]);
  const submission = parseWithZod(await request.formData(), { schema: centreSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const centre = await createCentre(admin.id, submission.value);
  throw redirect(doneUrl(`/admin/centres/${centre.id}`, "centreCreated"));
}

export default function AdminCentres() {
  const { centres, districtGroups } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t, locale, number } = useTranslator();
  return (
    // Not named, so not a landmark: the table's scroll box is the region that carries the title (axe: landmark-unique).
    <section className="admin-page">
      <h1 id="centres-title">{t("centre.admin.title")}</h1>
      <DoneNotice />
      <p className="muted">{t("centre.admin.lead")}</p>
      {centres.length === 0 ? (
        <p className="muted">{t("centre.admin.none")}</p>
      ) : (
        <div className="admin-table-wrap" tabIndex={0} role="region" aria-labelledby="centres-title">
          <table className="admin-table stack-table">
            <thead>
              <tr>
                <th scope="col">{t("centre.admin.centre")}</th>
                <th scope="col">{t("centre.address")}</th>
                <th scope="col">{t("common.status")}</th>
                <th scope="col" className="num">
                  {t("centre.admin.staff")}
                </th>
              </tr>
            </thead>
            <tbody>
              {centres.map((centre) => (
                <tr key={centre.id}>
                  <th scope="row">
                    <Link to={`/admin/centres/${centre.id}`}>{centreName(centre, locale)}</Link>
                  </th>
                  <td data-label={t("centre.address")}>
                    {centre.address}, {centre.district}
                  </td>
                  <td data-label={t("common.status")}>
                    <span className={`badge ${centre.active ? "" : "badge--muted"}`}>{t(centre.active ? "centre.admin.open" : "centre.admin.closed")}</span>
                  </td>
                  <td className="num" data-label={t("centre.admin.staff")}>
                    {number(centre.staffCount)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section aria-labelledby="new-centre-title" className="card">
        <h2 id="new-centre-title">{t("centre.admin.new")}</h2>
        <CentreForm id="create-centre" intent="create" lastResult={lastResult} groups={districtGroups} submitLabel={t("centre.admin.create")} />
      </section>
    </section>
  );
}
