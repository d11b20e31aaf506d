import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { PhotoManager } from "~/routes/dashboard/components/photo-manager";
import { MAX_PHOTOS } from "~/models/listings/photo-limits";
import { listPhotos, runPhotoAction } from "~/models/listings/listing-photos.server";
import { getListingForEdit } from "~/models/listings/listings.server";
import { requireActiveProducerMember, readUploadForm } from "~/utils/dashboard.server";
import { found, notFound } from "~/utils/http.server";
import { useTranslator } from "~/utils/use-translator";
import { StatusBadge } from "~/routes/dashboard/components/listing-badges";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireActiveProducerMember(request);
  const listing = await getListingForEdit(user.producerId, params.id ?? "");
  if (!listing) notFound();
  const photos = await listPhotos({ producerId: user.producerId, productId: listing.id });
  return { listing: { id: listing.id, title: listing.titleAz, status: listing.status }, photos };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireActiveProducerMember(request);
  const upload = await readUploadForm(request);
  if (!upload.ok) return data({ ok: false as const, error: upload.error }, { status: 413 });
  const { status, reply } = found(await runPhotoAction({ producerId: user.producerId, productId: params.id ?? "" }, upload.form));
  return data(reply, { status });
}

export default function ListingPhotos() {
  const { listing, photos } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslator();
  return (
    <section className="stack">
      <p>
        <Link to={`/dashboard/products/${listing.id}`}>← {listing.title}</Link>
      </p>
      <h1>{t("dashboard.photos.title", { title: listing.title })}</h1>
      <p>
        <StatusBadge status={listing.status} />
      </p>
      {params.get("created") ? (
        <p className="notice" role="status">
          {t("dashboard.listing.created")}
        </p>
      ) : null}
      <PhotoManager photos={photos} reply={reply} max={MAX_PHOTOS} />
    </section>
  );
}
