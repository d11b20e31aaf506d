import type { dashboard as reference } from "../en/dashboard";

export const dashboard: Record<keyof typeof reference, string> & Record<string, string> = {
  "dashboard.title": "İstehsalçı paneli",
};
