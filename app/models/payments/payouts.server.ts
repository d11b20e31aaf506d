import { recordAudit } from "~/models/admin/audit.server";
import { db } from "~/utils/db.server";
import { stripeClient, cardPaymentsEnabled } from "./stripe.server";

export type PayoutError = "payouts.nothingToPay" | "payouts.alreadyPaid" | "payouts.transferFailed" | "payouts.notFound";

/**
 * One batch for every producer owed money: each gets an item and a PAYOUT ledger entry that
 * brings their balance to zero, all in one transaction (a balance is never paid twice).
 */
export async function createPayoutBatch(adminId: string): Promise<{ ok: true; batchId: string } | { ok: false; error: PayoutError }> {
  return db.$transaction(async (tx) => {
    const balances = await tx.ledgerEntry.groupBy({ by: ["producerId"], _sum: { amountQ: true } });
    const owed = balances.filter((b) => (b._sum.amountQ ?? 0) > 0);
    if (owed.length === 0) return { ok: false as const, error: "payouts.nothingToPay" as const };
    const producers = await tx.producer.findMany({ where: { id: { in: owed.map((o) => o.producerId) } }, select: { id: true, stripeAccountId: true } });
    const viaStripe = new Set(producers.filter((p) => p.stripeAccountId).map((p) => p.id));
    const totalQ = owed.reduce((sum, o) => sum + (o._sum.amountQ ?? 0), 0);
    const batch = await tx.payoutBatch.create({
      data: { totalQ, createdById: adminId, method: viaStripe.size === owed.length && cardPaymentsEnabled() ? "STRIPE" : "BANK" },
      select: { id: true },
    });
    for (const o of owed) {
      const amountQ = o._sum.amountQ ?? 0;
      await tx.payoutItem.create({ data: { batchId: batch.id, producerId: o.producerId, amountQ } });
      await tx.ledgerEntry.create({ data: { producerId: o.producerId, kind: "PAYOUT", amountQ: -amountQ, batchId: batch.id, note: "" } });
    }
    await recordAudit(tx, { actorId: adminId, action: "payout.create", entityType: "PayoutBatch", entityId: batch.id, after: { totalQ, producers: owed.length } });
    return { ok: true as const, batchId: batch.id };
  });
}

/**
 * Marks a batch paid once the bank has made the transfers. Producers with a Stripe connected
 * account are paid by Stripe transfer here (idempotent per item); if one fails the batch stays open.
 */
export async function markPayoutBatchPaid(batchId: string, adminId: string): Promise<{ ok: true } | { ok: false; error: PayoutError }> {
  const batch = await db.payoutBatch.findUnique({
    where: { id: batchId },
    select: { id: true, status: true, items: { select: { id: true, amountQ: true, stripeTransferId: true, producer: { select: { stripeAccountId: true } } } } },
  });
  if (!batch) return { ok: false, error: "payouts.notFound" };
  if (batch.status === "PAID") return { ok: false, error: "payouts.alreadyPaid" };
  if (cardPaymentsEnabled()) {
    for (const item of batch.items) {
      const destination = item.producer.stripeAccountId;
      if (!destination || item.stripeTransferId) continue;
      try {
        const transfer = await stripeClient().transfers.create(
          { amount: item.amountQ, currency: "azn", destination, metadata: { batchId: batch.id } },
          { idempotencyKey: `payout-${item.id}` },
        );
        await db.payoutItem.update({ where: { id: item.id }, data: { stripeTransferId: transfer.id } });
      } catch (error) {
        console.error("stripe transfer failed", item.id, (error as Error).message);
        return { ok: false, error: "payouts.transferFailed" };
      }
    }
  }
  const paid = await db.$transaction(async (tx) => {
    const updated = await tx.payoutBatch.updateMany({ where: { id: batch.id, status: "OPEN" }, data: { status: "PAID", paidAt: new Date() } });
    if (updated.count !== 1) return false;
    await recordAudit(tx, { actorId: adminId, action: "payout.markPaid", entityType: "PayoutBatch", entityId: batch.id, before: { status: "OPEN" }, after: { status: "PAID" } });
    return true;
  });
  return paid ? { ok: true } : { ok: false, error: "payouts.alreadyPaid" };
}

export async function listPayoutBatches(producerId?: string) {
  const batches = await db.payoutBatch.findMany({
    where: producerId ? { items: { some: { producerId } } } : {},
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true,
      status: true,
      method: true,
      totalQ: true,
      createdAt: true,
      paidAt: true,
      items: {
        where: producerId ? { producerId } : {},
        select: { amountQ: true, stripeTransferId: true, producer: { select: { name: true, bankIban: true } } },
      },
    },
  });
  return batches.map((b) => ({ ...b, createdAt: b.createdAt.toISOString(), paidAt: b.paidAt?.toISOString() ?? null }));
}

/** Positive balances right now: what the next batch would pay. */
export async function listOwedBalances() {
  const balances = await db.ledgerEntry.groupBy({ by: ["producerId"], _sum: { amountQ: true } });
  const owed = balances.filter((b) => (b._sum.amountQ ?? 0) > 0);
  const producers = await db.producer.findMany({
    where: { id: { in: owed.map((o) => o.producerId) } },
    select: { id: true, name: true, bankIban: true, stripeAccountId: true },
  });
  const byId = new Map(producers.map((p) => [p.id, p]));
  return owed
    .map((o) => ({ producer: byId.get(o.producerId)!, amountQ: o._sum.amountQ ?? 0 }))
    .filter((o) => o.producer)
    .sort((a, b) => b.amountQ - a.amountQ);
}

const csvCell = (value: string) => (/[",\n\r]/.test(value) || /^[=+\-@]/.test(value) ? `"${value.replace(/^([=+\-@])/, "'$1").replace(/"/g, '""')}"` : value);

/** The bank's file: one row per producer, amounts in AZN with two decimals. */
export async function payoutBatchCsv(batchId: string): Promise<string | null> {
  const batch = await db.payoutBatch.findUnique({
    where: { id: batchId },
    select: { id: true, items: { orderBy: { amountQ: "desc" }, select: { amountQ: true, producer: { select: { name: true, slug: true, bankHolder: true, bankIban: true } } } } },
  });
  if (!batch) return null;
  const rows = [["batch", "producer", "producer_slug", "account_holder", "iban", "amount_azn", "currency"]];
  for (const item of batch.items) {
    rows.push([batch.id, item.producer.name, item.producer.slug, item.producer.bankHolder, item.producer.bankIban, (item.amountQ / 100).toFixed(2), "AZN"]);
  }
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
