import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { KindChooser, ListingForm } from "~/routes/dashboard/components/listing-form";
import { listingKind } from "~/models/bookings/listing-kind";
import { listingSchema } from "~/models/listings/listing-schema";
import { categoriesBySector, categoryExists, createListing, listingFactErrors } from "~/models/listings/listings.server";
import { producerReturnDays } from "~/models/producers/profile.server";
import { requireActiveProducerMember } from "~/utils/dashboard.server";
import { getLocale } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireActiveProducerMember(request);
  const kind = listingKind(new URL(request.url).searchParams.get("kind") ?? "GOOD");
  const [categories, returnDays] = await Promise.all([categoriesBySector(await getLocale(request)), producerReturnDays(user.producerId)]);
  return { kind, categories, returnDays };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireActiveProducerMember(request);
  const submission = parseWithZod(await request.formData(), { schema: listingSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  if (!(await categoryExists(submission.value.categoryId))) {
    return data(submission.reply({ fieldErrors: { categoryId: ["dashboard.error.categoryMissing"] } }), { status: 400 });
  }
  const factErrors = await listingFactErrors(submission.value);
  if (Object.keys(factErrors).length > 0) return data(submission.reply({ fieldErrors: factErrors }), { status: 400 });
  const product = await createListing(user.producerId, submission.value);
  throw redirect(`/dashboard/products/${product.id}/photos?created=1`);
}

export default function NewListing() {
  const { kind, categories, returnDays } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslator();
  return (
    <section className="stack">
      <p>
        <Link to="/dashboard/products">← {t("dashboard.products.title")}</Link>
      </p>
      <h1>{t("dashboard.listing.newTitle")}</h1>
      <p className="notice">{t("dashboard.listing.reviewNote")}</p>
      <KindChooser current={kind} />
      <ListingForm key={kind} kind={kind} lastResult={lastResult} categories={categories} submitLabel={t("dashboard.listing.create")} returnDays={returnDays} />
    </section>
  );
}
