import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { CollectionForm } from "~/routes/admin/components/admin-collection-form";
import { doneUrl, DoneNotice } from "~/routes/admin/components/admin-ui";
import { collectionSchema } from "~/models/admin/collection-schema";
import { createCollection, listCollectionsForStaff } from "~/models/admin/collections-admin.server";
import { requireStaff } from "~/utils/auth.server";
import { getLocale } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  return { collections: await listCollectionsForStaff(await getLocale(request)) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaff(request);
  const submission = parseWithZod(await request.formData(), { schema: collectionSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = await createCollection(user.id, submission.value);
  if (!result.ok) return data(submission.reply({ fieldErrors: { slug: [result.error] } }), { status: 400 });
  throw redirect(doneUrl(`/admin/collections/${result.id}`, "collectionCreated"));
}

export default function AdminCollections() {
  const { collections } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t, date, number } = useTranslator();
  return (
    // Not named, so not a landmark: the table's scroll box is the region that carries the title (axe: landmark-unique).
    <section className="admin-page">
      <h1 id="collections-title">{t("admin.collections.title")}</h1>
      <DoneNotice />
      {collections.length === 0 ? (
        <p className="muted">{t("admin.collections.none")}</p>
      ) : (
        <div className="admin-table-wrap" tabIndex={0} role="region" aria-labelledby="collections-title">
          <table className="admin-table stack-table">
            <thead>
              <tr>
                <th scope="col">{t("admin.collection.title")}</th>
                <th scope="col">{t("admin.collection.state")}</th>
                <th scope="col">{t("admin.collection.schedule")}</th>
                <th scope="col" className="num">
                  {t("admin.collection.position")}
                </th>
                <th scope="col" className="num">
                  {t("admin.collection.products")}
                </th>
              </tr>
            </thead>
            <tbody>
              {collections.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link to={`/admin/collections/${c.id}`}>{c.title}</Link> <span className="muted">({c.slug})</span>
                  </th>
                  <td data-label={t("admin.collection.state")}>
                    <span className={`badge ${c.state === "onHome" ? "" : "badge--muted"}`}>{t(`admin.collection.state.${c.state}`)}</span>
                  </td>
                  <td data-label={t("admin.collection.schedule")}>
                    {c.startsOn ? date(c.startsOn) : t("admin.collection.always")} – {c.endsOn ? date(c.endsOn) : t("admin.collection.noEnd")}
                  </td>
                  <td className="num">{number(c.position)}</td>
                  <td className="num">{number(c.items)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section aria-labelledby="new-collection-title" className="card">
        <h2 id="new-collection-title">{t("admin.collections.new")}</h2>
        <CollectionForm id="create-collection" intent="create" lastResult={lastResult} submitLabel={t("admin.collections.create")} />
      </section>
    </section>
  );
}
