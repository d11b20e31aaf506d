import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorList } from "~/components/forms";
import { ReturnPhotos } from "~/components/order-return";
import { returnDecisionSchema } from "~/models/orders/cancel-schema";
import { decideReturn, listReturnsForStaff } from "~/models/orders/returns.server";
import { requireStaff } from "~/utils/auth.server";
import { notFound } from "~/utils/http.server";
import { getTranslator } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "ABAD Market" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaff(request);
  const { t } = await getTranslator(request);
  return { returns: await listReturnsForStaff(user), admin: user.role === "ADMIN", title: `${t("admin.returns.title")} · ABAD Market` };
}

type Reply = { orderId: string; ok: boolean; errors: string[] };

/** A mentor (on a producer assigned to them) or an admin steps in: accepts a return (saying how to send it back) or declines it, also one the family declined. */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaff(request);
  const form = Object.fromEntries(await request.formData());
  const orderId = String(form.orderId ?? "").slice(0, 40);
  const parsed = returnDecisionSchema.safeParse(form);
  if (!parsed.success) return data<Reply>({ orderId, ok: false, errors: parsed.error.issues.map((i) => i.message) }, { status: 400 });
  const result = await decideReturn({
    orderId,
    decider: { kind: "staff", actorId: user.id, role: user.role },
    accept: parsed.data.intent === "returnAccept",
    answer: parsed.data.answer,
  });
  if (!result.ok) {
    if (result.error === "order.notFound") notFound();
    return data<Reply>({ orderId, ok: false, errors: [result.error === "order.notAllowed" ? "orders.notAllowed" : result.error] }, { status: 409 });
  }
  return data<Reply>({ orderId, ok: true, errors: [] });
}

export default function AdminReturns() {
  const { returns, admin } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const { t, date, money } = useTranslator();
  return (
    <section className="admin-page stack" aria-labelledby="returns-title">
      <h1 id="returns-title">{t("admin.returns.title")}</h1>
      <p className="muted">
        {t("admin.returns.lead")} {t(admin ? "admin.returns.scopeAll" : "admin.returns.scopeMine")}
      </p>
      {reply?.ok ? (
        <p className="notice" role="status">
          {t("admin.returns.done")}
        </p>
      ) : null}
      {returns.length === 0 ? <p className="muted">{t("admin.returns.none")}</p> : null}
      <ol className="admin-queue__list">
        {returns.map((item) => {
          const errors = reply && !reply.ok && reply.orderId === item.orderId ? reply.errors : undefined;
          const answerId = `answer-${item.orderId}`;
          return (
            <li key={item.orderId} className="card stack" aria-labelledby={`return-${item.orderId}`}>
              <h2 id={`return-${item.orderId}`}>
                {t("admin.returns.order", { number: item.order.number, producer: item.order.producer.name, customer: item.order.group.name })}
              </h2>
              <p>
                {date(item.createdAt)} · {money(item.order.totalQ)} · {t(`after.return.status.${item.status}`, { answer: item.answer, amount: "" })}
              </p>
              <p>{item.reason}</p>
              <ReturnPhotos photos={item.photos} />
              <Form method="post" className="stack">
                <input type="hidden" name="orderId" value={item.orderId} />
                <div className="field">
                  <label htmlFor={answerId}>{t("admin.returns.answer")}</label>
                  <textarea
                    id={answerId}
                    name="answer"
                    rows={2}
                    maxLength={1000}
                    aria-describedby={`${answerId}-errors`}
                    aria-invalid={errors ? true : undefined}
                  />
                  <ErrorList id={`${answerId}-errors`} errors={errors} />
                </div>
                <p>
                  <button type="submit" name="intent" value="returnAccept">
                    {t("admin.returns.accept")}
                  </button>{" "}
                  <button type="submit" name="intent" value="returnDecline" className="button--secondary">
                    {t("admin.returns.decline")}
                  </button>
                </p>
              </Form>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
