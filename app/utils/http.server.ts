import { data } from "@remix-run/node";
import { isNotFound, type NotFound } from "./result";

/** Throws a Response with the given status when the condition is falsy (rendered by the error boundary). */
export function invariantResponse(condition: unknown, message: string, status = 400): asserts condition {
  if (!condition) {
    throw data({ message }, { status });
  }
}

export function notFound(): never {
  throw data({ message: "Not found" }, { status: 404 });
}

function isFound<T>(result: T): result is Exclude<T, NotFound> {
  return !isNotFound(result);
}

/** A model's result in a route: NOT_FOUND (a record that is not there or not the user's) is the 404, anything else passes on. */
export function found<T>(result: T): Exclude<T, NotFound> {
  if (!isFound(result)) notFound();
  return result;
}

export function forbidden(): never {
  throw data({ message: "Forbidden" }, { status: 403 });
}
