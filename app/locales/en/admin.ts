export const admin = {
  "admin.title": "Programme area",
} as const;
