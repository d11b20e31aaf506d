import { db } from "~/utils/db.server";

export async function regionIdBySlug(slug: string | undefined): Promise<number | null> {
  if (!slug) return null;
  const region = await db.region.findUnique({ where: { slug }, select: { id: true } });
  return region?.id ?? null;
}
