import { producerBalance } from "~/models/payments/ledger.server";
import { db } from "~/utils/db.server";
import { salesFigures } from "~/models/insights/sales.server";
import { bakuMonthStart } from "~/utils/baku-time";

/** Orders that need the producer to act: new ones to accept, confirmed ones to send or hand over. */
export const ORDERS_WAITING_FOR_PRODUCER = ["PLACED", "CONFIRMED", "SHIPPED", "READY_FOR_PICKUP"] as const;

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
