import type { ActionFunctionArgs } from "@remix-run/node";
import type Stripe from "stripe";
import { handleStripeEvent } from "~/models/checkout/payment-events.server";
import { stripeClient } from "~/models/payments/stripe.server";
import { env } from "~/utils/env.server";

const json = (body: unknown, status = 200) => Response.json(body, { status });

/** Stripe events: the raw body is verified against STRIPE_WEBHOOK_SECRET before anything is read from it. */
export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== "POST") return json({ error: "method not allowed" }, 405);
  const secret = env().STRIPE_WEBHOOK_SECRET;
  if (!secret || !env().STRIPE_SECRET_KEY) return json({ error: "card payments are not configured" }, 404);
  const signature = request.headers.get("stripe-signature");
  const payload = await request.text();
  let event: Stripe.Event;
  try {
    event = stripeClient().webhooks.constructEvent(payload, signature ?? "", secret);
  } catch {
    return json({ error: "invalid signature" }, 400);
  }
  const outcome = await handleStripeEvent(event);
  // Signed but not an event we can read (no id, type or data): nothing was recorded.
  if (outcome === "malformed") return json({ error: "malformed event" }, 400);
  return json({ received: true, outcome });
}

export function loader() {
  return json({ error: "method not allowed" }, 405);
}
