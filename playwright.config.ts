import { defineConfig } from "@playwright/test";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const STRIPE_TEST_PORT = Number(process.env.STRIPE_TEST_PORT ?? 12111);
export const STRIPE_WEBHOOK_SECRET = "whsec_e2e_secret";
/** The end-to-end server's database, for specs that check what was written. */
export const E2E_DATA_DIR = `tests/.tmp/e2e-${E2E_PORT}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
    trace: "retain-on-failure",
  },
  // One built server, seeded with the demo data, shared by every end-to-end test, and a
  // local stand-in for Stripe's API and hosted checkout page (tests/support/stripe-server.ts).
  webServer: [
    {
      command: `tsx tests/support/stripe-server.ts --port ${STRIPE_TEST_PORT} --app http://localhost:${E2E_PORT} --secret ${STRIPE_WEBHOOK_SECRET}`,
      url: `http://127.0.0.1:${STRIPE_TEST_PORT}/healthz`,
      timeout: 30_000,
      reuseExistingServer: false,
    },
    {
      command: "tsx scripts/start.ts --reset",
      url: `http://localhost:${E2E_PORT}/healthz`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        PORT: String(E2E_PORT),
        APP_URL: `http://localhost:${E2E_PORT}`,
        // Per port, so two end-to-end runs in one checkout never reset each other's database.
        DATABASE_URL: `file:./${E2E_DATA_DIR}/abad.db`,
        UPLOADS_DIR: `./${E2E_DATA_DIR}/uploads`,
        COMMISSION_BPS: "500",
        // Specs running in parallel change the catalogue and read it back at once; the page
        // cache itself is covered by tests/unit/page-cache.test.ts.
        PAGE_CACHE_SECONDS: "0",
        STRIPE_SECRET_KEY: "sk_test_e2e",
        STRIPE_WEBHOOK_SECRET,
        STRIPE_API_BASE: `http://127.0.0.1:${STRIPE_TEST_PORT}`,
      },
    },
  ],
});
