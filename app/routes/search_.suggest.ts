import type { LoaderFunctionArgs } from "@remix-run/node";
import { searchSuggestions } from "~/models/catalog/search-suggest.server";
import { getLocale } from "~/utils/locale.server";

/** GET /search/suggest?q=: what the search box offers while typing (JSON; the form works without it). */
export async function loader({ request }: LoaderFunctionArgs) {
  const q = new URL(request.url).searchParams.get("q") ?? "";
  const suggestions = await searchSuggestions(q, await getLocale(request));
  return Response.json({ q, suggestions }, { headers: { "Cache-Control": "no-store" } });
}
