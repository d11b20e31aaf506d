import type { DemandEventType, OrderStatus, ProducerStatus } from "~/generated/prisma/enums";
import { db } from "~/utils/db.server";
import { createProducer, createProducerWithMember, createProduct, createUser } from "./factories";
import { sessionCookieFor } from "./http";

let counter = 0;
const next = () => ++counter;

/** One signed-in account of each kind the admin area must tell apart. */
export async function signedInCast() {
  const shopper = await createUser();
  const { member, producer } = await createProducerWithMember();
  const mentor = await createUser({ role: "MENTOR", name: "Mentor Leyla" });
  const admin = await createUser({ role: "ADMIN", name: "Admin Elvin" });
  return {
    users: { shopper, member, mentor, admin },
    producer,
    cookies: {
      anonymous: null,
      shopper: await sessionCookieFor(shopper.id),
      member: await sessionCookieFor(member.id),
      mentor: await sessionCookieFor(mentor.id),
      admin: await sessionCookieFor(admin.id),
    },
  };
}

/** A listing waiting for a mentor's review, by an active producer. */
export async function createPendingListing(producerId: string, overrides: { titleAz?: string; titleEn?: string } = {}) {
  const product = await createProduct(producerId, { status: "PENDING_REVIEW", ...overrides });
  return db.product.update({
    where: { id: product.id },
    data: { publishedAt: null, submittedAt: new Date() },
  });
}

/** A producer application (status APPLIED) with one member account. */
export async function createApplication(name?: string) {
  const member = await createUser();
  const producer = await createProducer({ status: "APPLIED", name, memberId: member.id });
  return { producer, member };
}

export async function createRegion(slug: string, nameEn: string) {
  return db.region.create({ data: { slug, nameAz: nameEn, nameEn, nameRu: nameEn } });
}

export async function createSector(slug: string, nameEn: string) {
  return db.sector.create({ data: { slug, nameAz: nameEn, nameEn, nameRu: nameEn } });
}

export async function createCategory(sectorId: number, slug: string) {
  return db.category.create({ data: { slug, sectorId, nameAz: slug, nameEn: slug, nameRu: slug } });
}

/** A producer in a given region and sector (ACTIVE, approved at `approvedAt`). */
export async function createProducerIn(
  regionId: number,
  sectorId: number,
  overrides: { status?: ProducerStatus; approvedAt?: Date | null; mentorId?: string | null; name?: string } = {},
) {
  const n = next();
  return db.producer.create({
    data: {
      slug: `report-producer-${n}-${Date.now().toString(36)}`,
      name: overrides.name ?? `Report producer ${n}`,
      regionId,
      status: overrides.status ?? "ACTIVE",
      approvedAt: overrides.approvedAt === undefined ? new Date() : overrides.approvedAt,
      mentorId: overrides.mentorId ?? null,
      sectors: { create: { sectorId } },
    },
  });
}

export async function createProductIn(producerId: string, categoryId: number, overrides: { priceQ?: number; titleEn?: string } = {}) {
  const n = next();
  return db.product.create({
    data: {
      slug: `report-product-${n}-${Date.now().toString(36)}`,
      producerId,
      categoryId,
      titleAz: overrides.titleEn ?? `Hesabat məhsulu ${n}`,
      titleEn: overrides.titleEn ?? `Report product ${n}`,
      unit: "kg",
      priceQ: overrides.priceQ ?? 1000,
      stock: 0,
      status: "PUBLISHED",
      publishedAt: new Date(),
    },
  });
}

/**
 * One checkout with one order for one producer: `lines` of [product, quantity]; totals in qəpik.
 * The shopper is a user id or a guest email.
 */
export async function createOrder(input: {
  producerId: string;
  lines: { productId: string; priceQ: number; quantity: number }[];
  placedAt: Date;
  status?: OrderStatus;
  userId?: string | null;
  email?: string;
  deliveryQ?: number;
  commissionQ?: number;
}) {
  const n = next();
  const subtotalQ = input.lines.reduce((sum, line) => sum + line.priceQ * line.quantity, 0);
  const totalQ = subtotalQ + (input.deliveryQ ?? 0);
  const group = await db.checkoutGroup.create({
    data: {
      idempotencyKey: `admin-test-${n}-${Date.now()}`,
      userId: input.userId ?? null,
      name: "Test Shopper",
      email: input.email ?? `shopper${n}@test.az`,
      phone: "+994501112233",
      paymentMethod: "CASH",
      paymentStatus: "NOT_REQUIRED",
      totalQ,
      createdAt: input.placedAt,
    },
  });
  return db.order.create({
    data: {
      number: `T-${n}-${Date.now().toString(36)}`,
      groupId: group.id,
      producerId: input.producerId,
      userId: input.userId ?? null,
      status: input.status ?? "COMPLETED",
      fulfilment: "DELIVERY",
      subtotalQ,
      deliveryQ: input.deliveryQ ?? 0,
      totalQ,
      commissionQ: input.commissionQ ?? 0,
      placedAt: input.placedAt,
      // A sale counts from its confirmation; these are confirmed the moment they are placed.
      confirmedAt: (input.status ?? "COMPLETED") === "PLACED" ? null : input.placedAt,
      lines: {
        create: input.lines.map((line) => ({
          productId: line.productId,
          title: "Line",
          unit: "kg",
          unitPriceQ: line.priceQ,
          quantity: line.quantity,
          totalQ: line.priceQ * line.quantity,
        })),
      },
    },
  });
}

export async function createDemandEvent(input: {
  type: DemandEventType;
  createdAt: Date;
  productId?: string;
  producerId?: string;
  regionId?: number;
  query?: string;
  resultCount?: number;
}) {
  return db.demandEvent.create({ data: input });
}
