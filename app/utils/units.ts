import type { Unit } from "~/generated/prisma/enums";
import type { MessageKey } from "~/locales/types";

export type { Unit };

/** The message key of a unit; a unit without a message is a compile error. */
export function unitKey(unit: Unit): MessageKey {
  return `unit.${unit}`;
}
