import { hashPassword } from "~/models/accounts/passwords.server";
import type { CancellationPolicy, ProducerStatus, ProductKind, ProductStatus, Role, Unit } from "~/generated/prisma/enums";
import { db } from "~/utils/db.server";

let counter = 0;
const next = () => ++counter;

let cachedHash: Promise<string> | undefined;
export const FACTORY_PASSWORD = "correct-horse-battery";
const passwordHash = () => (cachedHash ??= hashPassword(FACTORY_PASSWORD));

export async function createUser(overrides: { email?: string; role?: Role; name?: string; active?: boolean } = {}) {
  const n = next();
  return db.user.create({
    data: {
      email: overrides.email ?? `user${n}@test.az`,
      name: overrides.name ?? `User ${n}`,
      role: overrides.role ?? "SHOPPER",
      active: overrides.active ?? true,
      passwordHash: await passwordHash(),
    },
  });
}

/** A region, a sector and a category to hang producers and products on. */
export async function ensureTaxonomy() {
  const region =
    (await db.region.findUnique({ where: { slug: "seki-zaqatala" } })) ??
    (await db.region.create({ data: { slug: "seki-zaqatala", nameAz: "Şəki-Zaqatala", nameEn: "Shaki-Zagatala", nameRu: "Шеки-Загатала" } }));
  const sector =
    (await db.sector.findUnique({ where: { slug: "agro-processing" } })) ??
    (await db.sector.create({ data: { slug: "agro-processing", nameAz: "Aqroemal", nameEn: "Agro-processing", nameRu: "Агропереработка" } }));
  const category =
    (await db.category.findUnique({ where: { slug: "sweets" } })) ??
    (await db.category.create({ data: { slug: "sweets", sectorId: sector.id, nameAz: "Şirniyyat", nameEn: "Sweets", nameRu: "Сладости" } }));
  return { region, sector, category };
}

export async function createProducer(overrides: { status?: ProducerStatus; name?: string; memberId?: string } = {}) {
  const n = next();
  const { region, sector } = await ensureTaxonomy();
  const producer = await db.producer.create({
    data: {
      slug: `producer-${n}`,
      name: overrides.name ?? `Ailə Təsərrüfatı ${n}`,
      regionId: region.id,
      status: overrides.status ?? "ACTIVE",
      sectors: { create: { sectorId: sector.id } },
      // Delivers everywhere for free unless a test sets its own zones.
      deliveryZones: { create: { everywhere: true, feeQ: 0, minDays: 1, maxDays: 3 } },
    },
  });
  if (overrides.memberId) {
    await db.producerMember.create({ data: { producerId: producer.id, userId: overrides.memberId, role: "OWNER" } });
  }
  return producer;
}

/** The fee of the producer's "all of Azerbaijan" zone (the flat fee before zones). */
export async function setFlatFee(producerId: string, feeQ: number) {
  await db.deliveryZone.updateMany({ where: { producerId, everywhere: true }, data: { feeQ } });
}

/** Pickup only: the producer's delivery zones are gone. */
export async function stopDelivering(producerId: string) {
  await db.deliveryZone.deleteMany({ where: { producerId } });
}

/** A producer with one member account; returns both. */
export async function createProducerWithMember() {
  const member = await createUser();
  const producer = await createProducer({ memberId: member.id });
  return { producer, member };
}

export async function createProduct(
  producerId: string,
  overrides: Partial<{
    titleAz: string;
    titleEn: string;
    priceQ: number;
    stock: number;
    status: ProductStatus;
    kind: ProductKind;
    seasonMonths: number;
    unit: Unit;
  }> = {},
) {
  const n = next();
  const { category } = await ensureTaxonomy();
  return db.product.create({
    data: {
      slug: `product-${n}`,
      producerId,
      categoryId: category.id,
      titleAz: overrides.titleAz ?? `Məhsul ${n}`,
      titleEn: overrides.titleEn ?? `Product ${n}`,
      unit: overrides.unit ?? "kg",
      priceQ: overrides.priceQ ?? 450,
      stock: overrides.stock ?? 10,
      status: overrides.status ?? "PUBLISHED",
      kind: overrides.kind ?? "GOOD",
      seasonMonths: overrides.seasonMonths ?? 4095,
      publishedAt: new Date(),
    },
  });
}

/** A room booked by the night: guests up to maxGuests, priced per night (weekend price optional). */
export async function createStay(
  producerId: string,
  overrides: Partial<{
    priceQ: number;
    weekendPriceQ: number | null;
    maxGuests: number;
    minNights: number;
    cancellationPolicy: CancellationPolicy;
    meetingPoint: string;
  }> = {},
) {
  const room = await createProduct(producerId, { kind: "STAY", unit: "night", stock: 0, priceQ: overrides.priceQ ?? 6000 });
  return db.product.update({
    where: { id: room.id },
    data: {
      maxGuests: overrides.maxGuests ?? 2,
      minNights: overrides.minNights ?? 1,
      weekendPriceQ: overrides.weekendPriceQ ?? null,
      cancellationPolicy: overrides.cancellationPolicy ?? "MODERATE",
      meetingPoint: overrides.meetingPoint ?? "Lahıc kəndi, Hüseyn Cavid küçəsi 12",
    },
  });
}
