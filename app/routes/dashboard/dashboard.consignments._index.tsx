import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ConsignmentList } from "~/components/consignment-note";
import { listProducerCentreStock, listProducerConsignments } from "~/models/centres/consignments.server";
import { requireActiveProducerMember } from "~/utils/dashboard.server";
import { getLocale } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireActiveProducerMember(request);
  const locale = await getLocale(request);
  const [notes, atCentres] = await Promise.all([listProducerConsignments(user.producerId, locale), listProducerCentreStock(user.producerId, locale)]);
  return { notes, atCentres };
}

export default function DashboardConsignments() {
  const { notes, atCentres } = useLoaderData<typeof loader>();
  const { t, money } = useTranslator();
  return (
    <section className="stack">
      <h1>{t("consignment.title")}</h1>
      <p className="muted">{t("consignment.lead")}</p>
      <p>
        <Link to="/dashboard/consignments/new" className="button">
          {t("consignment.new")}
        </Link>
      </p>
      <section aria-labelledby="at-centres-heading" className="stack">
        <h2 id="at-centres-heading">{t("consignment.atCentres")}</h2>
        <dl className="figures">
          <dt>{t("consignment.soldAtCounter")}</dt>
          <dd>{atCentres.sold.quantity}</dd>
          <dt>{t("consignment.soldTotal")}</dt>
          <dd>{money(atCentres.sold.totalQ)}</dd>
          <dt>{t("consignment.owedForCounter")}</dt>
          <dd>
            <strong className="figure">{money(atCentres.sold.owedQ)}</strong>
          </dd>
        </dl>
        {atCentres.stock.length === 0 ? (
          <p className="muted">{t("consignment.noneAtCentres")}</p>
        ) : (
          <table className="stack-table">
            <thead>
              <tr>
                <th scope="col">{t("consignment.item")}</th>
                <th scope="col">{t("consignment.centre")}</th>
                <th scope="col">{t("consignment.onShelf")}</th>
              </tr>
            </thead>
            <tbody>
              {atCentres.stock.map((row) => (
                <tr key={`${row.centre}-${row.code}`}>
                  <th scope="row">{row.title}</th>
                  <td data-label={t("consignment.centre")}>{row.centre}</td>
                  <td data-label={t("consignment.onShelf")}>{row.quantity}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="notes-heading" className="stack">
        <h2 id="notes-heading">{t("consignment.notes")}</h2>
        {notes.length === 0 ? <p className="muted">{t("consignment.none")}</p> : <ConsignmentList notes={notes} viewer="producer" />}
      </section>
    </section>
  );
}
