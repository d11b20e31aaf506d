import { z } from "zod";
import { districtField, streetField } from "~/models/accounts/address-schema";
import { phoneField } from "~/models/producers/application-schema";
import { emailField, idField, optionalLine, requiredLine } from "~/utils/form-fields";
import { parseAzn } from "~/utils/money-input";

/** A map service's link: only https, so a forged javascript: or http: link never reaches a page. */
const mapUrlField = z
  .string()
  .trim()
  .max(500, "form.tooLong")
  .refine((value) => value === "" || /^https:\/\/[^\s"<>]+$/.test(value), "centre.form.mapUrlInvalid")
  .optional()
  .default("");

/** An amount in AZN as typed ("3", "3,50"), in qəpik; empty is free. */
const aznField = z
  .string()
  .optional()
  .transform((value, ctx): number => {
    const text = (value ?? "").trim();
    if (!text) return 0;
    const parsed = parseAzn(text);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: parsed.error });
      return z.NEVER;
    }
    return parsed.qepik;
  });

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
  /** what a shopper pays to pick a producer's order up here, and the days it takes to arrive */
  pickupFee: aznField,
  pickupDays: z.coerce
    .number({ error: "form.required" })
    .int("dashboard.delivery.daysWhole")
    .min(0, "dashboard.delivery.daysWhole")
    .max(30, "centre.form.daysTooMany"),
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

/** The producer's choice on /dashboard/centres: the centres it sends goods to (none ticked sends nothing). */
export const producerCentresSchema = z.object({
  centres: z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(idField).max(50)),
});

/** A parcel's step at the centre: taken in from the producer, or handed to the shopper who said the order's number. */
export const parcelActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("receive"), orderId: idField }),
  z.object({ intent: z.literal("handOver"), orderId: idField, code: z.string().trim().min(1).max(40) }),
]);
