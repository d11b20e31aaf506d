import { z } from "zod";
import { taskSchema } from "~/models/mentoring/mentoring-schemas";
import { idField } from "~/utils/form-fields";

/** A mentoring task made from a row of the unmet-demand list: the task, and the family it goes to. */
export const unmetTaskSchema = taskSchema.extend({
  producerId: idField,
  /** which row the form was, so its errors show beside it */
  row: z.string().max(40).optional().default(""),
});
