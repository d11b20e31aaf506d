import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { ConsignmentNote } from "~/components/consignment-note";
import { getProducerConsignment } from "~/models/centres/consignments.server";
import { requireActiveProducerMember } from "~/utils/dashboard.server";
import { notFound } from "~/utils/http.server";
import { getLocale } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";
import consignmentStyles from "~/styles/consignments.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: consignmentStyles }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireActiveProducerMember(request);
  // Scoped by the member's own producer: another family's note is not found.
  const note = await getProducerConsignment(user.producerId, params.id ?? "", await getLocale(request));
  if (!note) notFound();
  return { note };
}

export default function DashboardConsignment() {
  const { note } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const { t } = useTranslator();
  return (
    <section className="stack">
      <p className="no-print">
        <Link to="/dashboard/consignments">{t("consignment.back")}</Link>
      </p>
      <h1>{t("consignment.noteTitle", { number: note.number })}</h1>
      {params.has("sent") ? (
        <p className="notice" role="status">
          {t("consignment.sentDone")}
        </p>
      ) : null}
      <p className="muted no-print">{t("consignment.printHint")}</p>
      <ConsignmentNote note={note} />
    </section>
  );
}
