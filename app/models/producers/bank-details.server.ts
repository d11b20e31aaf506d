import { recordAudit } from "~/models/audit/audit.server";
import { verifyPassword } from "~/models/accounts/passwords.server";
import { enqueueMail, scheduleMailDelivery } from "~/models/mail/outbox.server";
import { db } from "~/utils/db.server";
import type { BankDetailsInput } from "~/models/producers/bank-details-schema";

export type BankDetailsError = "bank.ownerOnly" | "bank.passwordWrong" | "producer.suspendedReadOnly";

/** The producer's payout details as its member sees them; only owners may change them. */
export async function getBankDetails(producerId: string, userId: string) {
  const [p, member] = await Promise.all([
    db.producer.findUniqueOrThrow({ where: { id: producerId }, select: { bankHolder: true, bankIban: true, bankChangedAt: true, bankConfirmedAt: true } }),
    db.producerMember.findFirst({ where: { producerId, userId }, select: { role: true } }),
  ]);
  return {
    ...p,
    bankChangedAt: p.bankChangedAt?.toISOString() ?? null,
    bankConfirmedAt: p.bankConfirmedAt?.toISOString() ?? null,
    canEdit: member?.role === "OWNER",
  };
}

/**
 * An owner changes where payouts go: the password is asked again, the change is audit-logged,
 * every owner is mailed, and payouts stay held until a staff member confirms the new details.
 */
export async function changeBankDetails(args: {
  producerId: string;
  userId: string;
  input: BankDetailsInput;
  pageLocale?: string;
}): Promise<{ ok: true } | { ok: false; error: BankDetailsError }> {
  const member = await db.producerMember.findFirst({
    where: { producerId: args.producerId, userId: args.userId },
    select: { role: true, user: { select: { name: true, passwordHash: true } }, producer: { select: { name: true, status: true } } },
  });
  if (!member || member.role !== "OWNER") return { ok: false, error: "bank.ownerOnly" };
  if (member.producer.status === "SUSPENDED") return { ok: false, error: "producer.suspendedReadOnly" };
  if (!(await verifyPassword(member.user.passwordHash, args.input.password))) return { ok: false, error: "bank.passwordWrong" };
  await db.$transaction(async (tx) => {
    const before = await tx.producer.findUniqueOrThrow({ where: { id: args.producerId }, select: { bankHolder: true, bankIban: true } });
    await tx.producer.update({
      where: { id: args.producerId },
      data: { bankHolder: args.input.bankHolder, bankIban: args.input.bankIban, bankChangedAt: new Date(), bankConfirmedAt: null, bankConfirmedById: null },
    });
    await recordAudit(tx, {
      actorId: args.userId,
      action: "producer.bankDetails",
      entityType: "Producer",
      entityId: args.producerId,
      before: { bankHolder: before.bankHolder, bankIban: maskIban(before.bankIban) },
      after: { bankHolder: args.input.bankHolder, bankIban: maskIban(args.input.bankIban) },
    });
    const owners = await tx.producerMember.findMany({
      where: { producerId: args.producerId, role: "OWNER" },
      select: { user: { select: { email: true, locale: true } } },
    });
    for (const { user } of owners) {
      await enqueueMail(
        {
          to: user.email,
          locale: user.locale,
          pageLocale: args.pageLocale,
          template: "bank.mail.changed",
          vars: { producer: member.producer.name, actor: member.user.name, holder: args.input.bankHolder, ibanEnd: args.input.bankIban.slice(-4) },
        },
        tx,
      );
    }
  });
  scheduleMailDelivery();
  return { ok: true };
}

/** The IBAN as the audit log keeps it: country, check digits and the last four characters. */
export function maskIban(iban: string) {
  return iban ? `${iban.slice(0, 4)}…${iban.slice(-4)}` : "";
}

export async function listBankDetailsToConfirm() {
  const producers = await db.producer.findMany({
    where: { bankConfirmedAt: null, bankIban: { not: "" } },
    orderBy: { bankChangedAt: "asc" },
    select: { id: true, name: true, bankHolder: true, bankIban: true, bankChangedAt: true, members: { select: { userId: true } } },
  });
  return producers.map((p) => ({ ...p, bankChangedAt: p.bankChangedAt?.toISOString() ?? null, memberIds: p.members.map((m) => m.userId) }));
}

/** Staff confirm new bank details; nobody confirms the details of a business they belong to. */
export async function confirmBankDetails(
  producerId: string,
  staffId: string,
  seenIban: string,
): Promise<{ ok: true } | { ok: false; error: "money.ownBusiness" | "payouts.changed" }> {
  const own = await db.producerMember.count({ where: { producerId, userId: staffId } });
  if (own > 0) return { ok: false, error: "money.ownBusiness" };
  return db.$transaction(async (tx) => {
    const updated = await tx.producer.updateMany({
      where: { id: producerId, bankIban: seenIban, bankConfirmedAt: null },
      data: { bankConfirmedAt: new Date(), bankConfirmedById: staffId },
    });
    if (updated.count !== 1) return { ok: false as const, error: "payouts.changed" as const };
    await recordAudit(tx, {
      actorId: staffId,
      action: "producer.bankConfirmed",
      entityType: "Producer",
      entityId: producerId,
      after: { bankIban: maskIban(seenIban) },
    });
    return { ok: true as const };
  });
}
