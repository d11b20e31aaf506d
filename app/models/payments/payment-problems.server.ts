import { recordAudit } from "~/models/audit/audit.server";
import { db } from "~/utils/db.server";

/** Card payments the webhook could not match to what their checkout asked for, unhandled first. */
export async function listPaymentProblems(take = 50) {
  const problems = await db.paymentProblem.findMany({
    where: { resolvedAt: null },
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      kind: true,
      stripeSessionId: true,
      amountQ: true,
      currency: true,
      detail: true,
      createdAt: true,
      group: { select: { id: true, email: true } },
    },
  });
  return problems.map((p) => ({ ...p, createdAt: p.createdAt.toISOString() }));
}

export async function resolvePaymentProblem(id: string, staffId: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const updated = await tx.paymentProblem.updateMany({ where: { id, resolvedAt: null }, data: { resolvedAt: new Date(), resolvedById: staffId } });
    if (updated.count !== 1) return false;
    await recordAudit(tx, { actorId: staffId, action: "payment.problemResolved", entityType: "PaymentProblem", entityId: id });
    return true;
  });
}
