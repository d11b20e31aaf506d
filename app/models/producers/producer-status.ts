/** A producer's standing in the programme. */
import { ProducerStatus } from "~/generated/prisma/enums";

export type { ProducerStatus };
export const PRODUCER_STATUSES = Object.values(ProducerStatus);

const TRANSITIONS: Record<ProducerStatus, readonly ProducerStatus[]> = {
  APPLIED: ["ACTIVE", "REJECTED"],
  ACTIVE: ["SUSPENDED"],
  SUSPENDED: ["ACTIVE"],
  // A rejected applicant may apply again.
  REJECTED: ["APPLIED"],
};

export function canMoveProducer(from: ProducerStatus, to: ProducerStatus): boolean {
  return TRANSITIONS[from].includes(to);
}
