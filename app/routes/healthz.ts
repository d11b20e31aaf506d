import { checkDatabase } from "~/models/health.server";

export async function loader() {
  const database = await checkDatabase();
  return Response.json(
    { status: database ? "ok" : "error", database: database ? "up" : "down" },
    { status: database ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
