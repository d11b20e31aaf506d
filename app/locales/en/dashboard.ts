export const dashboard = {
  "dashboard.title": "Producer dashboard",
} as const;
