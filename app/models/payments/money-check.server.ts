import type { OrderStatus } from "~/generated/prisma/enums";
import { SOLD_ORDER } from "~/models/insights/sales.server";
import { db, type Tx } from "~/utils/db.server";

import { producerBalances, PROGRAMME_ACCOUNTS } from "~/models/payments/ledger.server";

export type MoneyCheck = {
  key: "balanced" | "producerBalances" | "cardMoney" | "counterMoney" | "refundedAndFulfilled";
  problems: string[];
};

const FULFILLED: OrderStatus[] = ["SHIPPED", "READY_FOR_PICKUP", "COMPLETED"];

/** Every journal's postings sum to zero. */
async function checkBalanced(db: Tx): Promise<string[]> {
  const rows = await db.ledgerPosting.groupBy({ by: ["journalId"], _sum: { amountQ: true } });
  return rows.filter((r) => (r._sum.amountQ ?? 0) !== 0).map((r) => `journal ${r.journalId} sums to ${r._sum.amountQ}`);
}

/**
 * Each producer's accounts equal what its orders imply: PAYABLE = card sales and ABAD centre
 * counter sales net of commission, COMMISSION_RECEIVABLE = commission on cash sales, each less
 * what payouts settled.
 */
async function checkProducerBalances(db: Tx): Promise<string[]> {
  const [sold, counter, payouts, ledger] = await Promise.all([
    db.order.findMany({ where: SOLD_ORDER, select: { producerId: true, totalQ: true, commissionQ: true, group: { select: { paymentMethod: true } } } }),
    db.counterSaleLine.groupBy({ by: ["producerId"], _sum: { totalQ: true, commissionQ: true } }),
    db.payoutItem.groupBy({ by: ["producerId"], _sum: { payableQ: true, receivableQ: true } }),
    producerBalances(db),
  ]);
  const expected = new Map<string, { payableQ: number; receivableQ: number }>();
  const of = (id: string) => expected.get(id) ?? expected.set(id, { payableQ: 0, receivableQ: 0 }).get(id)!;
  for (const o of sold) {
    if (o.group.paymentMethod === "CARD") of(o.producerId).payableQ += o.totalQ - o.commissionQ;
    else of(o.producerId).receivableQ += o.commissionQ;
  }
  for (const c of counter) of(c.producerId).payableQ += (c._sum.totalQ ?? 0) - (c._sum.commissionQ ?? 0);
  for (const p of payouts) {
    of(p.producerId).payableQ -= p._sum.payableQ ?? 0;
    of(p.producerId).receivableQ -= p._sum.receivableQ ?? 0;
  }
  const problems: string[] = [];
  for (const id of new Set([...expected.keys(), ...ledger.keys()])) {
    const want = expected.get(id) ?? { payableQ: 0, receivableQ: 0 };
    const have = ledger.get(id) ?? { payableQ: 0, receivableQ: 0 };
    if (want.payableQ !== have.payableQ || want.receivableQ !== have.receivableQ) {
      problems.push(`producer ${id}: ledger owes ${have.payableQ} and is owed ${have.receivableQ}; orders imply ${want.payableQ} and ${want.receivableQ}`);
    }
  }
  return problems;
}

/**
 * Card money in (what Stripe paid into the programme) equals the card sales still standing
 * (payables plus commission) plus every refund owed or sent; and the ledger took in exactly that.
 */
async function checkCardMoney(db: Tx): Promise<string[]> {
  const [received, soldCard, refunds, clearingIn] = await Promise.all([
    db.checkoutGroup.aggregate({ where: { paymentMethod: "CARD" }, _sum: { receivedQ: true } }),
    db.order.aggregate({ where: { ...SOLD_ORDER, group: { paymentMethod: "CARD" } }, _sum: { totalQ: true } }),
    db.ledgerPosting.aggregate({ where: { account: "REFUNDS_DUE", amountQ: { lt: 0 } }, _sum: { amountQ: true } }),
    db.ledgerPosting.aggregate({ where: { account: "STRIPE_CLEARING", amountQ: { gt: 0 } }, _sum: { amountQ: true } }),
  ]);
  const inQ = received._sum.receivedQ ?? 0;
  const salesQ = soldCard._sum.totalQ ?? 0;
  const refundsQ = -(refunds._sum.amountQ ?? 0);
  const problems: string[] = [];
  if (inQ !== salesQ + refundsQ) problems.push(`card money in ${inQ} ≠ card sales ${salesQ} + refunds ${refundsQ}`);
  if ((clearingIn._sum.amountQ ?? 0) !== inQ) problems.push(`Stripe clearing took in ${clearingIn._sum.amountQ ?? 0}, card money in is ${inQ}`);
  return problems;
}

/** What the centres' counters took in (their sales) is what the ledger holds as COUNTER_TAKINGS. */
async function checkCounterMoney(db: Tx): Promise<string[]> {
  const [sales, takings] = await Promise.all([
    db.counterSale.aggregate({ _sum: { totalQ: true } }),
    db.ledgerPosting.aggregate({ where: { account: "COUNTER_TAKINGS" }, _sum: { amountQ: true } }),
  ]);
  const salesQ = sales._sum.totalQ ?? 0;
  const heldQ = takings._sum.amountQ ?? 0;
  return salesQ === heldQ ? [] : [`counter sales ${salesQ} ≠ counter takings in the ledger ${heldQ}`];
}

/** A refund and a shipment for the same order never both happen, unless its goods came back (a return). */
async function checkRefundedAndFulfilled(db: Tx): Promise<string[]> {
  const [reversed, refundJobs] = await Promise.all([
    db.ledgerJournal.findMany({
      where: { kind: "SALE_REVERSAL", order: { status: { in: FULFILLED }, returnedAt: null } },
      select: { order: { select: { number: true, status: true } } },
    }),
    db.outboxJob.findMany({ where: { kind: "REFUND", key: { startsWith: "refund:order:" } }, select: { key: true } }),
  ]);
  const problems = reversed.map((j) => `order ${j.order?.number} is ${j.order?.status} and its sale was reversed`);
  const refundedIds = refundJobs.map((j) => j.key.slice("refund:order:".length));
  const fulfilled = await db.order.findMany({ where: { id: { in: refundedIds }, status: { in: FULFILLED } }, select: { number: true, status: true } });
  problems.push(...fulfilled.map((o) => `order ${o.number} is ${o.status} and was refunded`));
  return problems;
}

/** All checks over one consistent snapshot (one read transaction), so a sale committing meanwhile never shows half done. */
export async function checkMoney(): Promise<MoneyCheck[]> {
  const [balanced, producers, cardMoney, counterMoney, refunded] = await db.$transaction(async (tx) => [
    await checkBalanced(tx),
    await checkProducerBalances(tx),
    await checkCardMoney(tx),
    await checkCounterMoney(tx),
    await checkRefundedAndFulfilled(tx),
  ]);
  return [
    { key: "balanced", problems: balanced },
    { key: "producerBalances", problems: producers },
    { key: "cardMoney", problems: cardMoney },
    { key: "counterMoney", problems: counterMoney },
    { key: "refundedAndFulfilled", problems: refunded },
  ];
}

/** The programme's own accounts, as balances (debit positive). */
export async function programmeAccountBalances() {
  const rows = await db.ledgerPosting.groupBy({ by: ["account"], where: { account: { in: [...PROGRAMME_ACCOUNTS] } }, _sum: { amountQ: true } });
  return PROGRAMME_ACCOUNTS.map((account) => ({ account, balanceQ: rows.find((r) => r.account === account)?._sum.amountQ ?? 0 }));
}
