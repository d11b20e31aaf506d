import { afterAll, beforeAll, expect } from "vitest";
import { checkMoney } from "~/models/payments/money-check.server";
import { action as webhookAction } from "~/routes/webhooks.stripe";
import { resetEnvCache } from "~/utils/env.server";
import { loadContext } from "./http";
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

/** A webhook call as Stripe makes it; `header` null leaves the signature out. */
export function deliverWebhook(payload: string, header: string | null) {
  const headers = new Headers({ "Content-Type": "application/json" });
  if (header) headers.set("Stripe-Signature", header);
  return webhookAction({
    request: new Request("http://localhost/webhooks/stripe", { method: "POST", body: payload, headers }),
    params: {},
    context: loadContext,
  });
}

/** What the shopper's browser does on Stripe's page: the session is paid and Stripe says so. */
export function paySession(stripe: StripeTestServer, sessionId: string, overrides: Record<string, unknown> = {}) {
  const session = { ...stripe.sessions.get(sessionId)!, status: "complete", payment_status: "paid", payment_intent: `pi_${sessionId}`, ...overrides };
  const event = stripe.signedEvent("checkout.session.completed", session);
  return deliverWebhook(event.payload, event.header);
}

/** Every check of `npm run money:check` finds nothing. */
export async function expectMoneyInvariants() {
  for (const check of await checkMoney()) expect(check.problems, check.key).toEqual([]);
}
