import { z } from "zod";
import { emailField } from "~/utils/form-fields";

export const inviteSchema = z.object({ email: emailField });
