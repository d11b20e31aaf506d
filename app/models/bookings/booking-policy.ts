/**
 * The standard cancellation policies a host chooses from. A shopper who cancels before the
 * policy's cut-off gets the whole booking back (a card payment is refunded through the payment
 * outbox, a cash booking is simply released); after it, the booking can no longer be cancelled
 * online and the host keeps it. All or nothing, so a cancellation is always exactly the sale's
 * reversal in the ledger.
 */
import { CancellationPolicy } from "~/generated/prisma/enums";

export type { CancellationPolicy };
export const CANCELLATION_POLICIES = Object.values(CancellationPolicy);

/** Hours before the start (the session, or check-in at 14:00) until which cancelling is free. */
export const POLICY_CUTOFF_HOURS: Record<CancellationPolicy, number> = {
  FLEXIBLE: 24,
  MODERATE: 5 * 24,
  STRICT: 14 * 24,
};

/** The last moment a shopper may cancel for a full refund. */
export function cancellationDeadline(policy: CancellationPolicy, startsAt: Date): Date {
  return new Date(startsAt.getTime() - POLICY_CUTOFF_HOURS[policy] * 60 * 60 * 1000);
}

export function withinPolicy(policy: CancellationPolicy, startsAt: Date, now: Date): boolean {
  return now.getTime() <= cancellationDeadline(policy, startsAt).getTime();
}
