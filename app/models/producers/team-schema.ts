import { z } from "zod";
import { emailField } from "~/models/accounts/schemas";

export const inviteSchema = z.object({ email: emailField });
