import { z } from "zod";
import { DISTRICTS } from "~/models/catalog/region-data";
import { CONTROL_CHARACTERS } from "~/utils/form-fields";

/** A district or city from the regions file, nothing else (the region follows from it). */
export const districtField = z
  .string({ error: "address.districtRequired" })
  .trim()
  .min(1, "address.districtRequired")
  .refine((value) => DISTRICTS.includes(value), "address.districtUnknown");

/** Street, house and flat: one line, long enough to find the door. */
export const streetField = z
  .string({ error: "address.streetRequired" })
  .trim()
  .min(5, "address.streetRequired")
  .max(200, "form.tooLong")
  .refine((value) => !CONTROL_CHARACTERS.test(value), "form.controlCharacters");

/** The forms on /account/addresses: add one, make one the default, delete one. */
export const addressActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("add"), district: districtField, street: streetField, isDefault: z.literal("on").optional() }),
  z.object({ intent: z.literal("default"), addressId: z.string().trim().min(1).max(40) }),
  z.object({ intent: z.literal("delete"), addressId: z.string().trim().min(1).max(40) }),
]);

/** The checkout's choice among saved addresses: a saved one's id, or "new" for the typed fields. */
export const NEW_ADDRESS = "new";
