import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorText } from "~/components/forms";
import { consignmentSchema, MAX_ITEM_QUANTITY } from "~/models/centres/consignment-schema";
import { listOpenCentres, listSendableItems, sendConsignment } from "~/models/centres/consignments.server";
import { requireActiveProducerMember } from "~/utils/dashboard.server";
import { getLocale } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";
import consignmentStyles from "~/styles/consignments.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: consignmentStyles }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireActiveProducerMember(request);
  const locale = await getLocale(request);
  const [centres, items] = await Promise.all([listOpenCentres(locale), listSendableItems(user.producerId, locale)]);
  return { centres, items };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireActiveProducerMember(request);
  const form = Object.fromEntries(await request.formData());
  const typed = Object.fromEntries(Object.entries(form).filter(([name]) => name.startsWith("qty.") || name === "centreId")) as Record<string, string>;
  const parsed = consignmentSchema.safeParse(form);
  if (!parsed.success) return data({ error: parsed.error.issues[0]?.message ?? "form.invalid", item: "", typed }, { status: 400 });
  const result = await sendConsignment(user.id, user.producerId, parsed.data);
  if (!result.ok) return data({ error: result.error, item: result.item ?? "", typed }, { status: 409 });
  throw redirect(`/dashboard/consignments/${result.id}?sent=1`);
}

export default function NewConsignment() {
  const { centres, items } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, money } = useTranslator();
  const typed = actionData?.typed ?? {};
  return (
    <section className="stack">
      <p>
        <Link to="/dashboard/consignments">{t("consignment.back")}</Link>
      </p>
      <h1>{t("consignment.new")}</h1>
      <p className="muted">{t("consignment.newLead")}</p>
      {actionData ? (
        <p className="notice notice--error" role="alert" id="consignment-error">
          <ErrorText error={actionData.error} vars={{ item: actionData.item }} />
        </p>
      ) : null}
      {centres.length === 0 || items.length === 0 ? (
        <p className="muted">{t(centres.length === 0 ? "centre.admin.none" : "consignment.nothingToSend")}</p>
      ) : (
        <Form method="post" className="card stack">
          <div className="field">
            <label htmlFor="centreId">{t("consignment.centre")}</label>
            <select id="centreId" name="centreId" required defaultValue={typed.centreId ?? centres[0]?.id}>
              {centres.map((centre) => (
                <option key={centre.id} value={centre.id}>
                  {centre.name} — {centre.address}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="stack">
            <legend>{t("consignment.quantities")}</legend>
            <p className="field__hint">{t("consignment.quantitiesHint")}</p>
            {items.map((item) => (
              <div key={item.code} className="field field--inline">
                <label htmlFor={`qty-${item.code}`}>
                  {item.title}{" "}
                  <span className="muted">
                    ({money(item.priceQ)} · {t("consignment.inStock", { count: item.stock })})
                  </span>
                </label>
                <input
                  id={`qty-${item.code}`}
                  name={`qty.${item.code}`}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={Math.min(item.stock, MAX_ITEM_QUANTITY)}
                  step={1}
                  defaultValue={typed[`qty.${item.code}`] ?? "0"}
                  className="input--short"
                  aria-describedby={actionData ? "consignment-error" : undefined}
                />
              </div>
            ))}
          </fieldset>
          <button type="submit" className="button">
            {t("consignment.send")}
          </button>
        </Form>
      )}
    </section>
  );
}
