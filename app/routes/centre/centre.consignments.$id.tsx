import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ConsignmentNote } from "~/components/consignment-note";
import { ErrorText } from "~/components/forms";
import { receiveSchema } from "~/models/centres/consignment-schema";
import { getCentreConsignment, receiveConsignment } from "~/models/centres/consignments.server";
import { requireCentreStaff } from "~/utils/auth.server";
import { found, notFound } from "~/utils/http.server";
import { getLocale } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";
import consignmentStyles from "~/styles/consignments.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: consignmentStyles }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireCentreStaff(request);
  // Scoped by the staff member's own centre: another centre's note is not found.
  const note = await getCentreConsignment(user.centreId, params.id ?? "", await getLocale(request));
  if (!note) notFound();
  return { note };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireCentreStaff(request);
  const parsed = receiveSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ error: parsed.error.issues[0]?.message ?? "form.invalid" }, { status: 400 });
  const result = found(await receiveConsignment(user.id, user.centreId, params.id ?? "", parsed.data));
  if (!result.ok) return data({ error: result.error }, { status: 409 });
  throw redirect(`/centre/consignments/${result.id}?received=1`);
}

export default function CentreConsignment() {
  const { note } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslator();
  const receiving = note.status === "SENT";
  return (
    <section className="admin-page stack" aria-labelledby="note-title">
      <p className="no-print">
        <Link to="/centre/consignments">{t("consignment.backCentre")}</Link>
      </p>
      <h1 id="note-title">{t("consignment.noteTitle", { number: note.number })}</h1>
      {params.has("received") && !receiving ? (
        <p className="notice admin-done" role="status">
          {t("consignment.receivedDone")}
        </p>
      ) : null}
      {actionData ? (
        <p className="notice notice--error" role="alert">
          <ErrorText error={actionData.error} />
        </p>
      ) : null}
      {receiving ? (
        <Form method="post" className="stack">
          <p className="muted">{t("consignment.receiveHint")}</p>
          <ConsignmentNote
            note={note}
            receive={(line) => (
              <>
                <label htmlFor={`received-${line.id}`} className="visually-hidden">
                  {t("consignment.receivedOf", { item: line.title })}
                </label>
                <input
                  id={`received-${line.id}`}
                  name={`received.${line.id}`}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={line.quantity}
                  step={1}
                  defaultValue={line.quantity}
                  className="input--short"
                />
              </>
            )}
          />
          <button type="submit" className="button">
            {t("consignment.receive")}
          </button>
        </Form>
      ) : (
        <ConsignmentNote note={note} />
      )}
    </section>
  );
}
