import { describe, expect, it } from "vitest";
import { db, Prisma } from "~/utils/db.server";
import { queryRows } from "~/utils/sql.server";
import { createProduct, createProducer } from "../support/factories";

// The catalogue's fast reads (on SQLite prepared statements on Prisma's own connection) see what
// Prisma wrote: dates and booleans compare as Prisma stored them, counts come back as numbers, and
// a statement outlives a reconnection. On both databases.
describe("queryRows, the catalogue's fast reads", () => {
  it("compares dates and booleans as Prisma stored them", async () => {
    const producer = await createProducer();
    const product = await createProduct(producer.id, { kind: "EXPERIENCE" });
    const startsAt = new Date("2027-03-01T10:00:00.000Z");
    await db.slot.create({ data: { productId: product.id, startsAt, capacity: 4, closed: true } });
    const count = (after: Date, closed: boolean) =>
      queryRows<{ n: number }>(
        Prisma.sql`SELECT COUNT(*) AS n FROM "Slot" WHERE "productId" = ${product.id} AND "startsAt" > ${after} AND "closed" = ${closed}`,
      );
    expect(await count(new Date("2027-03-01T09:59:59.999Z"), true)).toEqual([{ n: 1 }]);
    expect(await count(startsAt, true)).toEqual([{ n: 0 }]);
    expect(await count(new Date("2027-02-01T00:00:00.000Z"), false)).toEqual([{ n: 0 }]);
  });

  it("answers numbers as numbers and sees Prisma's writes at once", async () => {
    const producer = await createProducer();
    const product = await createProduct(producer.id, { priceQ: 1250 });
    const price = () => queryRows<{ priceQ: unknown }>(Prisma.sql`SELECT "priceQ" FROM "Product" WHERE "id" = ${product.id}`);
    expect(await price()).toEqual([{ priceQ: 1250 }]);
    await db.product.update({ where: { id: product.id }, data: { priceQ: 990 } });
    expect(await price()).toEqual([{ priceQ: 990 }]);
  });

  it("prepares again on a new connection after a disconnect", async () => {
    const one = () => queryRows<{ one: number }>(Prisma.sql`SELECT 1 AS one`);
    expect(await one()).toEqual([{ one: 1 }]);
    await db.$disconnect();
    expect(await one()).toEqual([{ one: 1 }]);
  });
});
