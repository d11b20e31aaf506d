/**
 * Demo data for development: regions, sectors and categories from prisma/data (a copy of
 * shared/data), 28 producers with their products, photos drawn locally with sharp, demo
 * accounts, orders in every state, collections, demand events and mentoring records.
 *
 *   tsx prisma/seed.ts [--if-empty] [--force]
 * Refuses to run when NODE_ENV=production unless --force is given.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { hashPassword } from "~/models/accounts/passwords.server";
import { bakuToday } from "~/utils/baku-time";
import { REGIONS } from "~/models/catalog/region-data";
import { stayTotalQ } from "~/models/bookings/stay-pricing";
import { monthsToMask } from "~/models/catalog/season";
import { NO_ALLERGENS } from "~/models/catalog/product-facts";
import { processImage, type PipelineOptions, type ProcessedImage } from "~/models/images/pipeline.server";
import { diskStore, uploadStore } from "~/models/images/upload-store.server";
import { commissionFor, postSale } from "~/models/payments/ledger.server";
import type { DemandEventType, OrderEventStatus, Role } from "~/generated/prisma/enums";
import { db, ensureDbReady, type Prisma } from "~/utils/db.server";
import { slugify } from "~/utils/slug";
import { demoProducers, type DemoProducer } from "./seed/catalog";
import { familyPortrait, productIllustration, regionPicture } from "./seed/illustrations";
import { seedConsignments } from "./seed/consignments";
import { seedCentreParcels } from "./seed/parcels";
import { hashString, seededRandom } from "./seed/pictures";

export const DEMO_PASSWORD = "abad-demo-2026";

type Named = { slug: string; az: string; en: string; ru: string };
type CategoriesFile = { sectors: (Named & { categories: Named[] })[] };

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "data", file), "utf8")) as T;
}

const DAY = 24 * 60 * 60 * 1000;

async function clearDatabase() {
  // Children before parents; the FTS triggers keep the search index in step.
  await db.$transaction([
    db.message.deleteMany(),
    db.messageReader.deleteMany(),
    db.messageThread.deleteMany(),
    db.stockDigest.deleteMany(),
    db.auditLog.deleteMany(),
    db.mentorTask.deleteMany(),
    db.mentorNote.deleteMany(),
    db.demandEvent.deleteMany(),
    db.mailOutbox.deleteMany(),
    db.webhookEvent.deleteMany(),
    db.outboxJob.deleteMany(),
    db.paymentProblem.deleteMany(),
    db.payoutItem.deleteMany(),
    db.ledgerPosting.deleteMany(),
    db.ledgerJournal.deleteMany(),
    db.counterSaleLine.deleteMany(),
    db.counterSale.deleteMany(),
    db.consignmentLine.deleteMany(),
    db.consignment.deleteMany(),
    db.centreStock.deleteMany(),
    db.payoutBatch.deleteMany(),
    db.orderEvent.deleteMany(),
    db.returnRequest.deleteMany(),
    db.stayNight.deleteMany(),
    db.orderLine.deleteMany(),
    db.order.deleteMany(),
    db.checkoutGroup.deleteMany(),
    db.cartLine.deleteMany(),
    db.cart.deleteMany(),
    db.collectionItem.deleteMany(),
    db.collection.deleteMany(),
    db.review.deleteMany(),
    db.stockAlert.deleteMany(),
    db.favorite.deleteMany(),
    db.image.deleteMany(),
    db.slot.deleteMany(),
    db.variant.deleteMany(),
    db.product.deleteMany(),
    db.producerInvite.deleteMany(),
    db.producerMember.deleteMany(),
    db.producerSector.deleteMany(),
    db.producer.deleteMany(),
    db.category.deleteMany(),
    db.sector.deleteMany(),
    db.region.deleteMany(),
    db.passwordReset.deleteMany(),
    db.loginAttempt.deleteMany(),
    db.session.deleteMany(),
    db.address.deleteMany(),
    db.user.deleteMany(),
    db.producerCentre.deleteMany(),
    db.centre.deleteMany(),
  ]);
}

async function seedTaxonomy() {
  const regions = REGIONS;
  const { sectors } = readJson<CategoriesFile>("categories.json");
  for (const region of regions) {
    await db.region.create({
      data: {
        slug: region.slug,
        nameAz: region.az,
        nameEn: region.en,
        nameRu: region.ru,
        districts: region.districts.join(","),
        knownFor: region.known_for.join(";"),
      },
    });
  }
  for (const [sectorIndex, sector] of sectors.entries()) {
    await db.sector.create({
      data: {
        slug: sector.slug,
        nameAz: sector.az,
        nameEn: sector.en,
        nameRu: sector.ru,
        position: sectorIndex,
        categories: {
          create: sector.categories.map((c, i) => ({ slug: c.slug, nameAz: c.az, nameEn: c.en, nameRu: c.ru, position: i })),
        },
      },
    });
  }
  const regionIds = new Map((await db.region.findMany({ select: { id: true, slug: true } })).map((r) => [r.slug, r.id]));
  const sectorIds = new Map((await db.sector.findMany({ select: { id: true, slug: true } })).map((s) => [s.slug, s.id]));
  const categoryIds = new Map((await db.category.findMany({ select: { id: true, slug: true } })).map((c) => [c.slug, c.id]));
  return { regionIds, sectorIds, categoryIds, categorySlugs: [...categoryIds.keys()] };
}

type Processed = ProcessedImage;

/** A demo picture the pipeline refuses is a bug in the drawings: the seed stops. */
async function demoImage(raster: Buffer, options: PipelineOptions): Promise<ProcessedImage> {
  const result = await processImage(raster, options);
  if (!result.ok) throw new Error(`demo picture ${options.fileKey} refused: ${result.error}`);
  return result;
}

/**
 * Pipeline outputs are kept between seeds (the pictures are deterministic): a seed reuses the
 * files processed for the same SVG last time instead of encoding 224 pictures again. The first
 * seed on a machine fills it.
 */
const PICTURE_CACHE = process.env.SEED_PICTURE_CACHE ?? path.join("node_modules", ".cache", "abad-demo-pictures");

/**
 * Every demo picture drawn as SVG (prisma/seed/illustrations.ts), rasterised and sent through the
 * uploads' sharp pipeline at 640 × 480 (files at 320 and 640 wide: the demo's pictures are flat
 * illustrations, and this keeps the first seed short on two busy cores).
 */
async function seedPictures(jobs: { key: string; svg: string }[]) {
  const store = uploadStore();
  const pictures = new Map<string, Processed>();
  const queue = [...jobs];
  async function one({ key, svg }: { key: string; svg: string }) {
    const fileKey = `demo-${key}`;
    const hash = createHash("sha256").update(svg).digest("hex").slice(0, 24);
    const cached = path.join(PICTURE_CACHE, hash);
    const meta = path.join(cached, "picture.json");
    if (!fs.existsSync(meta)) {
      // at 640 wide, the largest file the demo keeps: nothing is drawn that is only scaled down again
      const raster = await sharp(Buffer.from(svg)).resize(640).png({ compressionLevel: 0 }).toBuffer();
      try {
        const processed = await demoImage(raster, { store: diskStore(PICTURE_CACHE), fileKey: hash, fast: true });
        fs.writeFileSync(meta, JSON.stringify(processed));
      } catch {
        // a read-only cache only costs time
        return demoImage(raster, { store, fileKey, fast: true });
      }
    }
    const stored = JSON.parse(fs.readFileSync(meta, "utf8")) as Processed;
    // A picture's files at once: into a bucket each put is a round trip, and the seed's 1,300-odd
    // files one after another were most of a first node's start (the two-node test's).
    const files = fs.readdirSync(cached).filter((name) => name !== "picture.json");
    await Promise.all(files.map((name) => store.put(`${fileKey}/${name}`, fs.readFileSync(path.join(cached, name)))));
    return { ...stored, fileKey };
  }
  async function worker() {
    for (let job = queue.shift(); job; job = queue.shift()) pictures.set(job.key, await one(job));
  }
  await Promise.all([worker(), worker()]);
  return pictures;
}

const productPictureKey = (producer: string, index: number) => `${producer}-${index}`;

/** What the seed draws: each product, each producer's family and each region. */
function pictureJobs(regionSlugs: string[]) {
  const jobs: { key: string; svg: string }[] = [];
  for (const producer of demoProducers) {
    jobs.push({ key: `family-${producer.slug}`, svg: familyPortrait(producer.slug, producer.sectors[0]) });
    for (const [index, product] of producer.products.entries())
      jobs.push({
        key: productPictureKey(producer.slug, index),
        svg: productIllustration(`${producer.slug}-${index}`, product.category, product.title.en),
      });
  }
  for (const slug of regionSlugs) jobs.push({ key: `region-${slug}`, svg: regionPicture(slug) });
  return jobs;
}

const imageFields = (picture: Processed, alt: string, position: number) => ({
  fileKey: picture.fileKey,
  width: picture.width,
  height: picture.height,
  widths: picture.widths.join(","),
  placeholder: picture.placeholder,
  alt,
  position,
});

async function seedRegionPictures(pictures: Awaited<ReturnType<typeof seedPictures>>) {
  for (const [key, picture] of pictures) {
    if (!key.startsWith("region-")) continue;
    await db.region.update({
      where: { slug: key.slice("region-".length) },
      data: {
        imageKey: picture.fileKey,
        imageWidths: picture.widths.join(","),
        imageWidth: picture.width,
        imageHeight: picture.height,
        imagePlaceholder: picture.placeholder,
      },
    });
  }
}

async function seedUsers(passwordHash: string) {
  const make = (email: string, name: string, role: Role) => db.user.create({ data: { email, name, role, passwordHash }, select: { id: true } });
  return {
    shopper: await make("shopper@example.az", "Aygün Məmmədova", "SHOPPER"),
    producer: await make("producer@example.az", "Rəşad Həsənov", "SHOPPER"),
    mentor: await make("mentor@example.az", "Leyla Quliyeva", "MENTOR"),
    admin: await make("admin@example.az", "Elvin Əliyev", "ADMIN"),
    shopper2: await make("nigar@example.az", "Nigar Babayeva", "SHOPPER"),
    mentor2: await make("mentor2@example.az", "Tural İsmayılov", "MENTOR"),
  };
}

/** Two ABAD centres (Baku's old town, in a restored hammam, and Şəki), and the Baku one's staff account. */
async function seedCentres(passwordHash: string) {
  const baku = await db.centre.create({
    data: {
      nameAz: "ABAD İçərişəhər mərkəzi",
      nameEn: "ABAD Old City centre",
      nameRu: "Центр ABAD в Ичеришехер",
      address: "Kiçik Qala küç. 5, bərpa olunmuş hamam",
      district: "Səbail",
      hoursAz: "Hər gün 10:00–20:00",
      hoursEn: "Daily 10:00–20:00",
      hoursRu: "Ежедневно 10:00–20:00",
      phone: "+994 12 505 00 10",
      pickupFeeQ: 200,
      pickupDays: 3,
      mapUrl: "https://www.openstreetmap.org/?mlat=40.3662&mlon=49.8371#map=18/40.3662/49.8371",
    },
    select: { id: true },
  });
  const sheki = await db.centre.create({
    data: {
      nameAz: "ABAD Şəki mərkəzi",
      nameEn: "ABAD Shaki centre",
      nameRu: "Центр ABAD в Шеки",
      address: "M. F. Axundzadə pr. 40",
      district: "Şəki",
      hoursAz: "B.e.–Ş. 09:00–18:00",
      hoursEn: "Mon–Sat 09:00–18:00",
      hoursRu: "Пн–Сб 09:00–18:00",
      phone: "+994 24 244 00 20",
      pickupFeeQ: 0,
      pickupDays: 1,
      mapUrl: "https://www.openstreetmap.org/?mlat=41.1990&mlon=47.1700#map=17/41.1990/47.1700",
    },
    select: { id: true },
  });
  await db.user.create({
    data: { email: "centre@example.az", name: "Səbinə Kərimova", role: "CENTRE_STAFF", centreId: baku.id, passwordHash },
  });
  return [baku.id, sheki.id];
}

/** The demo producer's family sends orders to both centres for pickup. */
async function seedCentrePickup(centreIds: string[]) {
  const producer = await db.producer.findUniqueOrThrow({ where: { slug: "mammadovlar-shirniyyat-evi" }, select: { id: true } });
  await db.producerCentre.createMany({ data: centreIds.map((centreId) => ({ producerId: producer.id, centreId })) });
}

/**
 * Pickups of the demo family's goods at the Baku centre, one in every state (./seed/parcels): goods
 * outside the demand-planning history (seedSalesHistory's first three), whose back-test figures
 * the README quotes.
 */
async function seedParcels(centreId: string, users: Awaited<ReturnType<typeof seedUsers>>) {
  const producer = await db.producer.findUniqueOrThrow({ where: { slug: "mammadovlar-shirniyyat-evi" }, select: { id: true } });
  const goods = await db.product.findMany({ where: { slug: { in: ["white-cherry-preserve", "shaki-halva-with-walnuts"] } }, select: { id: true } });
  const staff = await db.user.findUniqueOrThrow({ where: { email: "centre@example.az" }, select: { id: true } });
  await seedCentreParcels(centreId, {
    producerId: producer.id,
    memberId: users.producer.id,
    staffId: staff.id,
    productIds: goods.map((g) => g.id),
    shoppers: [
      { id: users.shopper.id, name: "Aygün Məmmədova", email: "shopper@example.az" },
      { id: users.shopper2.id, name: "Nigar Babayeva", email: "nigar@example.az" },
      { id: null, name: "Orxan Səfərov", email: "orxan@example.az" },
    ],
  });
}

/** The demo shopper has a phone and two saved delivery addresses, one of them the default. */
async function seedAddresses(shopperId: string) {
  await db.user.update({ where: { id: shopperId }, data: { phone: "+994 50 234 56 78" } });
  await db.address.create({ data: { userId: shopperId, district: "Nəsimi", street: "Nizami küç. 10, mənzil 5", isDefault: true } });
  await db.address.create({ data: { userId: shopperId, district: "Şəki", street: "M. F. Axundzadə pr. 12", lastUsedAt: new Date(Date.now() - 30 * DAY) } });
}

function producerStatus(index: number, total: number) {
  if (index === total - 1 || index === total - 2) return "APPLIED";
  if (index === total - 3) return "SUSPENDED";
  return "ACTIVE";
}

function productStatus(producerStatus: string, producerIndex: number, productIndex: number) {
  if (producerStatus === "APPLIED") return "DRAFT";
  if (producerIndex === 0 && productIndex === 5) return "PENDING_REVIEW";
  if (producerIndex === 0 && productIndex === 6) return "REJECTED";
  if (producerIndex % 7 === 3 && productIndex === 0) return "PENDING_REVIEW";
  if (producerIndex % 9 === 4 && productIndex === 1) return "ARCHIVED";
  return "PUBLISHED";
}

/** Upcoming sessions over the next two months: Wednesdays and Saturdays at 10:00 Baku time, Saturdays also at 15:00. */
function upcomingSlotTimes(now: Date) {
  const times: Date[] = [];
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 6, 0));
  for (let d = 0; d < 61; d++) {
    const day = new Date(start.getTime() + d * DAY);
    if (day.getUTCDay() === 3 || day.getUTCDay() === 6) times.push(day);
    if (day.getUTCDay() === 6) times.push(new Date(day.getTime() + 5 * 60 * 60 * 1000));
  }
  return times;
}

const POLICIES = ["MODERATE", "FLEXIBLE", "STRICT"] as const;

/**
 * What a guesthouse room or a tour adds to a listing: rooms sold by the night become stays
 * (guests by the room's name, a weekend and a summer price, a two-night minimum for cottages);
 * tours and workshops keep their sessions. Both get languages, inclusions, a policy.
 */
function bookingFields(item: DemoProducer["products"][number], index: number) {
  if (item.kind !== "EXPERIENCE") return {};
  const common = {
    languages: index % 2 === 0 ? "az,en,ru" : "az,ru",
    cancellationPolicy: POLICIES[index % POLICIES.length],
  };
  if (item.unit !== "night") {
    // The group size: no date is opened with more places (see the slots below).
    return { ...common, maxGuests: 12, included: "Bütün materiallar, çay və yerli şirniyyat", bring: "Rahat ayaqqabı və su" };
  }
  const family = /Dördnəfərlik|ailə|kottec|qonaq evi/i.test(item.title.az);
  return {
    ...common,
    kind: "STAY",
    maxGuests: family ? 4 : 2,
    minNights: /kottec/i.test(item.title.az) ? 2 : 1,
    weekendPriceQ: Math.round((item.priceQ * 1.2) / 100) * 100,
    seasonPriceQ: Math.round((item.priceQ * 1.3) / 100) * 100,
    // For a stay, the season months are when the season price applies: the summer.
    seasonMonths: monthsToMask([6, 7, 8]),
    included: "Səhər yeməyi, çay, isti su və Wi-Fi",
    bring: "Axşamlar üçün isti geyim",
  };
}

const SECTOR_OF = new Map(readJson<CategoriesFile>("categories.json").sectors.flatMap((s) => s.categories.map((c) => [c.slug, s.slug] as const)));
const SHELF_LIFE_DAYS: Record<string, number> = { sweets: 14, cheese: 30, "dried-fruit": 180, preserves: 365, pickles: 365, "juices-sauces": 365, honey: 730 };
const CARPET_SIZES = [
  [150, 230],
  [120, 180],
  [200, 300],
  [100, 150],
  [80, 120],
] as const;

/**
 * Demo facts for a good, from its category and unit (app/models/catalog/product-facts.ts says which
 * a category takes): carpets their size and wool, copper and pottery their height and weight, packed
 * food its weight or volume, shelf life and the allergens its name gives away (honey: none).
 */
function demoFacts(item: DemoProducer["products"][number], index: number) {
  if (item.kind !== "GOOD") return {};
  const en = item.title.en.toLowerCase();
  const category = item.category;
  if (category === "carpets") {
    const [widthCm, lengthCm] = CARPET_SIZES[index % CARPET_SIZES.length];
    return { widthCm, lengthCm, material: en.includes("silk") ? "silk" : "wool" };
  }
  if (category === "silk" || category === "embroidery") return { widthCm: 90, lengthCm: 90, material: category === "silk" ? "silk" : "velvet" };
  if (category === "copperware") return { heightCm: 12 + 3 * (index % 4), weightG: 600 + 150 * (index % 4), material: "copper" };
  if (category === "ceramics") return { heightCm: 20 + 2 * (index % 4), weightG: 900, material: "clay" };
  if (category === "woodwork") return { widthCm: 30, lengthCm: 40, material: "wood" };
  const sector = SECTOR_OF.get(category);
  if (sector !== "agriculture" && sector !== "agro-processing") return {};
  const amount = item.unit === "bottle" ? { volumeMl: 500 } : ["jar", "box", "piece"].includes(item.unit) ? { weightG: item.unit === "box" ? 1000 : 450 } : {};
  const allergens = [
    ...(category === "nuts" || /hazelnut|walnut|almond|halva|pakhlava|baklava/.test(en) ? ["nuts"] : []),
    ...(category === "cheese" || category === "dairy" ? ["milk"] : []),
    ...(/pakhlava|baklava|shekerbura|cookie|bread/.test(en) ? ["gluten"] : []),
  ];
  return {
    ...amount,
    ...(SHELF_LIFE_DAYS[category] ? { shelfLifeDays: SHELF_LIFE_DAYS[category] } : {}),
    // Honey is the demo of a family saying there are none (not the same as not saying).
    ...(allergens.length ? { allergens: allergens.join(",") } : category === "honey" ? { allergens: NO_ALLERGENS } : {}),
  };
}

async function seedProducers(
  producers: DemoProducer[],
  ids: Awaited<ReturnType<typeof seedTaxonomy>>,
  pictures: Awaited<ReturnType<typeof seedPictures>>,
  users: Awaited<ReturnType<typeof seedUsers>>,
  passwordHash: string,
) {
  const now = new Date();
  const slotTimes = upcomingSlotTimes(now);
  const created: { id: string; slug: string; status: string; productIds: string[] }[] = [];
  for (const [index, demo] of producers.entries()) {
    const status = producerStatus(index, producers.length);
    const random = seededRandom(hashString(demo.slug));
    const createdAt = new Date(now.getTime() - (400 - index * 10) * DAY);
    const ownerId =
      index === 0
        ? users.producer.id
        : (
            await db.user.create({
              data: { email: `${demo.slug}@example.az`, name: demo.name, passwordHash },
              select: { id: true },
            })
          ).id;
    const family = pictures.get(`family-${demo.slug}`)!;
    const place = pictures.get(`region-${demo.region}`)!;
    const producer = await db.producer.create({
      data: {
        slug: demo.slug,
        name: demo.name,
        regionId: ids.regionIds.get(demo.region)!,
        district: demo.district,
        storyAz: demo.story.az,
        storyEn: demo.story.en,
        storyRu: demo.story.ru,
        phone: demo.phone,
        status,
        statusReason: status === "SUSPENDED" ? "Sanitariya sənədləri yenilənənədək dayandırılıb." : "",
        verified: status === "ACTIVE" && demo.verified,
        mentorId: status === "APPLIED" ? null : index % 2 === 0 ? users.mentor.id : users.mentor2.id,
        offersPickup: demo.offersPickup,
        pickupAddress: demo.pickupAddress,
        // The demo families deliver everywhere at one fee, as before zones; producers add their own.
        deliveryZones: { create: { everywhere: true, feeQ: demo.deliveryFeeQ, minDays: 1, maxDays: 4 } },
        createdAt,
        approvedAt: status === "APPLIED" ? null : new Date(createdAt.getTime() + 5 * DAY),
        sectors: { create: demo.sectors.map((s) => ({ sectorId: ids.sectorIds.get(s)! })) },
        members: { create: { userId: ownerId, role: "OWNER" } },
        images: {
          create: [imageFields(family, `${demo.name}: ailə`, 0), imageFields(place, demo.district, 1)],
        },
      },
      select: { id: true, slug: true },
    });
    const productIds: string[] = [];
    for (const [productIndex, item] of demo.products.entries()) {
      const pStatus = productStatus(status, index, productIndex);
      const picture = pictures.get(productPictureKey(demo.slug, productIndex))!;
      const publishedAt = pStatus === "PUBLISHED" ? new Date(now.getTime() - (index * 7 + productIndex) * DAY) : null;
      const product = await db.product.create({
        data: {
          slug: slugify(item.title.en) || `${demo.slug}-${productIndex}`,
          producerId: producer.id,
          kind: item.kind,
          categoryId: ids.categoryIds.get(item.category)!,
          titleAz: item.title.az,
          titleEn: item.title.en,
          titleRu: item.title.ru,
          descriptionAz: item.description.az,
          descriptionEn: item.description.en,
          descriptionRu: item.description.ru,
          unit: item.unit,
          priceQ: item.priceQ,
          stock: item.kind === "EXPERIENCE" ? 0 : item.stock,
          seasonMonths: monthsToMask(item.seasonMonths),
          status: pStatus,
          reviewNote: pStatus === "REJECTED" ? "Şəkil bulanıqdır; məhsulun özünü göstərən aydın foto əlavə edin." : "",
          meetingPoint: item.meetingPoint ?? (item.unit === "night" ? `${demo.district}, ${demo.pickupAddress || demo.name}` : ""),
          durationMin: item.durationMin ?? 0,
          ...bookingFields(item, productIndex),
          ...demoFacts(item, productIndex),
          salesCount: Math.floor(random() * 40),
          createdAt: new Date(now.getTime() - (index * 7 + productIndex + 3) * DAY),
          publishedAt,
          submittedAt: pStatus === "PENDING_REVIEW" ? new Date(now.getTime() - (productIndex + 1) * DAY) : null,
          variants: item.variants
            ? {
                create: item.variants.map((v, i) => ({
                  nameAz: v.name.az,
                  nameEn: v.name.en,
                  nameRu: v.name.ru,
                  priceQ: v.priceQ,
                  stock: v.stock,
                  position: i,
                })),
              }
            : undefined,
          slots:
            item.kind === "EXPERIENCE" && item.unit !== "night"
              ? {
                  create: slotTimes.map((startsAt) => {
                    const capacity = 6 + Math.floor(random() * 7);
                    return { startsAt, capacity, seatsTaken: Math.floor(random() * 4) };
                  }),
                }
              : undefined,
          // the product, then the place it comes from
          images: {
            create: [
              { producerId: producer.id, ...imageFields(picture, item.title.az, 0) },
              { producerId: producer.id, ...imageFields(place, demo.district, 1) },
            ],
          },
        },
        select: { id: true },
      });
      productIds.push(product.id);
    }
    created.push({ id: producer.id, slug: producer.slug, status, productIds });
  }
  return created;
}

type SeededProducer = Awaited<ReturnType<typeof seedProducers>>[number];

const ORDER_STATES = ["PLACED", "CONFIRMED", "SHIPPED", "READY_FOR_PICKUP", "COMPLETED", "CANCELLED"] as const;

async function seedOrders(producers: SeededProducer[], users: Awaited<ReturnType<typeof seedUsers>>) {
  const active = producers.filter((p) => p.status === "ACTIVE");
  const now = Date.now();
  let number = 1000;
  // Payout details: confirmed for the first producers, one change still waiting for staff.
  const banks = [
    { bankHolder: "Rəşad Həsənov", bankIban: "AZ21NABZ00000000137010001944", bankConfirmedAt: new Date(now - 40 * DAY) },
    { bankHolder: "Günel Əliyeva", bankIban: "AZ83AIIB40060019440000000001", bankConfirmedAt: new Date(now - 40 * DAY) },
    { bankHolder: "Elçin Quliyev", bankIban: "AZ44IBAZ38090019440000000002", bankConfirmedAt: null },
  ];
  for (const [i, bank] of banks.entries()) {
    await db.producer.update({ where: { id: active[i].id }, data: { ...bank, bankChangedAt: new Date(now - 41 * DAY) } });
  }
  const bySlug = (slug: string) => producers.find((p) => p.slug === slug && p.status === "ACTIVE") ?? active[2];
  type Plan = { producer: SeededProducer; status: (typeof ORDER_STATES)[number]; userId: string | null; daysAgo?: number; returned?: DemoReturn };
  const plans: Plan[] = [
    ...ORDER_STATES.map((status) => ({ producer: active[0], status, userId: users.shopper.id })),
    ...ORDER_STATES.map((status, i) => ({ producer: active[1 + i], status, userId: users.shopper2.id })),
    { producer: active[0], status: "COMPLETED" as const, userId: null },
    { producer: active[0], status: "CONFIRMED" as const, userId: users.shopper2.id },
    { producer: active[7], status: "PLACED" as const, userId: null },
    // Handmade goods delivered within their family's return window, one return waiting for the
    // family and one the family declined (the mentor's returns queue shows both).
    {
      producer: bySlug("rzayevlar-kalaghayi-emalatxanasi"),
      status: "SHIPPED" as const,
      userId: users.shopper.id,
      daysAgo: 6,
      returned: { status: "REQUESTED", reason: "Kəlağayının rəngi şəkildəkindən xeyli açıqdır, geri qaytarmaq istəyirəm.", answer: "" },
    },
    {
      producer: bySlug("karimovlar-misgar-evi"),
      status: "SHIPPED" as const,
      userId: users.shopper2.id,
      daysAgo: 9,
      returned: {
        status: "DECLINED",
        reason: "Sininin kənarında əzik var, yəqin yolda olub.",
        answer: "Göndərməzdən əvvəl şəklini çəkmişdik, əzik yox idi. Kuryer xidmətinə müraciət edin.",
      },
    },
  ];
  for (const [i, plan] of plans.entries()) {
    const products = await db.product.findMany({
      where: { producerId: plan.producer.id, status: "PUBLISHED", kind: "GOOD" },
      select: { id: true, titleAz: true, unit: true, priceQ: true },
      orderBy: { slug: "asc" },
      take: 2,
    });
    if (products.length === 0) continue;
    const placedAt = new Date(now - (plan.daysAgo ?? 30 - i * 2) * DAY);
    const lines = products.map((p, j) => ({
      productId: p.id,
      title: p.titleAz,
      unit: p.unit,
      unitPriceQ: p.priceQ,
      quantity: j + 1,
      totalQ: p.priceQ * (j + 1),
    }));
    const subtotalQ = lines.reduce((s, l) => s + l.totalQ, 0);
    const reached = ORDER_STATES.indexOf(plan.status);
    const at = (step: number) => new Date(placedAt.getTime() + step * DAY);
    const confirmed = plan.status !== "PLACED" && plan.status !== "CANCELLED";
    const pickup = plan.status === "READY_FOR_PICKUP";
    const events: { status: OrderEventStatus; createdAt: Date }[] = [{ status: "PLACED", createdAt: placedAt }];
    if (confirmed) events.push({ status: "CONFIRMED", createdAt: at(1) });
    if (plan.status === "SHIPPED" || plan.status === "COMPLETED") events.push({ status: "SHIPPED", createdAt: at(2) });
    if (pickup) events.push({ status: "READY_FOR_PICKUP", createdAt: at(2) });
    if (plan.status === "COMPLETED") events.push({ status: "COMPLETED", createdAt: at(4) });
    if (plan.status === "CANCELLED") events.push({ status: "CANCELLED", createdAt: at(1) });
    const guest = plan.userId === null;
    // Every third confirmed order was paid by card (the programme holds that money); the rest are cash.
    const card = confirmed && i % 3 === 0;
    const group = await db.checkoutGroup.create({
      data: {
        idempotencyKey: `seed-${i}`,
        userId: plan.userId,
        name: guest ? "Orxan Səfərov" : plan.userId === users.shopper.id ? "Aygün Məmmədova" : "Nigar Babayeva",
        email: guest ? "orxan@example.az" : plan.userId === users.shopper.id ? "shopper@example.az" : "nigar@example.az",
        phone: "+994501234567",
        paymentMethod: card ? "CARD" : "CASH",
        paymentStatus: card ? "PAID" : "NOT_REQUIRED",
        receivedQ: card ? subtotalQ : 0,
        stripePaymentIntentId: card ? `pi_seed_${i}` : null,
        paidAt: card ? at(1) : null,
        totalQ: subtotalQ,
        createdAt: placedAt,
        orders: {
          create: {
            number: `AB-${++number}`,
            producerId: plan.producer.id,
            userId: plan.userId,
            status: plan.status,
            fulfilment: pickup ? "PICKUP" : "DELIVERY",
            address: pickup ? "" : "Nizami küç. 10, mənzil 5",
            district: pickup ? "" : "Nəsimi",
            subtotalQ,
            totalQ: subtotalQ,
            commissionQ: commissionFor(subtotalQ),
            placedAt,
            confirmedAt: confirmed ? at(1) : null,
            acceptedAt: confirmed ? at(1) : null,
            shippedAt: reached >= 2 && !pickup && plan.status !== "CANCELLED" ? at(2) : null,
            readyAt: pickup ? at(2) : null,
            completedAt: plan.status === "COMPLETED" ? at(4) : null,
            cancelledAt: plan.status === "CANCELLED" ? at(1) : null,
            cancelReason: plan.status === "CANCELLED" ? "Alıcı sifarişi ləğv etdi." : "",
            lines: { create: lines },
            events: { create: events },
          },
        },
      },
      select: { id: true, paymentMethod: true, orders: { select: { id: true, producerId: true, totalQ: true, commissionQ: true } } },
    });
    // The ledger is written the way the app writes it: the sale posted at confirmation.
    if (confirmed) for (const order of group.orders) await postSale(db, { ...order, group }, at(1));
    if (plan.returned) await seedReturn(group.orders[0].id, plan.returned, at(3), plan.userId);
  }
}

type DemoReturn = { status: "REQUESTED" | "DECLINED"; reason: string; answer: string };

/** A return written straight to its tables (no mail for demo data), with the order's history as the app writes it. */
async function seedReturn(orderId: string, demo: DemoReturn, requestedAt: Date, shopperId: string | null) {
  const { producer } = await db.order.findUniqueOrThrow({
    where: { id: orderId },
    select: { producer: { select: { members: { select: { userId: true } } } } },
  });
  const deciderId = producer.members[0].userId;
  const decidedAt = new Date(requestedAt.getTime() + DAY);
  const declined = demo.status === "DECLINED";
  await db.returnRequest.create({
    data: {
      orderId,
      reason: demo.reason,
      status: demo.status,
      answer: demo.answer,
      createdAt: requestedAt,
      ...(declined ? { decidedAt, decidedById: deciderId } : {}),
    },
  });
  await db.orderEvent.create({ data: { orderId, status: "RETURN_REQUESTED", note: demo.reason, actorId: shopperId, createdAt: requestedAt } });
  if (declined) await db.orderEvent.create({ data: { orderId, status: "RETURN_DECLINED", note: demo.answer, actorId: deciderId, createdAt: decidedAt } });
}

/**
 * A few nights already booked in the first guesthouse rooms, and seats in two tours: confirmed
 * cash bookings of the demo shopper, written as the checkout writes them (the nights taken by
 * the order line, the seats counted, the sale posted). One night of the first room is blocked
 * by its family. All within the next three weeks, so later dates stay free to book.
 */
async function seedBookings(users: Awaited<ReturnType<typeof seedUsers>>) {
  const now = new Date();
  const today = bakuToday(now);
  const day = (offset: number) => new Date(Date.parse(`${today}T00:00:00Z`) + offset * DAY).toISOString().slice(0, 10);
  const stays = await db.product.findMany({ where: { kind: "STAY", listed: true }, orderBy: { slug: "asc" }, take: 4 });
  const tours = await db.product.findMany({
    where: { kind: "EXPERIENCE", listed: true },
    orderBy: { slug: "asc" },
    take: 2,
    select: {
      id: true,
      titleAz: true,
      unit: true,
      priceQ: true,
      producerId: true,
      meetingPoint: true,
      slots: { orderBy: { startsAt: "asc" }, take: 2, select: { id: true, startsAt: true } },
    },
  });
  let n = 0;
  const book = async (producerId: string, address: string, line: Record<string, unknown> & { totalQ: number }, after?: (lineId: string) => Promise<void>) => {
    const placedAt = new Date(now.getTime() - (3 + n) * DAY);
    const confirmedAt = new Date(placedAt.getTime() + 2 * 60 * 60 * 1000);
    const group = await db.checkoutGroup.create({
      data: {
        idempotencyKey: `seed-booking-${n}`,
        userId: users.shopper.id,
        name: "Aygün Məmmədova",
        email: "shopper@example.az",
        phone: "+994501234567",
        paymentMethod: "CASH",
        paymentStatus: "NOT_REQUIRED",
        totalQ: line.totalQ,
        createdAt: placedAt,
        orders: {
          create: {
            number: `AB-${2000 + n}`,
            producerId,
            userId: users.shopper.id,
            status: "CONFIRMED",
            fulfilment: "ON_SITE",
            address,
            subtotalQ: line.totalQ,
            totalQ: line.totalQ,
            commissionQ: commissionFor(line.totalQ),
            placedAt,
            confirmedAt,
            acceptedAt: confirmedAt,
            lines: { create: line as never },
            events: {
              create: [
                { status: "PLACED", createdAt: placedAt },
                { status: "CONFIRMED", createdAt: confirmedAt },
              ],
            },
          },
        },
      },
      select: {
        id: true,
        paymentMethod: true,
        orders: { select: { id: true, producerId: true, totalQ: true, commissionQ: true, lines: { select: { id: true } } } },
      },
    });
    n++;
    const order = group.orders[0];
    await postSale(db, { ...order, group }, confirmedAt);
    if (after) await after(order.lines[0].id);
  };
  for (const [i, stay] of stays.entries()) {
    const checkIn = day(5 + i * 4);
    const nights = 2;
    const totalQ = stayTotalQ(stay, checkIn, nights);
    await book(
      stay.producerId,
      stay.meetingPoint,
      {
        productId: stay.id,
        title: stay.titleAz,
        unit: "night",
        unitPriceQ: Math.round(totalQ / nights),
        quantity: nights,
        totalQ,
        checkIn,
        checkOut: day(5 + i * 4 + nights),
        guests: 2,
      },
      async (lineId) => {
        await db.stayNight.createMany({ data: [0, 1].map((k) => ({ productId: stay.id, night: day(5 + i * 4 + k), orderLineId: lineId })) });
      },
    );
  }
  if (stays[0]) await db.stayNight.create({ data: { productId: stays[0].id, night: day(12) } });
  for (const tour of tours) {
    const slot = tour.slots[0];
    if (!slot) continue;
    await book(
      tour.producerId,
      tour.meetingPoint,
      {
        productId: tour.id,
        slotId: slot.id,
        title: tour.titleAz,
        unit: tour.unit,
        unitPriceQ: tour.priceQ,
        quantity: 2,
        totalQ: tour.priceQ * 2,
        guests: 2,
      },
      async () => {
        await db.slot.update({ where: { id: slot.id }, data: { seatsTaken: { increment: 2 } } });
      },
    );
  }
}

/**
 * Reviews of completed orders, so cards and product pages show stars. The signed-in shopper's
 * own completed order keeps one product unreviewed (the review form has something to show).
 */
async function seedReviews(users: Awaited<ReturnType<typeof seedUsers>>) {
  const completed = await db.order.findMany({
    where: { status: "COMPLETED", userId: { not: null } },
    orderBy: { number: "asc" },
    select: { id: true, userId: true, lines: { orderBy: { productId: "asc" }, select: { productId: true } } },
  });
  const bodies = [
    "Çox dadlıdır, evdə hamı bəyəndi. Yenə sifariş edəcəyəm.",
    "Keyfiyyəti yaxşıdır, amma çatdırılma bir gün gecikdi.",
    "Təzə və ətirlidir, qablaşdırma da səliqəli idi.",
  ];
  let n = 0;
  for (const order of completed) {
    const lines = order.userId === users.shopper.id ? order.lines.slice(0, 1) : order.lines;
    for (const line of lines) {
      const rating = [5, 4, 5][n % 3];
      await db.review.create({
        data: { productId: line.productId, userId: order.userId!, orderId: order.id, rating, body: bodies[n % bodies.length] },
      });
      await db.product.update({ where: { id: line.productId }, data: { ratingSum: { increment: rating }, ratingCount: { increment: 1 } } });
      n++;
    }
  }
}

/**
 * Conversations written straight to the tables (no mail goes out for demo data): the shopper's
 * question before buying, answered; a note on one of the shopper's orders; and a second shopper's
 * thread the family reported, so every messages page has something to show.
 */
async function seedMessages(producers: SeededProducer[], users: Awaited<ReturnType<typeof seedUsers>>) {
  const family = producers.find((p) => p.status === "ACTIVE")!;
  const now = Date.now();
  const at = (hoursAgo: number) => new Date(now - hoursAgo * 3_600_000);
  const products = await db.product.findMany({
    where: { producerId: family.id, status: "PUBLISHED" },
    orderBy: { slug: "asc" },
    take: 2,
    select: { id: true },
  });
  const order = await db.order.findFirst({ where: { userId: users.shopper.id, producerId: family.id, status: "SHIPPED" }, select: { id: true } });
  const threads = [
    {
      shopperId: users.shopper.id,
      productId: products[0]?.id ?? null,
      orderId: null,
      messages: [
        { side: "SHOPPER" as const, authorId: users.shopper.id, body: "Salam! Bu məhsul neçə gün təzə qalır? Bakıya göndərirsiniz?", createdAt: at(50) },
        {
          side: "PRODUCER" as const,
          authorId: users.producer.id,
          body: "Salam, Aygün xanım! Sərin yerdə iki həftə qalır. Bəli, Bakıya 2–3 günə çatdırırıq.",
          createdAt: at(47),
        },
      ],
    },
    {
      shopperId: users.shopper.id,
      productId: null,
      orderId: order?.id ?? null,
      messages: [{ side: "SHOPPER" as const, authorId: users.shopper.id, body: "Bağlamanı evdə olmayanda qonşuya verə bilərsinizmi?", createdAt: at(5) }],
    },
    {
      shopperId: users.shopper2.id,
      productId: products[1]?.id ?? products[0]?.id ?? null,
      orderId: null,
      reportReason: "Bazardan kənar ödəniş istəyir.",
      messages: [{ side: "SHOPPER" as const, authorId: users.shopper2.id, body: "Pulu birbaşa kartınıza köçürsəm endirim edərsiniz?", createdAt: at(20) }],
    },
  ];
  for (const thread of threads) {
    if (thread.orderId === null && thread.productId === null) continue;
    const last = thread.messages[thread.messages.length - 1].createdAt;
    const forShopper =
      thread.messages
        .filter((m) => m.side !== "SHOPPER")
        .map((m) => m.createdAt)
        .pop() ?? null;
    const forProducer =
      thread.messages
        .filter((m) => m.side !== "PRODUCER")
        .map((m) => m.createdAt)
        .pop() ?? null;
    await db.messageThread.create({
      data: {
        producerId: family.id,
        shopperId: thread.shopperId,
        productId: thread.productId,
        orderId: thread.orderId,
        lastMessageAt: last,
        lastForShopperAt: forShopper,
        lastForProducerAt: forProducer,
        createdAt: thread.messages[0].createdAt,
        reportedAt: "reportReason" in thread ? at(19) : null,
        reportedById: "reportReason" in thread ? users.producer.id : null,
        reportReason: "reportReason" in thread ? (thread.reportReason ?? "") : "",
        messages: { create: thread.messages },
        // What each side has read: the shopper read the answer, the family has not read the newest questions.
        readers: { create: [{ reader: thread.shopperId, lastReadAt: last }] },
      },
    });
  }
}

async function seedCollections(producers: SeededProducer[]) {
  const published = await db.product.findMany({
    where: { status: "PUBLISHED", producer: { status: "ACTIVE" } },
    select: { id: true, kind: true, category: { select: { sector: { select: { slug: true } } } } },
    orderBy: { slug: "asc" },
  });
  const pick = (filter: (p: (typeof published)[number]) => boolean, n: number) => published.filter(filter).slice(0, n);
  const collections = [
    {
      slug: "payizin-dadi",
      titleAz: "Payızın dadı",
      titleEn: "A taste of autumn",
      titleRu: "Вкус осени",
      items: pick((p) => p.category.sector.slug === "agriculture" || p.category.sector.slug === "agro-processing", 8),
    },
    {
      slug: "ustad-elleri",
      titleAz: "Ustad əlləri",
      titleEn: "Master hands",
      titleRu: "Руки мастеров",
      items: pick((p) => p.category.sector.slug === "handicraft", 8),
    },
    {
      slug: "dag-kendlerinde",
      titleAz: "Dağ kəndlərində",
      titleEn: "In the mountain villages",
      titleRu: "В горных сёлах",
      items: pick((p) => p.kind === "EXPERIENCE", 8),
    },
  ];
  for (const [position, c] of collections.entries()) {
    await db.collection.create({
      data: {
        slug: c.slug,
        titleAz: c.titleAz,
        titleEn: c.titleEn,
        titleRu: c.titleRu,
        onHome: true,
        position,
        items: { create: c.items.map((item, i) => ({ productId: item.id, position: i })) },
      },
    });
  }
  void producers;
}

/**
 * Shoppers waiting to hear about goods that are sold out or out of season, so the mentors' unmet
 * demand list has rows: a few demo shopper accounts, each asking about some of them.
 */
async function seedWaitingAlerts(passwordHash: string) {
  const asked = [
    { slug: "pomegranate-jam", kind: "STOCK" as const, shoppers: 7 },
    { slug: "dried-rosehips-istisu-highlands", kind: "STOCK" as const, shoppers: 4 },
    { slug: "propolis-tincture", kind: "STOCK" as const, shoppers: 2 },
    { slug: "shamakhi-grapes-madrasa", kind: "SEASON" as const, shoppers: 5 },
    { slug: "fresh-absheron-figs", kind: "SEASON" as const, shoppers: 3 },
  ];
  const count = Math.max(...asked.map((a) => a.shoppers));
  await db.user.createMany({
    data: Array.from({ length: count }, (_, i) => ({ email: `alici${i + 1}@example.az`, name: `Alıcı ${i + 1}`, passwordHash })),
  });
  const shoppers = await db.user.findMany({ where: { email: { startsWith: "alici" } }, orderBy: { email: "asc" }, select: { id: true } });
  const products = await db.product.findMany({ where: { slug: { in: asked.map((a) => a.slug) } }, select: { id: true, slug: true } });
  const now = Date.now();
  await db.stockAlert.createMany({
    data: asked.flatMap((a, n) => {
      const product = products.find((p) => p.slug === a.slug);
      if (!product) return [];
      return shoppers.slice(0, a.shoppers).map((shopper, i) => ({
        userId: shopper.id,
        productId: product.id,
        kind: a.kind,
        createdAt: new Date(now - (3 + n * 5 + i * 2) * DAY),
      }));
    }),
  });
}

/** Weeks of demo sales history: a year and a half, enough for a forecast and its back-test. */
const HISTORY_WEEKS = 78;

/**
 * Weekly sales for the first two families' first three goods, so demand planning has a forecast and
 * a back-test to show: one delivered card order a week per family (paid to the programme, so the
 * families are owed it; cash would leave them owing the commission and out of every payout batch), each product's units following a
 * yearly pattern of its own, growing a little, with some noise. Weeks count back from the seed's own
 * week, so the back-test's error (README) is the same whatever day the demo is seeded. Views, cart
 * adds and notify-me requests follow the same pattern over the months before seedDemand's 90 days.
 */
async function seedSalesHistory(producers: SeededProducer[]) {
  const random = seededRandom(1912);
  const now = Date.now();
  const families = producers.filter((p) => p.status === "ACTIVE").slice(0, 2);
  const events: { type: DemandEventType; productId: string; producerId: string; query?: string; createdAt: Date }[] = [];
  const groups: Prisma.CheckoutGroupCreateManyInput[] = [];
  const orders: (Prisma.OrderCreateManyInput & { id: string; groupId: string; totalQ: number; commissionQ: number })[] = [];
  const lines: Prisma.OrderLineCreateManyInput[] = [];
  const orderEvents: Prisma.OrderEventCreateManyInput[] = [];
  for (const [f, family] of families.entries()) {
    const products = await db.product.findMany({
      where: { producerId: family.id, status: "PUBLISHED", kind: "GOOD" },
      orderBy: { slug: "asc" },
      take: 3,
      select: { id: true, titleAz: true, unit: true, priceQ: true },
    });
    for (let k = HISTORY_WEEKS; k >= 1; k--) {
      // Exactly k weeks back: the sale falls in the k-th week before the seed's week.
      const confirmedAt = new Date(now - k * 7 * DAY);
      const placedAt = new Date(confirmedAt.getTime() - 60 * 60 * 1000);
      const shippedAt = new Date(confirmedAt.getTime() + DAY);
      const completedAt = new Date(confirmedAt.getTime() + 2 * DAY);
      const id = `seedhistory${f}w${k}`;
      const week = products.flatMap((p, j) => {
        const peak = (f * 3 + j) * 11;
        const season = 1 + 0.8 * Math.cos((2 * Math.PI * (k - peak)) / 52);
        const growth = 1 + (0.15 * (HISTORY_WEEKS - k)) / 52;
        const units = Math.max(0, Math.round([6, 3, 4][j] * season * growth * (0.8 + 0.4 * random())));
        if (k * 7 > 90) {
          const at = (n: number) => new Date(confirmedAt.getTime() - Math.floor(random() * 7) * DAY - n);
          const query = ["halva", "fındıq"][f];
          for (let v = 0; v < units * 6 + 2; v++)
            events.push({ type: "VIEW", productId: p.id, producerId: family.id, query: v % 5 === 0 ? query : undefined, createdAt: at(v) });
          for (let c = 0; c < Math.ceil(units * 1.4); c++) events.push({ type: "CART_ADD", productId: p.id, producerId: family.id, createdAt: at(c) });
          if (units <= 2) events.push({ type: "NOTIFY", productId: p.id, producerId: family.id, createdAt: at(0) });
        }
        return units ? [{ orderId: id, productId: p.id, title: p.titleAz, unit: p.unit, unitPriceQ: p.priceQ, quantity: units, totalQ: p.priceQ * units }] : [];
      });
      if (week.length === 0) continue;
      const subtotalQ = week.reduce((sum, l) => sum + l.totalQ, 0);
      groups.push({
        id,
        idempotencyKey: `seed-history-${f}-${k}`,
        name: "Səbinə Quliyeva",
        email: "sebine@example.az",
        phone: "+994552345678",
        paymentMethod: "CARD",
        paymentStatus: "PAID",
        totalQ: subtotalQ,
        receivedQ: subtotalQ,
        createdAt: placedAt,
      });
      orders.push({
        id,
        groupId: id,
        number: `AB-H${f}${String(k).padStart(3, "0")}`,
        producerId: family.id,
        status: "COMPLETED",
        fulfilment: "DELIVERY",
        address: "Nizami küç. 10, mənzil 5",
        district: "Nəsimi",
        subtotalQ,
        totalQ: subtotalQ,
        commissionQ: commissionFor(subtotalQ),
        placedAt,
        confirmedAt,
        acceptedAt: confirmedAt,
        shippedAt,
        completedAt,
      });
      lines.push(...week);
      orderEvents.push(
        { orderId: id, status: "PLACED", createdAt: placedAt },
        { orderId: id, status: "CONFIRMED", createdAt: confirmedAt },
        { orderId: id, status: "SHIPPED", createdAt: shippedAt },
        { orderId: id, status: "COMPLETED", createdAt: completedAt },
      );
    }
  }
  // Rows in bulk and one transaction: an insert and a commit per order would make this the slowest part of the seed.
  await db.$transaction(
    async (tx) => {
      await tx.checkoutGroup.createMany({ data: groups });
      await tx.order.createMany({ data: orders });
      await tx.orderLine.createMany({ data: lines });
      await tx.orderEvent.createMany({ data: orderEvents });
      // The ledger as the app writes it: each sale posted at its confirmation.
      for (const order of orders) await postSale(tx, { ...order, group: { id: order.groupId, paymentMethod: "CARD" } }, order.confirmedAt as Date);
      for (let i = 0; i < events.length; i += 2000) await tx.demandEvent.createMany({ data: events.slice(i, i + 2000) });
    },
    { timeout: 120_000 },
  );
  return orders.length;
}

/** Ninety days of anonymous shopper signals, weighted towards the demo producer. */
async function seedDemand(producers: SeededProducer[]) {
  const random = seededRandom(2026);
  const now = Date.now();
  const events: {
    type: DemandEventType;
    productId?: string;
    producerId?: string;
    query?: string;
    resultCount?: number;
    createdAt: Date;
  }[] = [];
  const searches = ["bal", "halva", "fındıq", "xalça", "nar şirəsi", "qaymaq", "çay", "feijoa", "kəlağayı", "lavangi", "şəki"];
  const zeroResult = ["trüf göbələyi", "zəfəran yağı", "dəvə südü", "qara ikra"];
  for (const [index, producer] of producers.entries()) {
    if (producer.status !== "ACTIVE") continue;
    const weight = index === 0 ? 8 : 1;
    for (const productId of producer.productIds) {
      const views = Math.floor((20 + random() * 60) * weight);
      for (let v = 0; v < views; v++) {
        const createdAt = new Date(now - Math.floor(random() * 90 * DAY));
        // Some visits come from a search on the site; the producer's insights list those words.
        const fromSearch = random() < 0.15 ? searches[Math.floor(random() * searches.length)] : undefined;
        events.push({ type: "VIEW", productId, producerId: producer.id, query: fromSearch, createdAt });
        const roll = random();
        if (roll < 0.08) events.push({ type: "CART_ADD", productId, producerId: producer.id, createdAt });
        else if (roll < 0.12) events.push({ type: "FAVORITE", productId, producerId: producer.id, createdAt });
        else if (roll < 0.13) events.push({ type: "NOTIFY", productId, producerId: producer.id, createdAt });
        if (roll > 0.9) {
          const query = searches[Math.floor(random() * searches.length)];
          events.push({ type: "SEARCH", productId, producerId: producer.id, query, resultCount: 5, createdAt });
        }
      }
    }
  }
  for (let i = 0; i < 120; i++) {
    const query = zeroResult[i % zeroResult.length];
    events.push({ type: "SEARCH", query, resultCount: 0, createdAt: new Date(now - Math.floor(random() * 90 * DAY)) });
  }
  for (let i = 0; i < events.length; i += 2000) await db.demandEvent.createMany({ data: events.slice(i, i + 2000) });
  return events.length;
}

async function seedMentoring(producers: SeededProducer[], users: Awaited<ReturnType<typeof seedUsers>>) {
  const demo = producers[0];
  const now = Date.now();
  await db.mentorNote.create({
    data: {
      producerId: demo.id,
      authorId: users.mentor.id,
      body: "Ailə halva istehsalını genişləndirmək istəyir; qablaşdırma üçün qrant imkanlarını müzakirə etdik.",
    },
  });
  await db.mentorTask.createMany({
    data: [
      { producerId: demo.id, authorId: users.mentor.id, title: "Fındıq məhsulları üçün yeni şəkillər çəkin", dueDate: new Date(now + 7 * DAY) },
      { producerId: demo.id, authorId: users.mentor.id, title: "İngilis və rus dilində təsvirləri tamamlayın", dueDate: new Date(now - 3 * DAY) },
      {
        producerId: demo.id,
        authorId: users.mentor.id,
        title: "Qiymət siyahısını yeniləyin",
        dueDate: new Date(now - 20 * DAY),
        doneAt: new Date(now - 21 * DAY),
        doneById: users.producer.id,
      },
    ],
  });
  if (producers[2]) {
    await db.mentorTask.create({
      data: { producerId: producers[2].id, authorId: users.mentor.id, title: "Gigiyena sertifikatını yükləyin", dueDate: new Date(now - 5 * DAY) },
    });
  }
}

export async function seed() {
  await ensureDbReady();
  const started = Date.now();
  await clearDatabase();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ids = await seedTaxonomy();
  const pictures = await seedPictures(pictureJobs([...ids.regionIds.keys()]));
  await seedRegionPictures(pictures);
  const users = await seedUsers(passwordHash);
  const centreIds = await seedCentres(passwordHash);
  const producers = await seedProducers(demoProducers, ids, pictures, users, passwordHash);
  await seedOrders(producers, users);
  await seedCentrePickup(centreIds);
  await seedConsignments(centreIds[0]);
  await seedParcels(centreIds[0], users);
  await seedAddresses(users.shopper.id);
  await seedBookings(users);
  await seedReviews(users);
  await seedMessages(producers, users);
  await seedCollections(producers);
  const events = await seedDemand(producers);
  await seedSalesHistory(producers);
  await seedWaitingAlerts(passwordHash);
  await seedMentoring(producers, users);
  const products = await db.product.count();
  console.log(`Seeded ${producers.length} producers, ${products} products, ${events} demand events in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function main() {
  const args = new Set(process.argv.slice(2));
  if (process.env.NODE_ENV === "production" && !args.has("--force")) {
    console.error("Refusing to seed demo data with NODE_ENV=production (pass --force to override).");
    process.exit(1);
  }
  await ensureDbReady();
  if (args.has("--if-empty") && (await db.user.count()) > 0) {
    console.log("Database already has data; seed skipped.");
    return;
  }
  await seed();
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main()
    .then(() => db.$disconnect())
    .catch(async (error) => {
      console.error(error);
      await db.$disconnect();
      process.exit(1);
    });
}
