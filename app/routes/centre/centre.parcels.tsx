import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorList } from "~/components/forms";
import { parcelActionSchema } from "~/models/centres/centre-schema";
import { listCentreParcels, moveParcel } from "~/models/centres/parcels.server";
import { requireCentreStaff } from "~/utils/auth.server";
import { notFound } from "~/utils/http.server";
import { useTranslator } from "~/utils/use-translator";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireCentreStaff(request);
  return { parcels: await listCentreParcels(user.centreId) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireCentreStaff(request);
  const parsed = parcelActionSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ orderId: "", error: "centre.parcels.codeRequired" }, { status: 400 });
  const value = parsed.data;
  // Scoped by the staff member's own centre: another centre's parcel is not found.
  const result = await moveParcel(
    user.id,
    user.centreId,
    value.orderId,
    value.intent === "receive" ? { to: "READY_FOR_PICKUP" } : { to: "COMPLETED", code: value.code },
  );
  if (!result.ok) {
    if (result.error === "notFound") notFound();
    return data({ orderId: value.orderId, error: result.error }, { status: 409 });
  }
  throw redirect(`/centre/parcels?done=${value.intent}`);
}

type Parcel = Awaited<ReturnType<typeof listCentreParcels>>["incoming"][number];

function ParcelCard({ parcel, children }: { parcel: Parcel; children?: React.ReactNode }) {
  const { t, date } = useTranslator();
  return (
    <li className="card stack">
      <h3>{t("order.number", { number: parcel.number })}</h3>
      <p>
        {t("centre.parcels.from", { producer: parcel.producer })} · {t("centre.parcels.for", { shopper: parcel.shopper })}{" "}
        <a href={`tel:${parcel.shopperPhone.replace(/[^+0-9]/g, "")}`}>{parcel.shopperPhone}</a>
      </p>
      <p className="muted">
        {t("centre.parcels.placed", { date: date(parcel.placedAt) })}
        {parcel.shippedAt ? ` · ${t("centre.parcels.sent", { date: date(parcel.shippedAt) })}` : ""}
        {parcel.readyAt ? ` · ${t("centre.parcels.received", { date: date(parcel.readyAt) })}` : ""}
        {parcel.completedAt ? ` · ${t("centre.parcels.handed", { date: date(parcel.completedAt) })}` : ""}
      </p>
      {children}
    </li>
  );
}

export default function CentreParcels() {
  const { parcels } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslator();
  const done = params.get("done");
  const errorFor = (orderId: string) => (actionData && actionData.orderId === orderId ? [actionData.error] : undefined);
  return (
    <section className="admin-page stack" aria-labelledby="parcels-title">
      <h1 id="parcels-title">{t("centre.parcels.title")}</h1>
      {actionData && !actionData.orderId ? <ErrorList errors={[actionData.error]} /> : null}
      {(done === "receive" || done === "handOver") && !actionData ? (
        <p className="notice admin-done" role="status">
          {t(done === "receive" ? "centre.parcels.doneReceive" : "centre.parcels.doneHandOver")}
        </p>
      ) : null}
      <section aria-labelledby="incoming-title" className="stack">
        <h2 id="incoming-title">{t("centre.parcels.incoming")}</h2>
        {parcels.incoming.length === 0 ? <p className="muted">{t("centre.parcels.noneIncoming")}</p> : null}
        <ul className="stack parcel-list">
          {parcels.incoming.map((parcel) => (
            <ParcelCard key={parcel.id} parcel={parcel}>
              <p>
                <span className="badge">{t(`order.status.${parcel.status}`)}</span>
              </p>
              <ErrorList errors={errorFor(parcel.id)} />
              <Form method="post">
                <input type="hidden" name="orderId" value={parcel.id} />
                <button type="submit" name="intent" value="receive" className="button">
                  {t("centre.parcels.receive")}
                  <span className="visually-hidden"> {t("order.number", { number: parcel.number })}</span>
                </button>
              </Form>
            </ParcelCard>
          ))}
        </ul>
      </section>
      <section aria-labelledby="waiting-title" className="stack">
        <h2 id="waiting-title">{t("centre.parcels.waiting")}</h2>
        {parcels.waiting.length === 0 ? <p className="muted">{t("centre.parcels.noneWaiting")}</p> : null}
        <ul className="stack parcel-list">
          {parcels.waiting.map((parcel) => (
            <ParcelCard key={parcel.id} parcel={parcel}>
              <Form method="post" className="stack">
                <input type="hidden" name="orderId" value={parcel.id} />
                <div className="field">
                  <label htmlFor={`code-${parcel.id}`}>{t("centre.parcels.code")}</label>
                  <p className="field__hint" id={`code-hint-${parcel.id}`}>
                    {t("centre.parcels.codeHint")}
                  </p>
                  <input
                    id={`code-${parcel.id}`}
                    name="code"
                    type="text"
                    required
                    maxLength={40}
                    autoComplete="off"
                    autoCapitalize="characters"
                    spellCheck={false}
                    aria-describedby={`code-hint-${parcel.id} code-error-${parcel.id}`}
                    aria-invalid={errorFor(parcel.id) ? true : undefined}
                  />
                  <ErrorList id={`code-error-${parcel.id}`} errors={errorFor(parcel.id)} />
                </div>
                <button type="submit" name="intent" value="handOver" className="button">
                  {t("centre.parcels.handOver")}
                  <span className="visually-hidden"> {t("order.number", { number: parcel.number })}</span>
                </button>
              </Form>
            </ParcelCard>
          ))}
        </ul>
      </section>
      <section aria-labelledby="handed-title" className="stack">
        <h2 id="handed-title">{t("centre.parcels.handedTitle")}</h2>
        {parcels.handed.length === 0 ? <p className="muted">{t("centre.parcels.noneHanded")}</p> : null}
        <ul className="stack parcel-list">
          {parcels.handed.map((parcel) => (
            <ParcelCard key={parcel.id} parcel={parcel} />
          ))}
        </ul>
      </section>
    </section>
  );
}
