import type { JournalKind, LedgerAccount } from "~/generated/prisma/enums";
import { db, type Client } from "~/utils/db.server";
import { env } from "~/utils/env.server";

/**
 * The programme's double-entry ledger. Every money event is one journal whose postings sum to
 * zero (debits positive, credits negative). Who collected the money decides the postings:
 *
 * | event | postings |
 * | --- | --- |
 * | card sale confirmed | Dr STRIPE_CLEARING total · Cr PAYABLE total − commission · Cr COMMISSION_INCOME commission |
 * | ABAD centre counter sale | the card sale's postings, with COUNTER_TAKINGS for STRIPE_CLEARING (per producer of the sale's lines) |
 * | cash sale confirmed | Dr COMMISSION_RECEIVABLE commission · Cr COMMISSION_INCOME commission |
 * | sale cancelled, or its goods returned | the sale's postings reversed; for a card sale the money is owed back: Cr REFUNDS_DUE instead of STRIPE_CLEARING (for cash only the commission is reversed: the producer pays the shopper back) |
 * | card money for nothing payable | Dr STRIPE_CLEARING amount · Cr REFUNDS_DUE amount |
 * | refund sent | Dr REFUNDS_DUE amount · Cr STRIPE_CLEARING amount |
 * | payout | Dr PAYABLE owed · Cr COMMISSION_RECEIVABLE owing · Cr PAYOUTS_SENT the difference |
 */
export const PROGRAMME_ACCOUNTS = [
  "STRIPE_CLEARING",
  "COUNTER_TAKINGS",
  "COMMISSION_INCOME",
  "REFUNDS_DUE",
  "PAYOUTS_SENT",
] as const satisfies readonly LedgerAccount[];
export type { LedgerAccount };
export type { JournalKind };

export type Posting = { account: LedgerAccount; producerId?: string | null; amountQ: number };

export class UnbalancedJournalError extends Error {}

/** The programme's share of an order, in qəpik, rounded half up. */
export function commissionFor(totalQ: number, bps = env().COMMISSION_BPS): number {
  return Math.round((totalQ * bps) / 10_000);
}

/**
 * Writes one journal, once per key (a second call with the same key changes nothing and
 * returns false). Zero postings are left out; a journal that does not balance is refused.
 */
export async function postJournal(
  tx: Client,
  journal: {
    kind: JournalKind;
    key: string;
    orderId?: string | null;
    groupId?: string | null;
    batchId?: string | null;
    memo?: string;
    postings: Posting[];
    at?: Date;
  },
): Promise<boolean> {
  const postings = journal.postings.filter((p) => p.amountQ !== 0);
  if (postings.some((p) => !Number.isInteger(p.amountQ))) throw new UnbalancedJournalError(`${journal.key}: amounts must be whole qəpik`);
  const sum = postings.reduce((s, p) => s + p.amountQ, 0);
  if (sum !== 0) throw new UnbalancedJournalError(`${journal.key}: postings sum to ${sum}`);
  const existing = await tx.ledgerJournal.findUnique({ where: { key: journal.key }, select: { id: true } });
  if (existing) return false;
  const createdAt = journal.at ?? new Date();
  await tx.ledgerJournal.create({
    data: {
      kind: journal.kind,
      key: journal.key,
      orderId: journal.orderId ?? null,
      groupId: journal.groupId ?? null,
      batchId: journal.batchId ?? null,
      memo: journal.memo ?? "",
      createdAt,
      postings: { create: postings.map((p) => ({ account: p.account, producerId: p.producerId ?? null, amountQ: p.amountQ, createdAt })) },
    },
  });
  return true;
}

type SaleOrder = { id: string; producerId: string; totalQ: number; commissionQ: number; group: { id: string; paymentMethod: string } };

/**
 * The programme collected the money (a card through Stripe, or an ABAD centre's counter): it holds
 * the total where the money went in, and owes the producer the sale minus commission.
 */
function programmeCollected(into: "STRIPE_CLEARING" | "COUNTER_TAKINGS", producerId: string, totalQ: number, commissionQ: number): Posting[] {
  return [
    { account: into, amountQ: totalQ },
    { account: "PAYABLE", producerId, amountQ: -(totalQ - commissionQ) },
    { account: "COMMISSION_INCOME", amountQ: -commissionQ },
  ];
}

function salePostings(order: SaleOrder): { kind: JournalKind; postings: Posting[] } {
  const producerId = order.producerId;
  if (order.group.paymentMethod === "CARD") {
    return { kind: "CARD_SALE", postings: programmeCollected("STRIPE_CLEARING", producerId, order.totalQ, order.commissionQ) };
  }
  // The producer collected the cash: the programme owes nothing, the producer owes the commission.
  return {
    kind: "CASH_SALE",
    postings: [
      { account: "COMMISSION_RECEIVABLE", producerId, amountQ: order.commissionQ },
      { account: "COMMISSION_INCOME", amountQ: -order.commissionQ },
    ],
  };
}

/** A confirmed order's sale, posted once. */
export async function postSale(tx: Client, order: SaleOrder, at?: Date) {
  const { kind, postings } = salePostings(order);
  await postJournal(tx, { kind, key: `sale:${order.id}`, orderId: order.id, groupId: order.group.id, postings, at });
}

/**
 * A sale at an ABAD centre's counter, posted once under the sale's id: the programme collected it
 * (cash in the till or a card on the centre's terminal, both COUNTER_TAKINGS), so each producer
 * whose goods were sold is owed its lines minus their commission, as for a card sale.
 */
export async function postCounterSale(tx: Client, sale: { id: string; lines: { producerId: string; totalQ: number; commissionQ: number }[] }, at?: Date) {
  const byProducer = new Map<string, { totalQ: number; commissionQ: number }>();
  for (const line of sale.lines) {
    const sum = byProducer.get(line.producerId) ?? { totalQ: 0, commissionQ: 0 };
    byProducer.set(line.producerId, { totalQ: sum.totalQ + line.totalQ, commissionQ: sum.commissionQ + line.commissionQ });
  }
  const postings = [...byProducer].flatMap(([producerId, sum]) => programmeCollected("COUNTER_TAKINGS", producerId, sum.totalQ, sum.commissionQ));
  return postJournal(tx, { kind: "COUNTER_SALE", key: `counter:${sale.id}`, postings, at });
}

/**
 * Takes back exactly what the order's sale posted. Card money is then owed to the shopper
 * (REFUNDS_DUE) until the refund job has sent it. Returns whether there was a sale to reverse.
 */
export function reverseSale(tx: Client, order: SaleOrder, at?: Date): Promise<boolean> {
  return takeBackSale(tx, order, `reversal:${order.id}`, "", at);
}

/**
 * A delivered order whose goods came back: the same reversal as a cancellation, under its own key.
 * A card sale's money is owed back to the shopper; a cash sale only loses its commission, since the
 * producer holds the cash and pays the shopper back (see app/models/orders/returns.server.ts).
 */
export function returnSale(tx: Client, order: SaleOrder, at?: Date): Promise<boolean> {
  return takeBackSale(tx, order, `return:${order.id}`, "return", at);
}

async function takeBackSale(tx: Client, order: SaleOrder, key: string, memo: string, at?: Date): Promise<boolean> {
  const sale = await tx.ledgerJournal.findUnique({
    where: { key: `sale:${order.id}` },
    select: { postings: { select: { account: true, producerId: true, amountQ: true } } },
  });
  if (!sale) return false;
  const postings = sale.postings.map((p) => ({
    account: p.account === "STRIPE_CLEARING" ? "REFUNDS_DUE" : p.account,
    producerId: p.producerId,
    amountQ: -p.amountQ,
  }));
  await postJournal(tx, { kind: "SALE_REVERSAL", key, memo, orderId: order.id, groupId: order.group.id, postings, at });
  return true;
}

/** Card money received for something no longer payable (a cancelled order, an expired checkout): owed back. */
export async function postUnpayableReceipt(tx: Client, args: { key: string; groupId: string; orderId?: string | null; amountQ: number }) {
  await postJournal(tx, {
    kind: "UNPAYABLE_RECEIPT",
    key: args.key,
    groupId: args.groupId,
    orderId: args.orderId ?? null,
    postings: [
      { account: "STRIPE_CLEARING", amountQ: args.amountQ },
      { account: "REFUNDS_DUE", amountQ: -args.amountQ },
    ],
  });
}

/** Stripe accepted a refund: the money left the programme's Stripe balance. */
export async function postRefundSent(tx: Client, args: { key: string; groupId: string; orderId?: string | null; amountQ: number }) {
  return postJournal(tx, {
    kind: "REFUND_SENT",
    key: args.key,
    groupId: args.groupId,
    orderId: args.orderId ?? null,
    postings: [
      { account: "REFUNDS_DUE", amountQ: args.amountQ },
      { account: "STRIPE_CLEARING", amountQ: -args.amountQ },
    ],
  });
}

export type ProducerBalance = { payableQ: number; receivableQ: number; netQ: number };

/**
 * What the programme owes each producer (PAYABLE, a credit balance) and what each producer owes
 * the programme (COMMISSION_RECEIVABLE, a debit balance); `netQ` is what a payout would pay.
 */
export async function producerBalances(client: Client = db, producerIds?: string[]): Promise<Map<string, ProducerBalance>> {
  const rows = await client.ledgerPosting.groupBy({
    by: ["producerId", "account"],
    where: { producerId: producerIds ? { in: producerIds } : { not: null } },
    _sum: { amountQ: true },
  });
  const balances = new Map<string, ProducerBalance>();
  for (const row of rows) {
    if (!row.producerId) continue;
    const balance = balances.get(row.producerId) ?? { payableQ: 0, receivableQ: 0, netQ: 0 };
    const sum = row._sum.amountQ ?? 0;
    if (row.account === "PAYABLE") balance.payableQ = 0 - sum;
    if (row.account === "COMMISSION_RECEIVABLE") balance.receivableQ = sum;
    balance.netQ = balance.payableQ - balance.receivableQ;
    balances.set(row.producerId, balance);
  }
  return balances;
}

export async function producerBalance(producerId: string, client: Client = db): Promise<ProducerBalance> {
  return (await producerBalances(client, [producerId])).get(producerId) ?? { payableQ: 0, receivableQ: 0, netQ: 0 };
}

/**
 * A producer's statement: each journal that touched its accounts, newest first, with the
 * effect on its net balance (positive: the programme owes more).
 */
export async function listProducerStatement(producerId: string, take = 100) {
  const postings = await db.ledgerPosting.findMany({
    where: { producerId },
    orderBy: { id: "desc" },
    take,
    select: {
      id: true,
      account: true,
      amountQ: true,
      createdAt: true,
      journal: { select: { kind: true, order: { select: { id: true, number: true } }, batch: { select: { id: true, status: true, paidAt: true } } } },
    },
  });
  return postings.map((p) => ({
    id: p.id,
    kind: p.journal.kind,
    account: p.account,
    // PAYABLE credits and COMMISSION_RECEIVABLE credits both raise what the producer will be paid.
    effectQ: -p.amountQ,
    createdAt: p.createdAt.toISOString(),
    order: p.journal.order,
    batch: p.journal.batch,
  }));
}
