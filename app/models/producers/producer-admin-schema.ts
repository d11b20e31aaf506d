import { z } from "zod";
import { idField, reasonField } from "~/utils/form-fields";
import { ProducerStatus } from "~/generated/prisma/enums";

const slugFilter = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{1,60}$/)
  .optional()
  .catch(undefined);

/** The staff producer list's query string; anything unreadable is ignored, never an error. */
export const staffProducerFiltersSchema = z.object({
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined),
  region: slugFilter,
  sector: slugFilter,
  status: z.enum(ProducerStatus).optional().catch(undefined),
  /** a staff user id, "none" for unassigned, or "me" */
  mentor: z
    .string()
    .trim()
    .regex(/^[a-z0-9]{1,40}$/)
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).catch(1).default(1),
});
export type StaffProducerFilters = z.output<typeof staffProducerFiltersSchema>;

export function parseStaffProducerFilters(params: URLSearchParams): StaffProducerFilters {
  const raw: Record<string, string> = {};
  for (const key of Object.keys(staffProducerFiltersSchema.shape)) {
    const value = params.get(key);
    if (value) raw[key] = value;
  }
  return staffProducerFiltersSchema.parse(raw);
}

/** The status, badge and mentor forms on a producer's staff page. */
export const producerStandingSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("suspend"), reason: reasonField }),
  z.object({
    intent: z.literal("reactivate"),
    reason: z.string().trim().max(1000, "form.tooLong").optional().default(""),
  }),
  z.object({ intent: z.literal("verify") }),
  z.object({ intent: z.literal("unverify") }),
  z.object({
    intent: z.literal("assign-mentor"),
    // An empty choice unassigns.
    mentorId: idField.optional(),
  }),
]);
