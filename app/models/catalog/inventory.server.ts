import { Prisma, type Tx } from "~/utils/db.server";
import { sql } from "~/utils/sql.server";

export type StockRef = { productId: string; variantId: string | null; slotId: string | null; quantity: number };
/** An order line as it is released: a stay's nights belong to the line itself. */
export type ReleaseRef = StockRef & { id: string; checkIn: string | null };

/**
 * Takes units or seats with one conditional UPDATE, so two checkouts can never both take the
 * last one: false when not enough is left (the caller rolls its transaction back).
 */
export async function reserveStock(tx: Tx, ref: StockRef, now: Date): Promise<boolean> {
  const q = ref.quantity;
  if (ref.slotId) {
    const seats = await tx.$executeRaw`
      UPDATE "Slot" SET "seatsTaken" = "seatsTaken" + ${q}
      WHERE "id" = ${ref.slotId} AND "productId" = ${ref.productId} AND "closed" = FALSE
        AND "startsAt" > ${now} AND "seatsTaken" + ${q} <= "capacity"`;
    return seats === 1;
  }
  if (ref.variantId) {
    const variant = await tx.$executeRaw`
      UPDATE "Variant" SET "stock" = "stock" - ${q} WHERE "id" = ${ref.variantId} AND "productId" = ${ref.productId} AND "stock" >= ${q}`;
    if (variant !== 1) return false;
    // The product's own figure is the sum shown in lists; keep it in step.
    await tx.$executeRaw`UPDATE "Product" SET "stock" = ${sql.greatest(Prisma.sql`"stock" - ${q}`, Prisma.sql`0`)} WHERE "id" = ${ref.productId}`;
    return true;
  }
  const product = await tx.$executeRaw`
    UPDATE "Product" SET "stock" = "stock" - ${q} WHERE "id" = ${ref.productId} AND "stock" >= ${q}`;
  return product === 1;
}

/** Gives units, seats or nights back (a cancelled or expired order). */
export async function releaseStock(tx: Tx, ref: ReleaseRef): Promise<void> {
  const q = ref.quantity;
  if (ref.checkIn) {
    await tx.stayNight.deleteMany({ where: { orderLineId: ref.id } });
    return;
  }
  if (ref.slotId) {
    await tx.$executeRaw`UPDATE "Slot" SET "seatsTaken" = ${sql.greatest(Prisma.sql`"seatsTaken" - ${q}`, Prisma.sql`0`)} WHERE "id" = ${ref.slotId}`;
    return;
  }
  if (ref.variantId) await tx.$executeRaw`UPDATE "Variant" SET "stock" = "stock" + ${q} WHERE "id" = ${ref.variantId}`;
  await tx.$executeRaw`UPDATE "Product" SET "stock" = "stock" + ${q} WHERE "id" = ${ref.productId}`;
}

export async function recordSale(tx: Tx, productId: string, quantity: number) {
  await tx.product.update({ where: { id: productId }, data: { salesCount: { increment: quantity } } });
}
