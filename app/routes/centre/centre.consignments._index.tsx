import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ConsignmentList } from "~/components/consignment-note";
import { listCentreConsignments } from "~/models/centres/consignments.server";
import { requireCentreStaff } from "~/utils/auth.server";
import { getLocale } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireCentreStaff(request);
  return { notes: await listCentreConsignments(user.centreId, await getLocale(request)) };
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
        {notes.incoming.length === 0 ? <p className="muted">{t("consignment.noneIncoming")}</p> : <ConsignmentList notes={notes.incoming} viewer="centre" />}
      </section>
      <section aria-labelledby="received-notes" className="stack">
        <h2 id="received-notes">{t("consignment.receivedTitle")}</h2>
        {notes.received.length === 0 ? <p className="muted">{t("consignment.none")}</p> : <ConsignmentList notes={notes.received} viewer="centre" />}
      </section>
    </section>
  );
}
