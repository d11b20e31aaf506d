import { redirect } from "@remix-run/node";
import { requireProducerMember, type ProducerMemberUser } from "./auth.server";

/**
 * A member of an ACTIVE producer. Applicants and rejected or suspended producers only see their
 * status and profile, so every other dashboard loader and action sends them back to the overview.
 */
export async function requireActiveProducerMember(request: Request): Promise<ProducerMemberUser> {
  const user = await requireProducerMember(request);
  if (user.producerStatus !== "ACTIVE") throw redirect("/dashboard");
  return user;
}
