import { data } from "@remix-run/node";

/** Throws a Response with the given status when the condition is falsy (rendered by the error boundary). */
export function invariantResponse(condition: unknown, message: string, status = 400): asserts condition {
  if (!condition) {
    throw data({ message }, { status });
  }
}

export function notFound(): never {
  throw data({ message: "Not found" }, { status: 404 });
}

export function forbidden(): never {
  throw data({ message: "Forbidden" }, { status: 403 });
}
