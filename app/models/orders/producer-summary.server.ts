import { producerBalanceQ } from "~/models/payments/ledger.server";
import { db } from "~/utils/db.server";

/** Orders that need the producer to act: new ones to accept, confirmed ones to send or hand over. */
export const ORDERS_WAITING_FOR_PRODUCER = ["PLACED", "CONFIRMED", "SHIPPED", "READY_FOR_PICKUP"] as const;

/** Figures for the producer dashboard's overview. */
export async function producerOrderSummary(producerId: string, now = new Date()) {
  const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const [byStatus, monthSales, balanceQ] = await Promise.all([
    db.order.groupBy({
      by: ["status"],
      where: { producerId, status: { in: [...ORDERS_WAITING_FOR_PRODUCER] } },
      _count: { _all: true },
    }),
    db.order.aggregate({
      where: { producerId, confirmedAt: { gte: monthStart }, status: { not: "CANCELLED" } },
      _sum: { totalQ: true },
      _count: { _all: true },
    }),
    producerBalanceQ(producerId),
  ]);
  const waiting = Object.fromEntries(byStatus.map((row) => [row.status, row._count._all])) as Record<string, number>;
  return {
    waiting,
    waitingTotal: byStatus.reduce((sum, row) => sum + row._count._all, 0),
    monthSalesQ: monthSales._sum.totalQ ?? 0,
    monthOrders: monthSales._count._all,
    balanceQ,
  };
}
