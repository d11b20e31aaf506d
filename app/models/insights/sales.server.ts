import { db, Prisma } from "~/utils/db.server";

/**
 * The one definition of a sale, used by the producer's overview, insights and payouts and by
 * the programme's reports: an order confirmed (card paid, or cash accepted by the producer) and
 * not cancelled or returned since, dated by its confirmation. Its value is the order total; the income
 * reaching the family is the total minus the programme's commission.
 */
export const SOLD_ORDER = { confirmedAt: { not: null }, status: { not: "CANCELLED" }, returnedAt: null } satisfies Prisma.OrderWhereInput;

/** The same rule for raw SQL over `"Order" o`. */
export const SOLD_ORDER_SQL = Prisma.sql`o."confirmedAt" IS NOT NULL AND o."status" <> 'CANCELLED' AND o."returnedAt" IS NULL`;

/** The date a sale counts on, for raw SQL over `"Order" o`. */
export const SALE_DATE_SQL = Prisma.sql`o."confirmedAt"`;

export type SalesFigures = { orders: number; salesQ: number; familiesQ: number };

/** Sales confirmed in [from, to), for one producer or all. */
export async function salesFigures(filter: { producerId?: string; from: Date; to?: Date }): Promise<SalesFigures> {
  const result = await db.order.aggregate({
    where: {
      ...SOLD_ORDER,
      ...(filter.producerId ? { producerId: filter.producerId } : {}),
      confirmedAt: { not: null, gte: filter.from, ...(filter.to ? { lt: filter.to } : {}) },
    },
    _sum: { totalQ: true, commissionQ: true },
    _count: { _all: true },
  });
  const salesQ = result._sum.totalQ ?? 0;
  return { orders: result._count._all, salesQ, familiesQ: salesQ - (result._sum.commissionQ ?? 0) };
}
