import { Form } from "@remix-run/react";
import { ErrorList } from "~/components/forms";
import { QrCode } from "~/components/qr-code";
import { useTranslator } from "~/utils/use-translator";

type Pickup = { kind: "shopper"; number: string; qr: { size: number; path: string } } | { kind: "staff"; ready: boolean; handedOver: boolean };

/**
 * A pickup at an ABAD centre. The shopper shows the QR code of this page's signed link (or says the
 * order's number) at the counter; the centre's staff scan it with a phone camera, which opens this
 * page, and hand the parcel over here.
 */
export function CentrePickupPanel({ pickup, reply }: { pickup: Pickup; reply: { handOver: string | null } | null }) {
  const { t } = useTranslator();
  if (pickup.kind === "shopper") {
    return (
      <section aria-labelledby="pickup-code-heading" className="card stack pickup-code">
        <h2 id="pickup-code-heading">{t("centre.pickup.codeTitle")}</h2>
        <p>{t("centre.pickup.codeHint", { number: pickup.number })}</p>
        <QrCode qr={pickup.qr} label={t("centre.pickup.qrLabel", { number: pickup.number })} className="pickup-code__qr" />
      </section>
    );
  }
  return (
    <section aria-labelledby="pickup-staff-heading" className="card stack pickup-code">
      <h2 id="pickup-staff-heading">{t("centre.pickup.staffTitle")}</h2>
      {reply && reply.handOver === null ? (
        <p className="notice" role="status">
          {t("centre.parcels.doneHandOver")}
        </p>
      ) : pickup.handedOver ? (
        <p>{t("centre.pickup.alreadyHanded")}</p>
      ) : pickup.ready ? (
        <Form method="post" className="stack">
          <p>{t("centre.pickup.staffHint")}</p>
          {reply?.handOver ? <ErrorList errors={[reply.handOver]} /> : null}
          <input type="hidden" name="intent" value="handOver" />
          <button type="submit" className="button">
            {t("centre.pickup.handOver")}
          </button>
        </Form>
      ) : (
        <p>{t("centre.pickup.notYet")}</p>
      )}
    </section>
  );
}
