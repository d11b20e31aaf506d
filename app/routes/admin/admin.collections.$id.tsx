import { OWN_PRODUCER } from "~/models/accounts/separation.server";
import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CollectionForm } from "~/routes/admin/components/admin-collection-form";
import { doneUrl, DoneNotice, type DoneCode } from "~/routes/admin/components/admin-ui";
import { ErrorList, Field } from "~/components/forms";
import { collectionItemSchema, collectionSchema } from "~/models/admin/collection-schema";
import {
  addCollectionItem,
  collectionForStaff,
  deleteCollection,
  moveCollectionItem,
  removeCollectionItem,
  searchProductsForCollection,
  updateCollection,
  type CollectionResult,
} from "~/models/admin/collections-admin.server";
import { requireStaff } from "~/utils/auth.server";
import { notFound } from "~/utils/http.server";
import { getLocale } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request);
  const locale = await getLocale(request);
  const id = params.id ?? "";
  const collection = await collectionForStaff(id, locale);
  if (!collection) notFound();
  const q = (new URL(request.url).searchParams.get("q") ?? "").trim().slice(0, 100);
  const results = q ? await searchProductsForCollection(id, q, locale) : null;
  return { collection, q, results };
}

type ActionReply = { formId: string; reply: SubmissionResult<string[]> };

const ITEM_DONE: Record<string, DoneCode> = {
  "add-slug": "itemAdded",
  "add-item": "itemAdded",
  "move-item": "itemMoved",
  "remove-item": "itemRemoved",
};

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireStaff(request);
  const id = params.id ?? "";
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const here = `/admin/collections/${id}`;

  if (intent === "save") {
    const submission = parseWithZod(formData, { schema: collectionSchema });
    if (submission.status !== "success") return data<ActionReply>({ formId: intent, reply: submission.reply() }, { status: 400 });
    const result = await updateCollection(user.id, id, submission.value);
    if (!result.ok) {
      if (result.error === "notFound") notFound();
      return data<ActionReply>({ formId: intent, reply: submission.reply({ fieldErrors: { slug: [result.error] } }) }, { status: 400 });
    }
    throw redirect(doneUrl(here, "collectionSaved"));
  }
  if (intent === "delete") {
    const result = await deleteCollection(user.id, id);
    if (!result.ok) notFound();
    throw redirect(doneUrl("/admin/collections", "collectionDeleted"));
  }

  const submission = parseWithZod(formData, { schema: collectionItemSchema });
  if (submission.status !== "success") return data<ActionReply>({ formId: intent, reply: submission.reply() }, { status: 400 });
  const value = submission.value;
  let result: CollectionResult;
  switch (value.intent) {
    case "add-slug":
      result = await addCollectionItem(user.id, id, { slug: value.slug });
      break;
    case "add-item":
      result = await addCollectionItem(user.id, id, { id: value.productId });
      break;
    case "move-item":
      result = await moveCollectionItem(user.id, id, value.productId, value.direction);
      break;
    case "remove-item":
      result = await removeCollectionItem(user.id, id, value.productId);
      break;
  }
  if (!result.ok) {
    if (result.error === "notFound") notFound();
    const errors: Record<string, string[]> = value.intent === "add-slug" ? { slug: [result.error] } : { "": [result.error] };
    return data<ActionReply>({ formId: intent, reply: submission.reply({ fieldErrors: errors }) }, { status: result.error === OWN_PRODUCER ? 403 : 400 });
  }
  throw redirect(doneUrl(here, ITEM_DONE[value.intent]));
}

function useReply(formId: string) {
  const actionData = useActionData<typeof action>();
  return actionData?.formId === formId ? actionData.reply : undefined;
}

function AddBySlug() {
  const { t } = useTranslator();
  const [form, fields] = useForm({
    id: "add-slug",
    lastResult: useReply("add-slug"),
    shouldValidate: "onSubmit",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: collectionItemSchema }),
  });
  return (
    <Form method="post" {...getFormProps(form)} className="admin-inline-form">
      <input type="hidden" name="intent" value="add-slug" />
      <Field
        label={t("admin.collection.addSlug")}
        hint={t("admin.collection.addSlugHint")}
        inputProps={{ ...getInputProps(fields.slug, { type: "text" }), required: true, autoCapitalize: "none", spellCheck: false }}
        errors={fields.slug.errors}
        errorId={fields.slug.errorId}
      />
      <button type="submit" className="button button--secondary">
        {t("admin.collection.add")}
      </button>
    </Form>
  );
}

export default function AdminCollection() {
  const { collection, q, results } = useLoaderData<typeof loader>();
  const { t } = useTranslator();
  const itemErrors = [useReply("move-item"), useReply("remove-item"), useReply("add-item")].flatMap((r) => r?.error?.[""] ?? []);
  return (
    <article className="admin-page" aria-labelledby="collection-title">
      <p>
        <Link to="/admin/collections">← {t("admin.collections.back")}</Link>
      </p>
      <h1 id="collection-title">
        {collection.title}{" "}
        <span className={`badge ${collection.state === "onHome" ? "" : "badge--muted"}`}>{t(`admin.collection.state.${collection.state}`)}</span>
      </h1>
      <DoneNotice />

      <section aria-labelledby="items-title">
        <h2 id="items-title">{t("admin.collection.products")}</h2>
        <ErrorList errors={itemErrors} />
        {collection.items.length === 0 ? (
          <p className="muted">{t("admin.collection.empty")}</p>
        ) : (
          <ol className="admin-collection-items">
            {collection.items.map((item, index) => (
              <li key={item.id} className="admin-collection-items__row">
                <span className="admin-collection-items__title">
                  <Link to={`/products/${item.slug}`}>{item.title}</Link> <span className="muted">· {item.producer}</span>
                  {!item.visible ? (
                    <>
                      {" "}
                      <span className="badge badge--warn">{t("admin.collection.notVisible")}</span>
                    </>
                  ) : null}
                </span>
                <Form method="post" className="admin-collection-items__actions">
                  <input type="hidden" name="productId" value={item.id} />
                  <input type="hidden" name="direction" value="up" />
                  <button
                    type="submit"
                    name="intent"
                    value="move-item"
                    className="button button--secondary button--small"
                    disabled={index === 0}
                    aria-label={t("admin.collection.moveUp", { title: item.title })}
                  >
                    ↑
                  </button>
                </Form>
                <Form method="post" className="admin-collection-items__actions">
                  <input type="hidden" name="productId" value={item.id} />
                  <input type="hidden" name="direction" value="down" />
                  <button
                    type="submit"
                    name="intent"
                    value="move-item"
                    className="button button--secondary button--small"
                    disabled={index === collection.items.length - 1}
                    aria-label={t("admin.collection.moveDown", { title: item.title })}
                  >
                    ↓
                  </button>
                </Form>
                <Form method="post" className="admin-collection-items__actions">
                  <input type="hidden" name="productId" value={item.id} />
                  <button type="submit" name="intent" value="remove-item" className="link-button">
                    {t("admin.collection.remove")}
                    <span className="visually-hidden"> {item.title}</span>
                  </button>
                </Form>
              </li>
            ))}
          </ol>
        )}
        <AddBySlug />
        <Form method="get" className="admin-inline-form admin-collection-search" role="search" aria-label={t("admin.collection.search")}>
          <div className="field">
            <label htmlFor="collection-search">{t("admin.collection.search")}</label>
            <input id="collection-search" type="search" name="q" defaultValue={q} maxLength={100} />
          </div>
          <button type="submit" className="button button--secondary">
            {t("search.submit")}
          </button>
        </Form>
        {results ? (
          results.length === 0 ? (
            <p className="muted" role="status">
              {t("admin.collection.noResults")}
            </p>
          ) : (
            <ul className="admin-search-results" aria-label={t("admin.collection.results")}>
              {results.map((p) => (
                <li key={p.id}>
                  <span>
                    {p.title} <span className="muted">· {p.producer}</span>
                  </span>
                  <Form method="post">
                    <input type="hidden" name="productId" value={p.id} />
                    <button type="submit" name="intent" value="add-item" className="button button--small">
                      {t("admin.collection.add")}
                      <span className="visually-hidden"> {p.title}</span>
                    </button>
                  </Form>
                </li>
              ))}
            </ul>
          )
        ) : null}
      </section>

      <section aria-labelledby="settings-title" className="card">
        <h2 id="settings-title">{t("admin.collection.settings")}</h2>
        <CollectionForm id="save" intent="save" lastResult={useReply("save")} defaultValue={collection.values} submitLabel={t("form.save")} />
      </section>

      <section aria-labelledby="delete-title">
        <h2 id="delete-title">{t("admin.collection.deleteTitle")}</h2>
        <Form method="post">
          <p className="muted">{t("admin.collection.deleteHint")}</p>
          <button type="submit" name="intent" value="delete" className="button button--danger">
            {t("admin.collection.delete")}
          </button>
        </Form>
      </section>
    </article>
  );
}
