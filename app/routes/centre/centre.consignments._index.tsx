import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { listCentreConsignments, type ConsignmentNote } from "~/models/centres/consignments.server";
import { requireCentreStaff } from "~/utils/auth.server";
import { getLocale } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireCentreStaff(request);
  return { notes: await listCentreConsignments(user.centreId, await getLocale(request)) };
}

function NoteTable({ notes }: { notes: ConsignmentNote[] }) {
  const { t, date } = useTranslator();
  return (
    <table className="stack-table">
      <thead>
        <tr>
          <th scope="col">{t("consignment.number")}</th>
          <th scope="col">{t("consignment.producer")}</th>
          <th scope="col">{t("consignment.sentAt")}</th>
          <th scope="col">{t("consignment.items")}</th>
        </tr>
      </thead>
      <tbody>
        {notes.map((note) => (
          <tr key={note.id}>
            <th scope="row">
              <Link to={`/centre/consignments/${note.id}`}>{note.number}</Link>
            </th>
            <td data-label={t("consignment.producer")}>{note.producer}</td>
            <td data-label={t("consignment.sentAt")}>{date(note.sentAt)}</td>
            <td data-label={t("consignment.items")}>{note.lines.reduce((sum, line) => sum + line.quantity, 0)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function CentreConsignments() {
  const { notes } = useLoaderData<typeof loader>();
  const { t } = useTranslator();
  return (
    <section className="admin-page stack" aria-labelledby="consignments-title">
      <h1 id="consignments-title">{t("consignment.centreTitle")}</h1>
      <p className="muted">{t("consignment.centreLead")}</p>
      <section aria-labelledby="incoming-notes" className="stack">
        <h2 id="incoming-notes">{t("consignment.incoming")}</h2>
        {notes.incoming.length === 0 ? <p className="muted">{t("consignment.noneIncoming")}</p> : <NoteTable notes={notes.incoming} />}
      </section>
      <section aria-labelledby="received-notes" className="stack">
        <h2 id="received-notes">{t("consignment.receivedTitle")}</h2>
        {notes.received.length === 0 ? <p className="muted">{t("consignment.none")}</p> : <NoteTable notes={notes.received} />}
      </section>
    </section>
  );
}
