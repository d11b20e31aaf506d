import { data } from "@remix-run/node";
import { NotFoundError } from "./not-found";

/** Throws a Response with the given status when the condition is falsy (rendered by the error boundary). */
export function invariantResponse(condition: unknown, message: string, status = 400): asserts condition {
  if (!condition) {
    throw data({ message }, { status });
  }
}

export function notFound(): never {
  throw data({ message: "Not found" }, { status: 404 });
}

/** Runs a route's work; a model's NotFoundError (a record that is not there or not the user's) is the 404. */
export async function orNotFound<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export function forbidden(): never {
  throw data({ message: "Forbidden" }, { status: 403 });
}
