import Stripe from "stripe";
import { env } from "~/utils/env.server";

/** Card payments are offered only when a Stripe key is configured. */
export function cardPaymentsEnabled(): boolean {
  return !!env().STRIPE_SECRET_KEY;
}

/** The official SDK; STRIPE_API_BASE points it at a local test server. */
export function stripeClient(): Stripe {
  const config = env();
  if (!config.STRIPE_SECRET_KEY) throw new Error("STRIPE_SECRET_KEY is not set");
  const base = config.STRIPE_API_BASE ? new URL(config.STRIPE_API_BASE) : null;
  return new Stripe(config.STRIPE_SECRET_KEY, {
    maxNetworkRetries: 1,
    timeout: 20_000,
    ...(base
      ? {
          host: base.hostname,
          port: base.port || (base.protocol === "https:" ? 443 : 80),
          protocol: base.protocol === "https:" ? "https" : "http",
        }
      : {}),
  });
}
