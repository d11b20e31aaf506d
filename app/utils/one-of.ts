/** Whether `value` is one of `list`'s members, narrowing it to their type (`includes` only takes that type already). */
export function isOneOf<T>(list: readonly T[], value: unknown): value is T {
  return list.some((member) => member === value);
}
