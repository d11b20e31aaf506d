import type { admin as reference } from "../en/admin";

export const admin: Record<keyof typeof reference, string> & Record<string, string> = {
  "admin.title": "Раздел программы",
};
