import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import type { ConsignmentNote as ListedNote, PrintedConsignmentNote as Note } from "~/models/centres/consignments.server";
import { useTranslator } from "~/utils/use-translator";
import { QrCode } from "~/components/qr-code";

/**
 * A consignment note as both sides print it: who sent what to which centre, each item's code (what
 * the counter's scanner or keyboard finds it by, also as a QR code) and, once counted in, what arrived. `receive`
 * replaces the received column with the centre's inputs.
 */
export function ConsignmentNote({ note, receive }: { note: Note; receive?: (line: Note["lines"][number]) => ReactNode }) {
  const { t, dateTime } = useTranslator();
  return (
    <div className="consignment-note stack">
      <dl className="figures">
        <dt>{t("consignment.producer")}</dt>
        <dd>
          {note.producer} · {note.producerPhone}
        </dd>
        <dt>{t("consignment.centre")}</dt>
        <dd>
          {note.centre}, {note.centreAddress} · {note.centrePhone}
        </dd>
        <dt>{t("consignment.sentAt")}</dt>
        <dd>
          {dateTime(note.sentAt)}
          {note.sentBy ? ` · ${note.sentBy}` : ""}
        </dd>
        <dt>{t("common.status")}</dt>
        <dd>
          <span className="badge">{t(`consignment.status.${note.status}`)}</span>
          {note.receivedAt ? ` ${dateTime(note.receivedAt)}${note.receivedBy ? ` · ${note.receivedBy}` : ""}` : ""}
        </dd>
      </dl>
      <p className="muted">{t("consignment.codeHint")}</p>
      <table className="stack-table">
        <thead>
          <tr>
            <th scope="col">{t("consignment.item")}</th>
            <th scope="col">{t("consignment.code")}</th>
            <th scope="col">{t("consignment.sent")}</th>
            <th scope="col">{t("consignment.received")}</th>
          </tr>
        </thead>
        <tbody>
          {note.lines.map((line) => (
            <tr key={line.id}>
              <th scope="row">{line.title}</th>
              <td data-label={t("consignment.code")}>
                <span className="item-code-cell">
                  <QrCode qr={line.qr} label={t("consignment.qrLabel", { code: line.code })} className="item-code__qr" />
                  <code className="item-code" translate="no">
                    {line.code}
                  </code>
                </span>
              </td>
              <td data-label={t("consignment.sent")}>{line.quantity}</td>
              <td data-label={t("consignment.received")}>{receive ? receive(line) : (line.receivedQty ?? "—")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A list of consignment notes, each linking to its page. The centre's lists are already split by
 * status, so it sees who sent each note and how many items; a producer's one list says where each
 * went and its status.
 */
export function ConsignmentList({ notes, viewer }: { notes: ListedNote[]; viewer: "centre" | "producer" }) {
  const { t, date } = useTranslator();
  const party = viewer === "centre" ? "consignment.producer" : "consignment.centre";
  const last = viewer === "centre" ? "consignment.items" : "common.status";
  return (
    <table className="stack-table">
      <thead>
        <tr>
          <th scope="col">{t("consignment.number")}</th>
          <th scope="col">{t(party)}</th>
          <th scope="col">{t("consignment.sentAt")}</th>
          <th scope="col">{t(last)}</th>
        </tr>
      </thead>
      <tbody>
        {notes.map((note) => (
          <tr key={note.id}>
            <th scope="row">
              <Link to={`/${viewer === "centre" ? "centre" : "dashboard"}/consignments/${note.id}`}>{note.number}</Link>
            </th>
            <td data-label={t(party)}>{viewer === "centre" ? note.producer : note.centre}</td>
            <td data-label={t("consignment.sentAt")}>{date(note.sentAt)}</td>
            <td data-label={t(last)}>
              {viewer === "centre" ? (
                note.lines.reduce((sum, line) => sum + line.quantity, 0)
              ) : (
                <span className="badge">{t(`consignment.status.${note.status}`)}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
