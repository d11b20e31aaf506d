import { MaxPartSizeExceededError, redirect, unstable_createMemoryUploadHandler, unstable_parseMultipartFormData } from "@remix-run/node";
import { requireProducerMember, type ProducerMemberUser } from "./auth.server";
import { forbidden } from "./http.server";

/**
 * A member of an ACTIVE producer. Applicants and rejected or suspended producers only see their
 * status and profile, so every other dashboard loader and action sends them back to the overview.
 */
export async function requireActiveProducerMember(request: Request): Promise<ProducerMemberUser> {
  const user = await requireProducerMember(request);
  if (user.producerStatus !== "ACTIVE") throw redirect("/dashboard");
  return user;
}

/**
 * A member whose producer may change its shop (profile, fees, pickup): not while suspended. A
 * suspended producer can still fulfil or cancel its open orders, nothing else.
 */
export async function requireProducerMemberWhoMayEdit(request: Request): Promise<ProducerMemberUser> {
  const user = await requireProducerMember(request);
  if (user.producerStatus === "SUSPENDED") forbidden();
  return user;
}

/** Largest part of an upload form; the image pipeline's own 15 MB limit matches it. */
export const MAX_UPLOAD_PART = 15 * 1024 * 1024;

export type UploadForm = { ok: true; form: FormData } | { ok: false; error: "image.tooLarge" };

/**
 * Reads a form that may carry a photo. Multipart bodies are held in memory up to 15 MB per part;
 * a bigger file gives `image.tooLarge` (answered as 413) instead of an error page.
 */
export async function readUploadForm(request: Request): Promise<UploadForm> {
  const type = request.headers.get("Content-Type") ?? "";
  if (!type.startsWith("multipart/form-data")) return { ok: true, form: await request.formData() };
  try {
    const form = await unstable_parseMultipartFormData(request, unstable_createMemoryUploadHandler({ maxPartSize: MAX_UPLOAD_PART }));
    return { ok: true, form };
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return { ok: false, error: "image.tooLarge" };
    throw error;
  }
}
