import { z } from "zod";
import { idField } from "~/utils/form-fields";

/** The most of one item a note, a count or a sale takes: more is a typing slip. */
export const MAX_ITEM_QUANTITY = 9999;

const quantityField = z.coerce
  .number({ error: "consignment.quantityWhole" })
  .int("consignment.quantityWhole")
  .min(0, "consignment.quantityWhole")
  .max(MAX_ITEM_QUANTITY, "consignment.quantityTooMany");

/**
 * A form whose fields named `<prefix><key>` (one per item or line, e.g. `qty.<code>` = "2") become
 * `lines`, a list of { key, quantity }, so a form lists any number of items without JavaScript.
 */
function withQuantities<T extends z.ZodRawShape>(prefix: string, shape: T) {
  return z.preprocess(
    (form) => {
      const fields = form && typeof form === "object" ? (form as Record<string, unknown>) : {};
      const lines = Object.entries(fields)
        .filter(([name]) => name.startsWith(prefix))
        .map(([name, value]) => ({ key: name.slice(prefix.length), quantity: typeof value === "string" && value.trim() === "" ? "0" : value }));
      return { ...fields, lines };
    },
    z.object({ ...shape, lines: z.array(z.object({ key: idField, quantity: quantityField })).max(500) }),
  );
}

/** The producer's consignment note on /dashboard/consignments: a centre and a quantity per item (`qty.<code>`). */
export const consignmentSchema = withQuantities("qty.", { centreId: idField })
  .transform(({ centreId, lines }) => ({ centreId, lines: lines.filter((l) => l.quantity > 0).map((l) => ({ code: l.key, quantity: l.quantity })) }))
  .refine((value) => value.lines.length > 0, { message: "consignment.empty", path: ["lines"] });
export type ConsignmentInput = z.output<typeof consignmentSchema>;

/** The centre's count of what arrived (`received.<lineId>`), on /centre/consignments/:id. */
export const receiveSchema = withQuantities("received.", {}).transform(({ lines }) => new Map(lines.map((l) => [l.key, l.quantity])));

export const COUNTER_PAYMENTS = ["CASH", "CARD_PRESENT"] as const;

/**
 * A counter sale: the sale id the form was shown with (a resubmission carries the same one),
 * how it was paid, and a quantity per item (`qty.<code>`).
 */
export const counterSaleSchema = withQuantities("qty.", {
  saleId: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{16,64}$/, "form.invalid"),
  payment: z.enum(COUNTER_PAYMENTS, { error: "counter.paymentRequired" }),
})
  .transform(({ saleId, payment, lines }) => ({
    saleId,
    payment,
    lines: lines.filter((l) => l.quantity > 0).map((l) => ({ code: l.key.toLowerCase(), quantity: l.quantity })),
  }))
  .refine((value) => value.lines.length > 0, { message: "counter.nothingToSell", path: ["lines"] });
export type CounterSaleInput = z.output<typeof counterSaleSchema>;
