import type { LoaderFunctionArgs } from "@remix-run/node";
import { readReturnPhoto } from "~/models/orders/returns.server";
import { getUser } from "~/utils/auth.server";
import { verifyLink } from "~/utils/signed-links.server";

/** A return photo, only for those who may see its order (the shopper's own photos of a parcel at their door). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const orderId = params.id ?? "";
  const token = new URL(request.url).searchParams.get("token");
  const user = await getUser(request);
  const photo = await readReturnPhoto({
    orderId,
    fileKey: params.key ?? "",
    file: params.file ?? "",
    viewer: { user, tokenValid: verifyLink("order", orderId, token) },
  });
  // A plain answer, not a thrown one: a resource route's thrown 404 is logged as a server error.
  if (!photo) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });
  return new Response(new Uint8Array(photo.body), {
    headers: {
      "Content-Type": photo.type,
      "Content-Length": String(photo.body.length),
      // Private to the viewer and kept by no cache, so a shared computer or proxy never holds it.
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
    },
  });
}
