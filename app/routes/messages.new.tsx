import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { MessageForm } from "~/components/message-thread";
import { fieldErrorsOf, messageSchema } from "~/models/messages/message-schema";
import { askableProduct, askAboutProduct } from "~/models/messages/threads.server";
import { requireUser } from "~/utils/auth.server";
import { notFound } from "~/utils/http.server";
import { getTranslator } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "ABAD Market" }, { name: "robots", content: "noindex" }];

async function productOf(request: Request) {
  const { t, locale } = await getTranslator(request);
  const product = await askableProduct(new URL(request.url).searchParams.get("product") ?? "", locale);
  if (!product) notFound();
  return { product, t };
}

/** The question form for one product (the product page's "Ask the family" posts here too). */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  const { product, t } = await productOf(request);
  return { product, title: `${t("messages.askTitle", { producer: product.producerName })} · ${t("app.name")}` };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const { product } = await productOf(request);
  const parsed = messageSchema.safeParse({ body: (await request.formData()).get("body") ?? undefined });
  if (!parsed.success) return data({ ok: false, intent: "message", fieldErrors: fieldErrorsOf(parsed.error), error: null }, { status: 400 });
  const result = await askAboutProduct(user.id, product.id, parsed.data.body);
  if (!result) notFound();
  if (!result.ok)
    return data({ ok: false, intent: "message", fieldErrors: {}, error: result.error }, { status: result.error === "messages.error.rateLimit" ? 429 : 409 });
  throw redirect(`/messages/${result.threadId}`);
}

export default function AskPage() {
  const { product } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const { t } = useTranslator();
  return (
    <section className="container stack narrow">
      <h1>{t("messages.askTitle", { producer: product.producerName })}</h1>
      <p>
        {t("messages.aboutProduct")} <Link to={`/products/${product.slug}`}>{product.title}</Link>
      </p>
      <p className="muted">{t("messages.askHint")}</p>
      <MessageForm reply={reply} label={t("messages.question")} />
    </section>
  );
}
