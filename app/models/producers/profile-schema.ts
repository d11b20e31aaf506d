import { z } from "zod";
import { phoneField } from "~/models/producers/application-schema";
import { MAX_RETURN_DAYS } from "~/models/orders/return-policy";

const optionalText = (max: number) => z.string().trim().max(max, "form.tooLong").optional().default("");

/** Checkboxes send "on" when ticked and nothing when not. */
const checkbox = z
  .string()
  .optional()
  .transform((value) => value === "on" || value === "true");

export const profileSchema = z
  .object({
    storyAz: z.string({ error: "form.required" }).trim().min(20, "dashboard.sell.storyShort").max(5000, "form.tooLong"),
    storyEn: optionalText(5000),
    storyRu: optionalText(5000),
    regionId: z.coerce.number({ error: "form.required" }).int("form.required").positive("form.required"),
    district: optionalText(80),
    phone: phoneField,
    pickupAddress: optionalText(200),
    offersPickup: checkbox,
    /** days after delivery for returns; left out of the form, the current setting stays */
    returnDays: z
      .string()
      .optional()
      .transform((value, ctx) => {
        if (value === undefined || value.trim() === "") return undefined;
        const days = Number(value.trim());
        if (!Number.isInteger(days) || days < 0 || days > MAX_RETURN_DAYS) {
          ctx.addIssue({ code: "custom", message: "dashboard.error.returnDays" });
          return z.NEVER;
        }
        return days;
      }),
  })
  .superRefine((value, ctx) => {
    if (value.offersPickup && !value.pickupAddress) {
      ctx.addIssue({ code: "custom", path: ["pickupAddress"], message: "dashboard.profile.pickupAddressRequired" });
    }
  });
export type ProfileInput = z.output<typeof profileSchema>;
