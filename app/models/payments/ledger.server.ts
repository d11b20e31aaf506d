import { db } from "~/utils/db.server";

/** What the programme owes a producer: the sum of their ledger (sales minus commission, refunds, payouts). */
export async function producerBalanceQ(producerId: string): Promise<number> {
  const result = await db.ledgerEntry.aggregate({ where: { producerId }, _sum: { amountQ: true } });
  return result._sum.amountQ ?? 0;
}
