import type { MessageKey } from "~/locales/types";

/** Units a listing can be sold by; each has a message `unit.<unit>`. */
export type Unit = "kg" | "g" | "l" | "piece" | "jar" | "bottle" | "box" | "m2" | "person" | "night";

/**
 * The message key of a stored unit. The column is text, but the listing form only writes UNITS;
 * typed this way, a unit without a message is a compile error.
 */
export function unitKey(unit: string): MessageKey {
  return `unit.${unit as Unit}`;
}
