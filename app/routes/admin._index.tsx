import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireStaff } from "~/utils/auth.server";
import { useTranslator } from "~/utils/use-translator";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaff(request);
  return { name: user.name, role: user.role };
}

export default function AdminHome() {
  const { name } = useLoaderData<typeof loader>();
  const { t } = useTranslator();
  return (
    <section className="container">
      <h1>{t("nav.admin")}</h1>
      <p>{name}</p>
    </section>
  );
}
