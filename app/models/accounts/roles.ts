/** Account roles; producer rights come from ProducerMember, not from a role. */
import { Role } from "~/generated/prisma/enums";
import { isOneOf } from "~/utils/one-of";

export type { Role };
export const ROLES = Object.values(Role);

export function isRole(value: string): value is Role {
  return (ROLES as string[]).includes(value);
}

/** The roles that reach the staff console. */
export const STAFF_ROLES = ["MENTOR", "ADMIN"] as const satisfies readonly Role[];

/** Works at one ABAD centre (User.centreId) and reaches only that centre's screens, under /centre. */
export const CENTRE_ROLE = "CENTRE_STAFF" satisfies Role;

export function isStaff(role: string): boolean {
  return isOneOf(STAFF_ROLES, role);
}
