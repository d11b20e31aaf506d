/**
 * The demo catalogue (prisma/seed/catalog.ts) as the relevance judgements know it: every producer
 * active, every product published, experiences with an upcoming slot. No photos, orders or users:
 * only what search reads. Used by the relevance test and by `npm run bench`.
 */
import fs from "node:fs";
import path from "node:path";
import { monthsToMask } from "~/models/catalog/season";
import { db } from "~/utils/db.server";
import { demoProducers } from "../../prisma/seed/catalog";

type Named = { slug: string; az: string; en: string; ru: string };

export async function loadDemoCatalogue(now = new Date()) {
  const read = <T>(file: string) => JSON.parse(fs.readFileSync(path.join(process.cwd(), "prisma", "data", file), "utf8")) as T;
  const { regions } = read<{ regions: (Named & { districts: string[] })[] }>("regions.json");
  const { sectors } = read<{ sectors: (Named & { categories: Named[] })[] }>("categories.json");
  const regionIds = new Map<string, number>();
  for (const r of regions) {
    const region = await db.region.create({ data: { slug: r.slug, nameAz: r.az, nameEn: r.en, nameRu: r.ru, districts: r.districts.join(",") } });
    regionIds.set(r.slug, region.id);
  }
  const categoryIds = new Map<string, number>();
  for (const [i, s] of sectors.entries()) {
    const sector = await db.sector.create({ data: { slug: s.slug, nameAz: s.az, nameEn: s.en, nameRu: s.ru, position: i } });
    for (const [j, c] of s.categories.entries()) {
      const category = await db.category.create({ data: { slug: c.slug, sectorId: sector.id, nameAz: c.az, nameEn: c.en, nameRu: c.ru, position: j } });
      categoryIds.set(c.slug, category.id);
    }
  }
  const nextWeek = new Date(now.getTime() + 7 * 24 * 60 * 60 * 1000);
  let n = 0;
  for (const demo of demoProducers) {
    const producer = await db.producer.create({
      data: { slug: demo.slug, name: demo.name, regionId: regionIds.get(demo.region)!, district: demo.district, status: "ACTIVE" },
    });
    for (const item of demo.products) {
      n++;
      await db.product.create({
        data: {
          slug: `demo-${n}`,
          producerId: producer.id,
          kind: item.kind,
          categoryId: categoryIds.get(item.category)!,
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
          status: "PUBLISHED",
          publishedAt: new Date(now.getTime() - n * 60_000),
          slots: item.kind === "EXPERIENCE" ? { create: { startsAt: nextWeek, capacity: 8 } } : undefined,
        },
      });
    }
  }
  return n;
}
