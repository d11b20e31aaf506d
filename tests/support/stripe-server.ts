/**
 * A local stand-in for api.stripe.com, good enough for the real `stripe` SDK: it answers the
 * calls we make (Checkout Sessions, refunds, transfers) and records them for assertions. It
 * also serves a tiny "hosted checkout" page whose Pay button sends the signed
 * checkout.session.completed webhook to the app, like Stripe does, then returns the shopper.
 *
 *   tsx tests/support/stripe-server.ts --port 12111 --app http://localhost:3100 --secret whsec_test
 */
import http from "node:http";
import { pathToFileURL } from "node:url";
import Stripe from "stripe";

export type RecordedRequest = { method: string; path: string; body: Record<string, string>; idempotencyKey: string | null };

type Session = Record<string, unknown> & { id: string; success_url: string; client_reference_id: string; amount_total: number };

export type StripeTestServer = {
  url: string;
  requests: RecordedRequest[];
  sessions: Map<string, Session>;
  /** the signed webhook body and header for an event about a session */
  signedEvent: (type: string, object: Record<string, unknown>, id?: string) => { payload: string; header: string };
  /** the next `count` API calls whose path starts with `prefix` answer 500 (Stripe having a bad moment) */
  failNext: (prefix: string, count?: number) => void;
  close: () => Promise<void>;
};

const signer = new Stripe("sk_test_signer");

function parseForm(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(text)) out[key] = value;
  return out;
}

export async function startStripeTestServer(options: { port?: number; appUrl?: string; webhookSecret: string }): Promise<StripeTestServer> {
  const requests: RecordedRequest[] = [];
  const sessions = new Map<string, Session>();
  let counter = 0;
  let eventCounter = 0;
  let baseUrl = "";
  const failures: { prefix: string; count: number }[] = [];

  const signedEvent = (type: string, object: Record<string, unknown>, id = `evt_test_${++eventCounter}_${Date.now()}`) => {
    const payload = JSON.stringify({ id, object: "event", type, api_version: "2025-01-01", created: Math.floor(Date.now() / 1000), data: { object } });
    return { payload, header: signer.webhooks.generateTestHeaderString({ payload, secret: options.webhookSecret }) };
  };

  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- a test stand-in: a failure shows as a hung request
    req.on("end", async () => {
      const url = new URL(req.url ?? "/", baseUrl);
      const body = parseForm(raw);
      const send = (status: number, value: unknown) => {
        res.writeHead(status, { "Content-Type": "application/json" });
        res.end(JSON.stringify(value));
      };
      if (url.pathname.startsWith("/v1/")) {
        requests.push({ method: req.method ?? "", path: url.pathname, body, idempotencyKey: (req.headers["idempotency-key"] as string) ?? null });
        const failure = failures.find((f) => f.count > 0 && url.pathname.startsWith(f.prefix));
        if (failure) {
          failure.count--;
          return send(500, { error: { type: "api_error", message: "Stripe test server: injected failure" } });
        }
      }
      if (req.method === "POST" && url.pathname === "/v1/checkout/sessions") {
        const id = `cs_test_${++counter}`;
        let amount = 0;
        for (let i = 0; body[`line_items[${i}][quantity]`]; i++) {
          amount += Number(body[`line_items[${i}][price_data][unit_amount]`]) * Number(body[`line_items[${i}][quantity]`]);
        }
        const session: Session = {
          id,
          object: "checkout.session",
          url: `${baseUrl}/pay/${id}`,
          status: "open",
          payment_status: "unpaid",
          currency: body.currency ?? "azn",
          amount_total: amount,
          client_reference_id: body.client_reference_id,
          metadata: { groupId: body["metadata[groupId]"] },
          success_url: body.success_url,
          cancel_url: body.cancel_url,
          payment_intent: null,
        };
        sessions.set(id, session);
        return send(200, session);
      }
      const sessionMatch = url.pathname.match(/^\/v1\/checkout\/sessions\/([\w]+)$/);
      if (req.method === "GET" && sessionMatch) {
        const session = sessions.get(sessionMatch[1]);
        return session ? send(200, session) : send(404, { error: { type: "invalid_request_error", message: "No such session" } });
      }
      const expire = url.pathname.match(/^\/v1\/checkout\/sessions\/([\w]+)\/expire$/);
      if (req.method === "POST" && expire) {
        const session = sessions.get(expire[1]);
        if (!session) return send(404, { error: { type: "invalid_request_error", message: "No such session" } });
        if (session.status !== "open") return send(400, { error: { type: "invalid_request_error", message: `Session is ${session.status}` } });
        Object.assign(session, { status: "expired" });
        return send(200, session);
      }
      if (req.method === "POST" && url.pathname === "/v1/refunds") {
        return send(200, {
          id: `re_test_${++counter}`,
          object: "refund",
          amount: Number(body.amount ?? 0),
          payment_intent: body.payment_intent,
          status: "succeeded",
        });
      }
      if (req.method === "POST" && url.pathname === "/v1/transfers") {
        return send(200, { id: `tr_test_${++counter}`, object: "transfer", amount: Number(body.amount), destination: body.destination });
      }
      const pay = url.pathname.match(/^\/pay\/([\w]+)$/);
      if (pay && sessions.has(pay[1])) {
        const session = sessions.get(pay[1])!;
        if (req.method === "GET") {
          res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
          res.end(`<!doctype html><html lang="en"><title>Test checkout</title><main><h1>Test card payment</h1>
            <p>${(session.amount_total / 100).toFixed(2)} AZN</p>
            <form method="post"><button type="submit">Pay</button></form>
            <p><a href="${String(session.cancel_url)}">Back to the shop</a></p></main></html>`);
          return;
        }
        Object.assign(session, { status: "complete", payment_status: "paid", payment_intent: `pi_test_${session.id}` });
        if (options.appUrl) {
          const { payload, header } = signedEvent("checkout.session.completed", session);
          await fetch(`${options.appUrl}/webhooks/stripe`, {
            method: "POST",
            body: payload,
            headers: { "Content-Type": "application/json", "Stripe-Signature": header },
          });
        }
        res.writeHead(303, { Location: session.success_url });
        res.end();
        return;
      }
      if (url.pathname === "/healthz") return send(200, { ok: true });
      send(404, { error: { type: "invalid_request_error", message: `No route ${req.method} ${url.pathname}` } });
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const address = server.address() as { port: number };
  baseUrl = `http://127.0.0.1:${address.port}`;
  return {
    url: baseUrl,
    requests,
    sessions,
    signedEvent,
    failNext: (prefix, count = 1) => failures.push({ prefix, count }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  const arg = (name: string) => process.argv[process.argv.indexOf(`--${name}`) + 1];
  const server = await startStripeTestServer({ port: Number(arg("port")), appUrl: arg("app"), webhookSecret: arg("secret") });
  console.log(`Stripe test server on ${server.url}`);
}
