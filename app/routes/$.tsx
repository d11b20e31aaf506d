import { GeneralErrorBoundary } from "~/components/general-error-boundary";
import { notFound } from "~/utils/http.server";

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
