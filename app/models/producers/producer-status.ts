/** A producer's standing in the programme. */
export const PRODUCER_STATUSES = ["APPLIED", "ACTIVE", "REJECTED", "SUSPENDED"] as const;
export type ProducerStatus = (typeof PRODUCER_STATUSES)[number];

const TRANSITIONS: Record<ProducerStatus, readonly ProducerStatus[]> = {
  APPLIED: ["ACTIVE", "REJECTED"],
  ACTIVE: ["SUSPENDED"],
  SUSPENDED: ["ACTIVE"],
  // A rejected applicant may apply again.
  REJECTED: ["APPLIED"],
};

export function canMoveProducer(from: string, to: ProducerStatus): boolean {
  return (TRANSITIONS[from as ProducerStatus] ?? []).includes(to);
}
