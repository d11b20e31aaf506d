import type { MetaFunction } from "@remix-run/node";
import { GeneralErrorBoundary } from "~/components/general-error-boundary";
import { notFound } from "~/utils/http.server";

export const meta: MetaFunction = () => [{ title: "404 · ABAD Market" }];

// Any URL no other route claims renders the 404 page inside the layout.
export async function loader() {
  notFound();
}

export async function action() {
  notFound();
}

export default function NotFound() {
  return null;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
