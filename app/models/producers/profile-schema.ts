import { z } from "zod";
import { phoneField } from "~/models/producers/application-schema";

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
  })
  .superRefine((value, ctx) => {
    if (value.offersPickup && !value.pickupAddress) {
      ctx.addIssue({ code: "custom", path: ["pickupAddress"], message: "dashboard.profile.pickupAddressRequired" });
    }
  });
export type ProfileInput = z.output<typeof profileSchema>;
