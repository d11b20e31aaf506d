import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { PrintButton } from "~/components/print-button";
import { getCounterReceipt } from "~/models/centres/counter.server";
import { requireCentreStaff } from "~/utils/auth.server";
import { notFound } from "~/utils/http.server";
import { getLocale } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";
import consignmentStyles from "~/styles/consignments.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: consignmentStyles }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireCentreStaff(request);
  // Only the centre that made the sale sees its receipt.
  const receipt = await getCounterReceipt(user.centreId, params.saleId ?? "", await getLocale(request));
  if (!receipt) notFound();
  return { receipt };
}

export default function CounterReceipt() {
  const { receipt } = useLoaderData<typeof loader>();
  const { t, money, dateTime } = useTranslator();
  return (
    <section className="admin-page stack" aria-labelledby="receipt-title">
      <p className="no-print">
        <Link to="/centre/counter" className="button">
          {t("counter.next")}
        </Link>
      </p>
      <div className="receipt card stack">
        <h1 id="receipt-title">{t("counter.receipt")}</h1>
        <p>
          <strong>{receipt.centre}</strong>
          <br />
          {receipt.centreAddress}
          <br />
          {receipt.centrePhone} · {receipt.centreHours}
        </p>
        <p className="muted">
          {dateTime(receipt.createdAt)}
          {receipt.seller ? ` · ${t("counter.seller", { name: receipt.seller })}` : ""}
          <br />
          {t("counter.receiptNumber")}:{" "}
          <code className="item-code" translate="no">
            {receipt.id}
          </code>
        </p>
        <table className="stack-table">
          <thead>
            <tr>
              <th scope="col">{t("consignment.item")}</th>
              <th scope="col">{t("counter.quantity")}</th>
              <th scope="col">{t("counter.price")}</th>
              <th scope="col">{t("counter.lineTotal")}</th>
            </tr>
          </thead>
          <tbody>
            {receipt.lines.map((line) => (
              <tr key={line.id}>
                <th scope="row">
                  {line.title}
                  <br />
                  <span className="muted">{line.producer}</span>
                </th>
                <td data-label={t("counter.quantity")}>{line.quantity}</td>
                <td data-label={t("counter.price")}>{money(line.unitPriceQ)}</td>
                <td data-label={t("counter.lineTotal")}>{money(line.totalQ)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="receipt__total">
          {t("counter.total")}: <strong>{money(receipt.totalQ)}</strong>
        </p>
        <p>{t(`counter.paidBy.${receipt.payment}`)}</p>
        <p className="muted">{t("counter.receiptThanks")}</p>
      </div>
      <PrintButton label="counter.print" />
    </section>
  );
}
