import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireProducerMember } from "~/utils/auth.server";
import { useTranslator } from "~/utils/use-translator";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireProducerMember(request);
  return { name: user.name, producerStatus: user.producerStatus };
}

export default function DashboardHome() {
  const { name } = useLoaderData<typeof loader>();
  const { t } = useTranslator();
  return (
    <section className="container">
      <h1>{t("nav.dashboard")}</h1>
      <p>{name}</p>
    </section>
  );
}
