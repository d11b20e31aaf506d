import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { AddressFields, addressLine } from "~/components/address-fields";
import { ErrorList } from "~/components/forms";
import type { MessageKey } from "~/locales/types";
import { addressActionSchema } from "~/models/accounts/address-schema";
import { addAddress, deleteAddress, listAddresses, setDefaultAddress } from "~/models/accounts/addresses.server";
import { districtGroups } from "~/models/catalog/region-data";
import { requireUser } from "~/utils/auth.server";
import { notFound } from "~/utils/http.server";
import { getTranslator } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

const DONE = { saved: "address.saved", deleted: "address.deleted", default: "address.defaultSet" } as const satisfies Record<string, MessageKey>;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "ABAD Market" }, { name: "robots", content: "noindex" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { t, locale } = await getTranslator(request);
  const done = new URL(request.url).searchParams.get("done");
  return {
    title: `${t("address.title")} · ${t("app.name")}`,
    addresses: await listAddresses(user.id),
    districtGroups: districtGroups(locale),
    done: done && done in DONE ? DONE[done as keyof typeof DONE] : null,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const submission = parseWithZod(await request.formData(), { schema: addressActionSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const input = submission.value;
  if (input.intent === "add") {
    await addAddress(user.id, { district: input.district, street: input.street, isDefault: input.isDefault === "on" });
    throw redirect("/account/addresses?done=saved");
  }
  // Another account's address is the same as no address.
  const applied = input.intent === "delete" ? await deleteAddress(user.id, input.addressId) : await setDefaultAddress(user.id, input.addressId);
  if (!applied) notFound();
  throw redirect(`/account/addresses?done=${input.intent === "delete" ? "deleted" : "default"}`);
}

/** One button acting on one saved address (its name says which, for screen readers). */
function AddressAction({ id, intent, label, text }: { id: string; intent: "default" | "delete"; label: string; text: string }) {
  return (
    <Form method="post">
      <input type="hidden" name="addressId" value={id} />
      <button
        type="submit"
        name="intent"
        value={intent}
        className={`${intent === "delete" ? "button--danger" : "button--secondary"} button--small`}
        aria-label={label}
      >
        {text}
      </button>
    </Form>
  );
}

export default function AddressesPage() {
  const { addresses, districtGroups, done } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslator();
  const [form, fields] = useForm({
    id: "add-address",
    lastResult,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: addressActionSchema }),
  });
  return (
    <section className="container narrow stack">
      <h1>{t("address.title")}</h1>
      {done && !lastResult ? (
        <p className="notice" role="status">
          {t(done)}
        </p>
      ) : null}
      <p>{t("address.lead")}</p>
      {addresses.length === 0 ? (
        <p className="muted">{t("address.none")}</p>
      ) : (
        <ul className="address-list">
          {addresses.map((address) => (
            <li key={address.id} className="card address-list__item">
              <p>
                {addressLine(address)} {address.isDefault ? <span className="badge">{t("address.default")}</span> : null}
              </p>
              <div className="address-list__actions">
                {address.isDefault ? null : (
                  <AddressAction
                    id={address.id}
                    intent="default"
                    label={`${t("address.makeDefault")}: ${addressLine(address)}`}
                    text={t("address.makeDefault")}
                  />
                )}
                <AddressAction id={address.id} intent="delete" label={`${t("address.delete")}: ${addressLine(address)}`} text={t("address.delete")} />
              </div>
            </li>
          ))}
        </ul>
      )}
      <Form method="post" {...getFormProps(form)} className="card stack">
        <h2>{t("address.add")}</h2>
        <input type="hidden" name="intent" value="add" />
        <ErrorList id={form.errorId} errors={form.errors} />
        <AddressFields groups={districtGroups} district={fields.district} street={fields.street} />
        <label className="choice">
          <input type="checkbox" name="isDefault" />
          {t("address.makeDefaultOn")}
        </label>
        <button type="submit" className="button">
          {t("address.save")}
        </button>
      </Form>
    </section>
  );
}
