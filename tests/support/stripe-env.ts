import { afterAll, beforeAll } from "vitest";
import { resetEnvCache } from "~/utils/env.server";
import { startStripeTestServer, type StripeTestServer } from "./stripe-server";

export const WEBHOOK_SECRET = "whsec_test_secret";
const KEYS = ["STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_API_BASE", "COMMISSION_BPS"];

/**
 * Card payments on for this test file: a local Stripe stand-in, the app's Stripe settings
 * pointing at it and a commission; all undone after the file. Read the server through the getter.
 */
export function useStripeTestServer(commissionBps = "500") {
  let stripe: StripeTestServer | null = null;
  beforeAll(async () => {
    stripe = await startStripeTestServer({ webhookSecret: WEBHOOK_SECRET });
    Object.assign(process.env, {
      STRIPE_SECRET_KEY: "sk_test_123",
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      STRIPE_API_BASE: stripe.url,
      COMMISSION_BPS: commissionBps,
    });
    resetEnvCache();
  });
  afterAll(async () => {
    await stripe?.close();
    for (const key of KEYS) delete process.env[key];
    resetEnvCache();
  });
  return () => stripe!;
}
