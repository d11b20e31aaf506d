import crypto from "node:crypto";
import { hashPassword } from "~/models/accounts/passwords.server";
import { db, type Prisma } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n";
import { slugify } from "~/utils/slug";
import type { ApplicationInput, ApplicationWithSignupInput } from "~/models/producers/application-schema";
import { canMoveProducer } from "~/models/producers/producer-status";

export type ApplicationError =
  | { field: "email"; error: "auth.signup.emailTaken" }
  | { field: "regionId"; error: "form.required" }
  | { field: "sectors"; error: "dashboard.sell.chooseSector" }
  | { field: ""; error: "dashboard.sell.alreadyMember" };

export type ApplicationResult = { ok: true; userId: string; producerId: string } | ({ ok: false } & ApplicationError);

/** Where the user stands: no producer yet, or the producer they belong to and its status. */
export async function applicationStatus(userId: string) {
  const membership = await db.producerMember.findUnique({
    where: { userId },
    select: { role: true, producer: { select: { id: true, name: true, status: true, statusReason: true } } },
  });
  return membership ? { ...membership.producer, role: membership.role } : null;
}

async function uniqueProducerSlug(name: string, tx: Prisma.TransactionClient) {
  const base = slugify(name) || "producer";
  if (!(await tx.producer.findUnique({ where: { slug: base }, select: { id: true } }))) return base;
  return `${base}-${crypto.randomBytes(3).toString("hex")}`;
}

async function checkTaxonomy(input: ApplicationInput, tx: Prisma.TransactionClient): Promise<ApplicationError | null> {
  const [region, sectors] = await Promise.all([tx.region.count({ where: { id: input.regionId } }), tx.sector.count({ where: { id: { in: input.sectors } } })]);
  if (!region) return { field: "regionId", error: "form.required" };
  if (sectors !== new Set(input.sectors).size) return { field: "sectors", error: "dashboard.sell.chooseSector" };
  return null;
}

function producerColumns(input: ApplicationInput) {
  return { name: input.businessName, regionId: input.regionId, storyAz: input.storyAz, phone: input.phone };
}

/**
 * A signed-in user applies: a new APPLIED producer with them as OWNER. A member of a rejected
 * producer applies again with the same producer; a member of any other producer cannot apply.
 */
export async function applyAsProducer(userId: string, input: ApplicationInput): Promise<ApplicationResult> {
  return db.$transaction(async (tx) => {
    const invalid = await checkTaxonomy(input, tx);
    if (invalid) return { ok: false, ...invalid };
    const membership = await tx.producerMember.findUnique({
      where: { userId },
      select: { producer: { select: { id: true, status: true } } },
    });
    if (membership) {
      const producer = membership.producer;
      if (!canMoveProducer(producer.status, "APPLIED")) return { ok: false, field: "", error: "dashboard.sell.alreadyMember" };
      await tx.producer.update({
        where: { id: producer.id },
        data: {
          ...producerColumns(input),
          status: "APPLIED",
          statusReason: "",
          sectors: { deleteMany: {}, create: input.sectors.map((sectorId) => ({ sectorId })) },
        },
      });
      return { ok: true, userId, producerId: producer.id };
    }
    const producer = await tx.producer.create({
      data: {
        ...producerColumns(input),
        slug: await uniqueProducerSlug(input.businessName, tx),
        status: "APPLIED",
        sectors: { create: [...new Set(input.sectors)].map((sectorId) => ({ sectorId })) },
        members: { create: { userId, role: "OWNER" } },
      },
      select: { id: true },
    });
    return { ok: true, userId, producerId: producer.id };
  });
}

/** A visitor signs up and applies in one step: the account and the application exist together or not at all. */
export async function signUpAndApply(input: ApplicationWithSignupInput, locale: Locale): Promise<ApplicationResult> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
        return { ok: false as const, field: "email" as const, error: "auth.signup.emailTaken" as const };
      }
      const invalid = await checkTaxonomy(input, tx);
      if (invalid) return { ok: false as const, ...invalid };
      const user = await tx.user.create({
        data: { name: input.name, email: input.email, passwordHash, phone: input.phone, role: "SHOPPER", locale },
        select: { id: true },
      });
      const producer = await tx.producer.create({
        data: {
          ...producerColumns(input),
          slug: await uniqueProducerSlug(input.businessName, tx),
          status: "APPLIED",
          sectors: { create: [...new Set(input.sectors)].map((sectorId) => ({ sectorId })) },
          members: { create: { userId: user.id, role: "OWNER" } },
        },
        select: { id: true },
      });
      return { ok: true as const, userId: user.id, producerId: producer.id };
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return { ok: false, field: "email", error: "auth.signup.emailTaken" };
    throw error;
  }
}
