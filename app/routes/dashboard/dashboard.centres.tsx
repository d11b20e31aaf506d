import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useLoaderData, useSearchParams } from "@remix-run/react";
import { producerCentresSchema } from "~/models/centres/centre-schema";
import { producerCentreChoices, setProducerCentres } from "~/models/centres/centres.server";
import { requireProducerMember } from "~/utils/auth.server";
import { requireProducerMemberWhoMayEdit } from "~/utils/dashboard.server";
import { getLocale } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireProducerMember(request);
  return { centres: await producerCentreChoices(user.producerId, await getLocale(request)) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireProducerMemberWhoMayEdit(request);
  const parsed = producerCentresSchema.safeParse({ centres: (await request.formData()).getAll("centres") });
  if (!parsed.success) return data({ error: "form.invalid" }, { status: 400 });
  await setProducerCentres(user.id, user.producerId, parsed.data.centres);
  throw redirect("/dashboard/centres?saved=1");
}

export default function DashboardCentres() {
  const { centres } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const { t, money, plural } = useTranslator();
  return (
    <section className="stack">
      <h1>{t("dashboard.centres.title")}</h1>
      <p className="muted">{t("dashboard.centres.hint")}</p>
      {params.has("saved") ? (
        <p className="notice" role="status">
          {t("dashboard.centres.saved")}
        </p>
      ) : null}
      {centres.length === 0 ? (
        <p className="muted">{t("centre.admin.none")}</p>
      ) : (
        <Form method="post" className="card stack">
          <fieldset className="field">
            <legend>{t("dashboard.centres.legend")}</legend>
            {centres.map((centre) => (
              <label key={centre.id} className="check">
                <input type="checkbox" name="centres" value={centre.id} defaultChecked={centre.chosen} />{" "}
                <span>
                  <strong>{centre.name}</strong>, {centre.address}
                  <br />
                  <span className="muted">
                    {t("dashboard.centres.terms", {
                      fee: centre.feeQ > 0 ? money(centre.feeQ) : t("checkout.free"),
                      days: plural("checkout.deliveryDays", centre.days),
                    })}
                  </span>
                </span>
              </label>
            ))}
          </fieldset>
          <button type="submit" className="button">
            {t("dashboard.centres.save")}
          </button>
        </Form>
      )}
    </section>
  );
}
