import { z } from "zod";

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(new Date(`${value}T00:00:00Z`).getTime()))
  // Years the database's date text can hold and compare (0000 or 9999 + 1 day cannot be stored).
  .refine((value) => value >= "2000-01-01" && value <= "2099-12-31")
  .optional()
  .catch(undefined);
const token = (max: number) =>
  z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9._-]+$/)
    .max(max)
    .optional()
    .catch(undefined);

/** The audit log's query string; anything unreadable is ignored. */
export const auditFiltersSchema = z.object({
  actor: token(40),
  action: token(60),
  entityType: token(40),
  entityId: token(60),
  from: day,
  to: day,
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export function parseAuditFilters(params: URLSearchParams) {
  const raw: Record<string, string> = {};
  for (const key of Object.keys(auditFiltersSchema.shape)) {
    const value = params.get(key);
    if (value) raw[key] = value;
  }
  return auditFiltersSchema.parse(raw);
}
