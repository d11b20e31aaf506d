import { describe, expect, it } from "vitest";
import { containsText, db, dialect, Prisma } from "~/utils/db.server";
import { queryRows, sql } from "~/utils/sql.server";
import { createProducer } from "../support/factories";

// The dialect's parts give the same answers on SQLite and PostgreSQL (run with TEST_DATABASE=postgres for the second).
describe(`the SQL dialect (${dialect})`, () => {
  it("computes days, months, sums and the larger of two numbers alike", async () => {
    const instant = new Date("2026-03-31T21:30:00.000Z"); // 1 April 01:30 in Baku
    const producer = await createProducer();
    await db.producer.update({ where: { id: producer.id }, data: { approvedAt: instant } });
    const [row] = await queryRows<{ day: string; month: string; later: string; big: number; real: number; yes: number; no: number }>(Prisma.sql`
      SELECT ${sql.bakuDay(Prisma.sql`pr."approvedAt"`)} AS day, ${sql.bakuMonth(Prisma.sql`pr."approvedAt"`)} AS month,
        ${sql.addDays(Prisma.sql`${"2026-02-27"}`, Prisma.sql`2`)} AS later, ${sql.greatest(Prisma.sql`3`, Prisma.sql`7`)} AS big,
        ${sql.asReal(Prisma.sql`1`)} / 4 AS real, ${sql.asNumber(Prisma.sql`1 = 1`)} AS yes, ${sql.asNumber(Prisma.sql`1 = 2`)} AS no
      FROM "Producer" pr WHERE pr."id" = ${producer.id}`);
    expect(row).toEqual({ day: "2026-04-01", month: "2026-04", later: "2026-03-01", big: 7, real: 0.25, yes: 1, no: 0 });
  });

  it("skips rows a unique key already holds", async () => {
    const producer = await createProducer();
    const insert = (slug: string) =>
      db.$executeRaw(
        sql.insertIgnoring(Prisma.sql`"ProducerInvite"`, Prisma.sql`"id", "producerId", "email", "tokenHash", "expiresAt"`, [
          Prisma.sql`(${slug}, ${producer.id}, ${`${slug}@example.az`}, ${slug}, ${new Date(Date.now() + 86_400_000)})`,
        ]),
      );
    expect(await insert("invite-a")).toBe(1);
    expect(await insert("invite-a")).toBe(0);
  });

  it("matches staff searches whatever the case of ASCII letters", async () => {
    const producer = await createProducer({ name: "Quba Bal Evi" });
    for (const typed of ["quba bal", "QUBA", "Bal Evi"]) {
      const found = await db.producer.findMany({ where: { id: producer.id, name: containsText(typed) }, select: { id: true } });
      expect(found, typed).toEqual([{ id: producer.id }]);
    }
  });
});
