import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { signupSchema } from "~/models/accounts/schemas";
import { inviteMentorSchema } from "~/models/accounts/staff-schema";
import { collectionSchema } from "~/models/admin/collection-schema";
import { listingSchema, variantSchema } from "~/models/listings/listing-schema";
import { taskSchema } from "~/models/mentoring/mentoring-schemas";
import { checkoutSchema } from "~/models/checkout/checkout-schema";
import { applicationSchema } from "~/models/producers/application-schema";

// Every name and title a user types: one line of visible text.
const SCHEMAS: [string, z.ZodType, string][] = [
  ["signup", signupSchema, "name"],
  ["staff invitation", inviteMentorSchema, "name"],
  ["checkout", checkoutSchema, "name"],
  ["application", applicationSchema, "businessName"],
  ["listing", listingSchema, "titleAz"],
  ["listing", listingSchema, "titleEn"],
  ["listing", listingSchema, "titleRu"],
  ["variant", variantSchema, "nameAz"],
  ["variant", variantSchema, "nameRu"],
  ["collection", collectionSchema, "titleAz"],
  ["collection", collectionSchema, "titleEn"],
  ["task", taskSchema, "title"],
];

const FIELDS = SCHEMAS.map(([form, schema, field]) => [`${form} ${field}`, schema, field] as const);

const messagesFor = (schema: z.ZodType, field: string, value: string) => {
  // The listing form is one shape per kind: a kind picks the shape whose fields are checked.
  const result = schema.safeParse({ kind: "GOOD", [field]: value });
  return result.success ? [] : result.error.issues.filter((i) => i.path[0] === field).map((i) => i.message);
};

describe("control characters in names and titles", () => {
  it.each(FIELDS)("%s refuses CR, LF, tab, NUL, DEL and bidi overrides inside the text", (_form, schema, field) => {
    for (const value of ["Bal\r\nSet-Cookie: x=1", "Bal\nbalı", "Bal\tbalı", "Bal\u0000", "Bal\u007f", "Bal \u202eılab", "Bal\u2028balı"]) {
      expect(messagesFor(schema, field, value)).toEqual(["form.controlCharacters"]);
    }
  });

  it.each(FIELDS)("%s still takes Azerbaijani, Russian and punctuation", (_form, schema, field) => {
    expect(messagesFor(schema, field, "Şəki halvası — «Ağ» & Мёд (1 kq), 5%")).toEqual([]);
  });
});
