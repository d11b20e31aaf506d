import { z } from "zod";
import { districtField, streetField } from "~/models/accounts/address-schema";
import { phoneField } from "~/models/producers/application-schema";
import { emailField, idField, optionalLine, requiredLine } from "~/utils/form-fields";

/** A map service's link: only https, so a forged javascript: or http: link never reaches a page. */
const mapUrlField = z
  .string()
  .trim()
  .max(500, "form.tooLong")
  .refine((value) => value === "" || /^https:\/\/[^\s"<>]+$/.test(value), "centre.form.mapUrlInvalid")
  .optional()
  .default("");

/** The centre form on /admin/centres (new) and /admin/centres/:id (edit). */
export const centreSchema = z.object({
  nameAz: requiredLine(120),
  nameEn: requiredLine(120),
  nameRu: requiredLine(120),
  district: districtField,
  address: streetField,
  hoursAz: requiredLine(120),
  hoursEn: optionalLine(120),
  hoursRu: optionalLine(120),
  phone: phoneField,
  mapUrl: mapUrlField,
  active: z
    .string()
    .optional()
    .transform((value) => value === "on"),
});
export type CentreInput = z.output<typeof centreSchema>;

/** The staff forms on /admin/centres/:id: assign an existing account by email, or take one off. */
export const centreStaffSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("assign"), email: emailField }),
  z.object({ intent: z.literal("unassign"), userId: idField }),
]);

/** What centre staff may change themselves on /centre: the hours and phone people see. */
export const centreHoursSchema = z.object({
  hoursAz: requiredLine(120),
  hoursEn: optionalLine(120),
  hoursRu: optionalLine(120),
  phone: phoneField,
});
export type CentreHoursInput = z.output<typeof centreHoursSchema>;
