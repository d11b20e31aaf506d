import { db, type Prisma } from "~/utils/db.server";
import { env } from "~/utils/env.server";

type Tx = Prisma.TransactionClient;

/** The programme's share of an order, in qəpik, rounded half up. */
export function commissionFor(totalQ: number, bps = env().COMMISSION_BPS): number {
  return Math.round((totalQ * bps) / 10_000);
}

/** A confirmed order credits its producer with the total minus commission (once: one SALE row per order). */
export async function creditSale(tx: Tx, order: { id: string; producerId: string; totalQ: number; commissionQ: number }) {
  const existing = await tx.ledgerEntry.findUnique({ where: { orderId_kind: { orderId: order.id, kind: "SALE" } } });
  if (existing) return;
  await tx.ledgerEntry.create({
    data: { producerId: order.producerId, orderId: order.id, kind: "SALE", amountQ: order.totalQ - order.commissionQ },
  });
}

/** A cancelled order takes back what its sale credited, if anything was credited. */
export async function debitRefund(tx: Tx, order: { id: string; producerId: string }) {
  const sale = await tx.ledgerEntry.findUnique({ where: { orderId_kind: { orderId: order.id, kind: "SALE" } } });
  if (!sale) return;
  const existing = await tx.ledgerEntry.findUnique({ where: { orderId_kind: { orderId: order.id, kind: "REFUND" } } });
  if (existing) return;
  await tx.ledgerEntry.create({
    data: { producerId: order.producerId, orderId: order.id, kind: "REFUND", amountQ: -sale.amountQ },
  });
}

/** What the programme owes a producer: the sum of their ledger (sales minus commission, refunds, payouts). */
export async function producerBalanceQ(producerId: string): Promise<number> {
  const result = await db.ledgerEntry.aggregate({ where: { producerId }, _sum: { amountQ: true } });
  return result._sum.amountQ ?? 0;
}

export async function listLedgerEntries(producerId: string, take = 100) {
  return db.ledgerEntry.findMany({
    where: { producerId },
    orderBy: { id: "desc" },
    take,
    select: {
      id: true,
      kind: true,
      amountQ: true,
      note: true,
      createdAt: true,
      order: { select: { id: true, number: true } },
      batch: { select: { id: true, status: true, paidAt: true } },
    },
  });
}
