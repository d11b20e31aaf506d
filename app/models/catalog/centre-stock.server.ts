import { db, NAMES_SELECT } from "~/utils/db.server";
import { pickLocalized, type Locale } from "~/utils/i18n";

/**
 * The open ABAD centres holding some of the product today, with how many: "available at ABAD
 * centre X today" on its page. The centres' own stock (consignments, app/models/centres), sold at
 * their counters, never the producer's home stock sold online.
 */
export async function centresHolding(productId: string, locale: Locale) {
  const rows = await db.centreStock.groupBy({
    by: ["centreId"],
    where: { productId, quantity: { gt: 0 }, centre: { active: true } },
    _sum: { quantity: true },
  });
  if (rows.length === 0) return [];
  const centres = await db.centre.findMany({
    where: { id: { in: rows.map((r) => r.centreId) } },
    orderBy: { nameAz: "asc" },
    select: { id: true, ...NAMES_SELECT, address: true, district: true },
  });
  return centres.map((c) => ({
    id: c.id,
    name: pickLocalized(c, "name", locale),
    address: `${c.address}, ${c.district}`,
    quantity: rows.find((r) => r.centreId === c.id)?._sum.quantity ?? 0,
  }));
}
