import { recordAudit } from "~/models/audit/audit.server";
import { enqueueJob, PermanentJobError, stripeIdempotencyKey, type ClaimedJob } from "~/models/outbox/outbox.server";
import { writeCsv } from "~/utils/csv";
import { db, type Tx } from "~/utils/db.server";
import { postJournal, producerBalances } from "~/models/payments/ledger.server";
import { cardPaymentsEnabled, stripeClient } from "~/models/payments/stripe.server";

export type PayoutError = "payouts.nothingToPay" | "payouts.changed" | "payouts.alreadyPaid" | "payouts.notFound" | "payouts.stripeBatch";
export type ExclusionReason = "noBankDetails" | "bankUnconfirmed" | "suspended" | "nothingOwed";

export type PayoutCandidate = {
  producer: { id: string; name: string; slug: string };
  payableQ: number;
  receivableQ: number;
  amountQ: number;
  method: "BANK" | "STRIPE";
  bankHolder: string;
  bankIban: string;
};

/**
 * Who the next batch would pay and who it leaves out, and why. A payout nets what the
 * programme owes a producer (card sales net of commission) against what the producer owes
 * (commission on cash sales); only a positive net is paid, to a producer that is active and has
 * bank details an admin confirmed (or a Stripe connected account).
 */
export async function previewPayoutBatch(client: Tx | typeof db = db) {
  const balances = await producerBalances(client);
  const producers = await client.producer.findMany({
    where: { id: { in: [...balances.keys()] } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, slug: true, status: true, stripeAccountId: true, bankHolder: true, bankIban: true, bankConfirmedAt: true },
  });
  const stripeOn = cardPaymentsEnabled();
  const included: PayoutCandidate[] = [];
  const excluded: { producer: { id: string; name: string; slug: string }; netQ: number; reason: ExclusionReason }[] = [];
  for (const p of producers) {
    const balance = balances.get(p.id)!;
    const producer = { id: p.id, name: p.name, slug: p.slug };
    const viaStripe = stripeOn && !!p.stripeAccountId;
    const reason: ExclusionReason | null =
      balance.netQ <= 0
        ? "nothingOwed"
        : p.status === "SUSPENDED"
          ? "suspended"
          : viaStripe
            ? null
            : !p.bankIban || !p.bankHolder
              ? "noBankDetails"
              : !p.bankConfirmedAt
                ? "bankUnconfirmed"
                : null;
    if (reason) {
      if (balance.payableQ !== 0 || balance.receivableQ !== 0) excluded.push({ producer, netQ: balance.netQ, reason });
      continue;
    }
    included.push({
      producer,
      payableQ: balance.payableQ,
      receivableQ: balance.receivableQ,
      amountQ: balance.netQ,
      method: viaStripe ? "STRIPE" : "BANK",
      bankHolder: p.bankHolder,
      bankIban: p.bankIban,
    });
  }
  return { included, excluded, totalQ: included.reduce((sum, c) => sum + c.amountQ, 0) };
}

/**
 * The admin confirmed the batch it was shown (its total and how many producers): if anything
 * changed since, nothing is created. Each included producer gets an item and one PAYOUT journal
 * that zeroes both its accounts, all in one transaction, so no balance is ever paid twice.
 * Stripe transfers go out through the outbox.
 */
export async function createPayoutBatch(
  adminId: string,
  confirmed: { totalQ: number; producers: number },
): Promise<{ ok: true; batchId: string } | { ok: false; error: PayoutError }> {
  const result = await db.$transaction(async (tx) => {
    const preview = await previewPayoutBatch(tx);
    if (preview.included.length === 0) return { ok: false as const, error: "payouts.nothingToPay" as const };
    if (preview.totalQ !== confirmed.totalQ || preview.included.length !== confirmed.producers) {
      return { ok: false as const, error: "payouts.changed" as const };
    }
    const methods = new Set(preview.included.map((c) => c.method));
    const batch = await tx.payoutBatch.create({
      data: { totalQ: preview.totalQ, createdById: adminId, method: methods.size > 1 ? "MIXED" : [...methods][0] },
      select: { id: true },
    });
    for (const c of preview.included) {
      const item = await tx.payoutItem.create({
        data: {
          batchId: batch.id,
          producerId: c.producer.id,
          payableQ: c.payableQ,
          receivableQ: c.receivableQ,
          amountQ: c.amountQ,
          method: c.method,
          bankHolder: c.bankHolder,
          bankIban: c.bankIban,
        },
        select: { id: true },
      });
      await postJournal(tx, {
        kind: "PAYOUT",
        key: `payout:${batch.id}:${c.producer.id}`,
        batchId: batch.id,
        postings: [
          { account: "PAYABLE", producerId: c.producer.id, amountQ: c.payableQ },
          { account: "COMMISSION_RECEIVABLE", producerId: c.producer.id, amountQ: -c.receivableQ },
          { account: "PAYOUTS_SENT", amountQ: -c.amountQ },
        ],
      });
      if (c.method === "STRIPE") await enqueueJob(tx, { kind: "TRANSFER", key: `transfer:${item.id}`, payload: { itemId: item.id } });
    }
    await recordAudit(tx, {
      actorId: adminId,
      action: "payout.create",
      entityType: "PayoutBatch",
      entityId: batch.id,
      after: { totalQ: preview.totalQ, producers: preview.included.length },
    });
    return { ok: true as const, batchId: batch.id };
  });
  return result;
}

/** Outbox: one Stripe transfer per item (idempotent by the job's key); the batch is paid once every item is. */
export async function runTransferJob(job: ClaimedJob) {
  const { itemId } = job.payload as { itemId: string };
  const item = await db.payoutItem.findUnique({
    where: { id: itemId },
    select: { id: true, amountQ: true, batchId: true, stripeTransferId: true, producer: { select: { stripeAccountId: true } } },
  });
  if (!item) throw new PermanentJobError("payout item is gone");
  if (!item.stripeTransferId) {
    if (!item.producer.stripeAccountId) throw new PermanentJobError("the producer has no connected account any more");
    const transfer = await stripeClient().transfers.create(
      { amount: item.amountQ, currency: "azn", destination: item.producer.stripeAccountId, metadata: { batchId: item.batchId, itemId: item.id } },
      { idempotencyKey: stripeIdempotencyKey(job) },
    );
    await db.payoutItem.update({ where: { id: item.id }, data: { stripeTransferId: transfer.id } });
  }
  const waiting = await db.payoutItem.count({ where: { batchId: item.batchId, OR: [{ method: "BANK" }, { stripeTransferId: null }] } });
  if (waiting === 0) await db.payoutBatch.updateMany({ where: { id: item.batchId, status: "OPEN" }, data: { status: "PAID", paidAt: new Date() } });
}

/** The admin confirms the bank made the transfers of a batch's bank items. */
export async function markPayoutBatchPaid(batchId: string, adminId: string): Promise<{ ok: true } | { ok: false; error: PayoutError }> {
  return db.$transaction(async (tx) => {
    const batch = await tx.payoutBatch.findUnique({
      where: { id: batchId },
      select: { id: true, status: true, items: { select: { method: true, stripeTransferId: true } } },
    });
    if (!batch) return { ok: false as const, error: "payouts.notFound" as const };
    if (batch.status === "PAID") return { ok: false as const, error: "payouts.alreadyPaid" as const };
    if (batch.items.some((i) => i.method === "STRIPE" && !i.stripeTransferId)) return { ok: false as const, error: "payouts.stripeBatch" as const };
    const updated = await tx.payoutBatch.updateMany({ where: { id: batch.id, status: "OPEN" }, data: { status: "PAID", paidAt: new Date() } });
    if (updated.count !== 1) return { ok: false as const, error: "payouts.alreadyPaid" as const };
    await recordAudit(tx, {
      actorId: adminId,
      action: "payout.markPaid",
      entityType: "PayoutBatch",
      entityId: batch.id,
      before: { status: "OPEN" },
      after: { status: "PAID" },
    });
    return { ok: true as const };
  });
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
        select: { amountQ: true, payableQ: true, receivableQ: true, method: true, stripeTransferId: true, producer: { select: { name: true } } },
      },
    },
  });
  return batches.map((b) => ({ ...b, createdAt: b.createdAt.toISOString(), paidAt: b.paidAt?.toISOString() ?? null }));
}

/**
 * The bank's file, one row per bank-transfer item (Stripe items are paid by transfer):
 * batch id, producer name and slug, account holder, IBAN, amount in AZN with two decimals,
 * currency, and the payment reference the bank shows the producer.
 */
export async function payoutBatchCsv(batchId: string): Promise<string | null> {
  const batch = await db.payoutBatch.findUnique({
    where: { id: batchId },
    select: {
      id: true,
      items: {
        where: { method: "BANK" },
        orderBy: { amountQ: "desc" },
        select: { amountQ: true, bankHolder: true, bankIban: true, producer: { select: { name: true, slug: true } } },
      },
    },
  });
  if (!batch) return null;
  const rows = batch.items.map((item) => [
    batch.id,
    item.producer.name,
    item.producer.slug,
    item.bankHolder,
    item.bankIban,
    (item.amountQ / 100).toFixed(2),
    "AZN",
    `ABAD Market ${batch.id.slice(-8)}`,
  ]);
  return writeCsv([["batch", "producer", "producer_slug", "account_holder", "iban", "amount_azn", "currency", "reference"], ...rows]);
}
