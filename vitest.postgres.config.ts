import { defineConfig } from "vitest/config";
import base from "./vitest.config";

// `npm run test:postgres`: the integration tests whose code runs raw SQL (or depends on the
// migrations' triggers), again on PostgreSQL; tests/setup starts a throwaway cluster for the run.
process.env.TEST_DATABASE = "postgres";

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [
      "tests/integration/postgres-migrations.test.ts",
      "tests/integration/sql-dialect.test.ts",
      "tests/integration/query-rows.test.ts",
      "tests/integration/storefront.test.ts",
      "tests/integration/catalogue-booking-filters.test.ts",
      "tests/integration/search-relevance.test.ts",
      "tests/integration/search-broad.test.ts",
      "tests/integration/checkout.test.ts",
      "tests/integration/bookings.test.ts",
      "tests/integration/booking-cancellation.test.ts",
      "tests/integration/stock-alerts.test.ts",
      "tests/integration/messages.test.ts",
      "tests/integration/admin-reports.test.ts",
      "tests/integration/dashboard-insights.test.ts",
      "tests/integration/admin-staff.test.ts",
      "tests/integration/admin-collections.test.ts",
      "tests/integration/admin-producers.test.ts",
      "tests/integration/outbox-claims.test.ts",
      "tests/integration/shared-cache.test.ts",
      "tests/integration/consignments.test.ts",
      "tests/integration/account-sessions.test.ts",
      "tests/integration/login-throttle.test.ts",
      "tests/integration/backup-postgres.test.ts",
    ],
  },
});
