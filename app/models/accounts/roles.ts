/** Account roles; producer rights come from ProducerMember, not from a role. */
export const ROLES = ["SHOPPER", "MENTOR", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

/** The roles that reach the staff console. */
export const STAFF_ROLES = ["MENTOR", "ADMIN"] as const satisfies readonly Role[];

export function isStaff(role: string): boolean {
  return (STAFF_ROLES as readonly string[]).includes(role);
}
