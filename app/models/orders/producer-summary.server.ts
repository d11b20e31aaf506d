import { producerBalance } from "~/models/payments/ledger.server";
import { db } from "~/utils/db.server";
import { salesFigures } from "~/models/insights/sales.server";

/** Orders that need the producer to act: new ones to accept, confirmed ones to send or hand over. */
export const ORDERS_WAITING_FOR_PRODUCER = ["PLACED", "CONFIRMED", "SHIPPED", "READY_FOR_PICKUP"] as const;

/** The first instant of this month in Baku time (UTC+4). */
export function bakuMonthStart(now = new Date()): Date {
  const baku = new Date(now.getTime() + 4 * 3_600_000);
  return new Date(Date.UTC(baku.getUTCFullYear(), baku.getUTCMonth(), 1) - 4 * 3_600_000);
}

/** Figures for the producer dashboard's overview. */
export async function producerOrderSummary(producerId: string, now = new Date()) {
  const [byStatus, monthSales, balance] = await Promise.all([
    db.order.groupBy({
      by: ["status"],
      where: { producerId, status: { in: [...ORDERS_WAITING_FOR_PRODUCER] } },
      _count: { _all: true },
    }),
    salesFigures({ producerId, from: bakuMonthStart(now) }),
    producerBalance(producerId),
  ]);
  const waiting = Object.fromEntries(byStatus.map((row) => [row.status, row._count._all])) as Record<string, number>;
  return {
    waiting,
    waitingTotal: byStatus.reduce((sum, row) => sum + row._count._all, 0),
    monthSalesQ: monthSales.salesQ,
    monthOrders: monthSales.orders,
    balanceQ: balance.netQ,
  };
}
