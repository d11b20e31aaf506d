import type { DemandEventType, OrderStatus, ProductKind } from "~/generated/prisma/enums";
import { db } from "~/utils/db.server";
import { createProducerWithMember, createProduct, createUser, ensureTaxonomy } from "./factories";
import { loadContext, sessionCookieFor } from "./http";

/** Two producers, each with a signed-in owner and a published product: A acts, B must stay untouched. */
export async function twoProducers() {
  const a = await createProducerWithMember();
  const b = await createProducerWithMember();
  const [cookieA, cookieB] = await Promise.all([sessionCookieFor(a.member.id), sessionCookieFor(b.member.id)]);
  const productA = await createProduct(a.producer.id);
  const productB = await createProduct(b.producer.id);
  return { a: { ...a, cookie: cookieA, product: productA }, b: { ...b, cookie: cookieB, product: productB } };
}

export async function createExperience(producerId: string) {
  return createProductOfKind(producerId, "EXPERIENCE");
}

async function createProductOfKind(producerId: string, kind: ProductKind) {
  const product = await createProduct(producerId, { kind, unit: "person" });
  return db.product.update({
    where: { id: product.id },
    data: { meetingPoint: "Şəki, Xan sarayı", durationMin: 120, ...(kind === "EXPERIENCE" ? { maxGuests: 8 } : {}) },
  });
}

export async function createMentorTask(producerId: string, title = "Şəkilləri yenilə") {
  const mentor = await createUser({ role: "MENTOR" });
  return db.mentorTask.create({ data: { producerId, authorId: mentor.id, title, dueDate: new Date(Date.now() + 86_400_000) } });
}

/** A snapshot of everything a dashboard action could touch for one producer, to prove nothing changed. */
export async function producerSnapshot(producerId: string) {
  const [producer, products, variants, slots, images, members, invites, tasks] = await Promise.all([
    db.producer.findUniqueOrThrow({ where: { id: producerId } }),
    db.product.findMany({ where: { producerId }, orderBy: { id: "asc" } }),
    db.variant.findMany({ where: { product: { producerId } }, orderBy: { id: "asc" } }),
    db.slot.findMany({ where: { product: { producerId } }, orderBy: { id: "asc" } }),
    db.image.findMany({ where: { producerId }, orderBy: { id: "asc" } }),
    db.producerMember.findMany({ where: { producerId }, orderBy: { id: "asc" } }),
    db.producerInvite.findMany({ where: { producerId }, orderBy: { id: "asc" } }),
    db.mentorTask.findMany({ where: { producerId }, orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify({ producer, products, variants, slots, images, members, invites, tasks });
}

export const routeArgs = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: loadContext });

export const listingForm = async (overrides: Record<string, string | string[]> = {}) => {
  const { category } = await ensureTaxonomy();
  return {
    intent: "save",
    titleAz: "Ev tutu mürəbbəsi",
    titleEn: "",
    titleRu: "",
    descriptionAz: "Şəkidə bişirilmiş ağ tut mürəbbəsi.",
    categoryId: String(category.id),
    unit: "jar",
    kind: "GOOD",
    price: "4,50",
    stock: "12",
    ...overrides,
  };
};

/** The profile form as a producer would send it. */
export async function profileForm(overrides: Record<string, string> = {}) {
  const { region } = await ensureTaxonomy();
  return {
    intent: "profile",
    storyAz: "Şəkidə üç nəsildir halva bişiririk.",
    storyEn: "Three generations of halva makers in Shaki.",
    storyRu: "",
    regionId: String(region.id),
    district: "Kiş",
    phone: "+994 50 111 22 33",
    pickupAddress: "",
    ...overrides,
  };
}

/** A phone-like JPEG carrying GPS coordinates in its EXIF block. */
export async function jpegWithGps(width = 1200, height = 900) {
  const sharp = (await import("sharp")).default;
  return sharp({ create: { width, height, channels: 3, background: "#b5462e" } })
    .jpeg({ quality: 85 })
    .withExif({
      IFD0: { Make: "PhoneCo", Model: "Camera 1" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "40/1 24/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "49/1 52/1 0/1" },
    })
    .toBuffer();
}

/** A multipart POST like a browser's, with one file field. */
export function multipartRequest(
  path: string,
  fields: Record<string, string>,
  file: { name: string; field?: string; type?: string; data: Buffer } | null,
  cookie: string,
) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  if (file) form.append(file.field ?? "photo", new Blob([new Uint8Array(file.data)], { type: file.type ?? "image/jpeg" }), file.name);
  return new Request(`http://localhost${path}`, { method: "POST", body: form, headers: { Cookie: cookie } });
}

let saleCounter = 0;
/** An order for one product line, placed at `placedAt` (checkout itself is another area's work). */
export async function createSale(
  producerId: string,
  line: { productId: string; quantity: number; unitPriceQ: number },
  options: { status?: OrderStatus; placedAt?: Date } = {},
) {
  const n = ++saleCounter;
  const totalQ = line.quantity * line.unitPriceQ;
  const group = await db.checkoutGroup.create({
    data: {
      idempotencyKey: `dash-${n}-${Math.random()}`,
      name: "Alıcı",
      email: `buyer${n}@test.az`,
      phone: "+994501112233",
      paymentMethod: "CASH",
      paymentStatus: "NOT_REQUIRED",
      totalQ,
    },
  });
  return db.order.create({
    data: {
      number: `D-${Date.now()}-${n}`,
      groupId: group.id,
      producerId,
      status: options.status ?? "CONFIRMED",
      fulfilment: "DELIVERY",
      subtotalQ: totalQ,
      totalQ,
      placedAt: options.placedAt ?? new Date(),
      // A sale counts from its confirmation; these are confirmed the moment they are placed.
      confirmedAt: (options.status ?? "CONFIRMED") === "PLACED" ? null : (options.placedAt ?? new Date()),
      lines: { create: { productId: line.productId, title: "x", unit: "kg", unitPriceQ: line.unitPriceQ, quantity: line.quantity, totalQ } },
    },
  });
}

export async function demandEvents(type: DemandEventType, count: number, base: { productId: string; producerId: string; query?: string; createdAt?: Date }) {
  await db.demandEvent.createMany({ data: Array.from({ length: count }, () => ({ type, ...base })) });
}
