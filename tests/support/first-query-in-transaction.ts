/**
 * A process whose very first database work is a transaction, as when the outbox worker claims a
 * job the moment a server starts. Prints the connection's settings afterwards, and whether the
 * prepared statements still answer.
 */
import { db } from "~/utils/db.server";
import { queryRows } from "~/utils/sql.server";
import { Prisma } from "~/utils/db.server";

await db.$transaction(async (tx) => {
  await tx.$queryRaw`SELECT 1`;
});
const setting = async (name: string) => Number(Object.values((await db.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`))[0])[0]);
const settings = { foreignKeys: await setting("foreign_keys"), synchronous: await setting("synchronous"), journalMode: "" };
settings.journalMode = String(Object.values((await db.$queryRawUnsafe<Record<string, unknown>[]>("PRAGMA journal_mode"))[0])[0]);
let prepared = "ok";
try {
  await queryRows(Prisma.sql`SELECT 1 AS "one"`);
} catch (error) {
  prepared = String(error);
}
process.stdout.write(JSON.stringify({ ...settings, prepared }));
await db.$disconnect();
