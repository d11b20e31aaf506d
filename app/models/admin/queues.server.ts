import { pictureData, PICTURE_SELECT } from "~/models/images/pictures";
import { countPendingRevisions } from "~/models/revisions/revisions.server";
import { db, NAMES_SELECT } from "~/utils/db.server";
import { pickLocalized, type Locale } from "~/utils/i18n";
import { translatorFor } from "~/utils/locale.server";
import { allowedFacts, factRows, factRule, FACT_FIELDS, missingFacts } from "~/models/catalog/product-facts";

const FACT_SELECT = Object.fromEntries(FACT_FIELDS.map((f) => [f, true])) as Record<(typeof FACT_FIELDS)[number], true>;

/** The numbers beside "Queues" in the staff navigation. */
export async function pendingCounts() {
  const [applications, listings, revisions] = await Promise.all([
    db.producer.count({ where: { status: "APPLIED" } }),
    db.product.count({ where: { status: "PENDING_REVIEW" } }),
    countPendingRevisions(),
  ]);
  return { applications, listings, revisions };
}

const QUEUE_LIMIT = 100;

/** Producer applications and listings waiting for a mentor, oldest first. */
export async function reviewQueues(locale: Locale) {
  const [applications, listings] = await Promise.all([
    db.producer.findMany({
      where: { status: "APPLIED" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: QUEUE_LIMIT,
      select: {
        id: true,
        slug: true,
        name: true,
        district: true,
        phone: true,
        storyAz: true,
        storyEn: true,
        storyRu: true,
        statusReason: true,
        createdAt: true,
        region: { select: NAMES_SELECT },
        sectors: { select: { sector: { select: NAMES_SELECT } } },
        members: { select: { role: true, user: { select: { name: true, email: true } } } },
        _count: { select: { products: true } },
      },
    }),
    db.product.findMany({
      where: { status: "PENDING_REVIEW" },
      orderBy: [{ submittedAt: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }, { id: "asc" }],
      take: QUEUE_LIMIT,
      select: {
        id: true,
        slug: true,
        kind: true,
        titleAz: true,
        titleEn: true,
        titleRu: true,
        descriptionAz: true,
        descriptionEn: true,
        descriptionRu: true,
        unit: true,
        priceQ: true,
        stock: true,
        submittedAt: true,
        createdAt: true,
        ...FACT_SELECT,
        category: { select: { slug: true, ...NAMES_SELECT, sector: { select: { slug: true } } } },
        producer: { select: { id: true, name: true, status: true, region: { select: NAMES_SELECT } } },
        images: {
          orderBy: { position: "asc" },
          take: 1,
          select: PICTURE_SELECT,
        },
      },
    }),
  ]);
  const tr = translatorFor(locale);
  return {
    applications: applications.map((p) => ({
      id: p.id,
      slug: p.slug,
      name: p.name,
      district: p.district,
      phone: p.phone,
      story: pickLocalized(p, "story", locale),
      region: pickLocalized(p.region, "name", locale),
      sectors: p.sectors.map((s) => pickLocalized(s.sector, "name", locale)),
      members: p.members.map((m) => ({ role: m.role, name: m.user.name, email: m.user.email })),
      productCount: p._count.products,
      // A producer applying again after a rejection: the earlier reason, for context.
      previousReason: p.statusReason,
      appliedAt: p.createdAt.toISOString(),
    })),
    listings: listings.map((p) => {
      // The facts as the product page will list them, and whether its category still needs some.
      const rule = factRule({ slug: p.category.slug, sectorSlug: p.category.sector.slug });
      const facts = allowedFacts(rule, p);
      const good = p.kind === "GOOD";
      return {
        id: p.id,
        slug: p.slug,
        kind: p.kind,
        title: pickLocalized(p, "title", locale),
        titles: { az: p.titleAz, en: p.titleEn, ru: p.titleRu },
        descriptions: { az: p.descriptionAz, en: p.descriptionEn, ru: p.descriptionRu },
        unit: p.unit,
        priceQ: p.priceQ,
        stock: p.stock,
        category: pickLocalized(p.category, "name", locale),
        producer: { id: p.producer.id, name: p.producer.name, status: p.producer.status, region: pickLocalized(p.producer.region, "name", locale) },
        image: p.images[0] ? pictureData(p.images[0]) : null,
        submittedAt: (p.submittedAt ?? p.createdAt).toISOString(),
        facts: good ? factRows(facts, tr, rule.allowed.includes("allergens")) : [],
        factsMissing: good && Object.keys(missingFacts(rule, p.unit, facts)).length > 0,
      };
    }),
  };
}
