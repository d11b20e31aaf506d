/**
 * `npm run crash-test` (after `npm run build`): checkout load against the production server on
 * loopback, SIGKILL of the server mid-run, restart on the same database, then checks that
 *   - every order a shopper saw confirmed (302 to /checkout/<groupId>) exists with its lines,
 *   - no stock went negative and no tour slot is overbooked,
 *   - each product's, variant's and slot's change equals the units in the run's live orders,
 *   - order, checkout and ledger totals agree (a producer confirms and cancels some orders
 *     during the run, so sales are credited and refunded while the server is being killed).
 * Prints the counts; exits 1 on any violation. Works on a fresh temporary database.
 *
 *   --shoppers N  concurrent guest shoppers (default 24)
 *   --phase S     seconds of load before each kill and after the last restart (default 6)
 *   --kills N     how many times the server is killed (default 2)
 *   --keep        keep the temporary folder (database, server log)
 */
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { argValue, backup, isMain } from "./backup";
import { diskStore } from "../app/models/images/upload-store.server";
import { checkoutPageFields } from "./checkout-page";
import { freePort, ServerProcess } from "./server-process";

const DEMO_PRODUCER_SLUG = "mammadovlar-shirniyyat-evi";
const DEMO_PRODUCER_LOGIN = { email: "producer@example.az", password: "abad-demo-2026" };
const COMMISSION_BPS = 500;
const DEADLINE_MS = 150_000;

type Item = { productId: string; producerId: string; variantId: string | null; slotId: string | null };
type CartItem = Item & { quantity: number };
type Confirmed = { groupId: string; location: string; items: CartItem[] };

type Options = { shoppers: number; phaseSeconds: number; kills: number; keep: boolean };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class NetworkError extends Error {}

// ─── HTTP on loopback, with a cookie jar per shopper ─────────────────────────────────────────

export type Reply = { status: number; location: string | null; setCookies: string[]; body: string };

export class Client {
  private agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  constructor(
    readonly port: number,
    private readonly timeoutMs = 15_000,
  ) {}

  get origin() {
    return `http://localhost:${this.port}`;
  }

  request(method: "GET" | "POST", pathname: string, options: { form?: Record<string, string>; cookie?: string } = {}): Promise<Reply> {
    const body = options.form ? new URLSearchParams(options.form).toString() : undefined;
    const headers: Record<string, string> = { Host: `localhost:${this.port}`, Accept: "text/html" };
    if (options.cookie) headers.Cookie = options.cookie;
    if (body !== undefined) {
      headers["Content-Type"] = "application/x-www-form-urlencoded";
      headers["Content-Length"] = String(Buffer.byteLength(body));
      headers.Origin = this.origin;
    }
    return new Promise((resolve, reject) => {
      const req = http.request({ host: "127.0.0.1", port: this.port, method, path: pathname, headers, agent: this.agent, timeout: this.timeoutMs }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", (error) => reject(new NetworkError(error.message)));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            location: res.headers.location ?? null,
            setCookies: res.headers["set-cookie"] ?? [],
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      });
      req.on("timeout", () => req.destroy(new Error("timeout")));
      req.on("error", (error) => reject(new NetworkError(error.message)));
      if (body !== undefined) req.write(body);
      req.end();
    });
  }

  close() {
    this.agent.destroy();
  }
}

export class CookieJar {
  private cookies = new Map<string, string>();
  update(setCookies: string[]) {
    for (const header of setCookies) {
      const [pair, ...attributes] = header.split(";");
      const name = pair.slice(0, pair.indexOf("=")).trim();
      const value = pair.slice(pair.indexOf("=") + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === "";
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

// ─── The server under test ───────────────────────────────────────────────────────────────────

class Server {
  private readonly process: ServerProcess;
  private upPromise: Promise<void> = Promise.resolve();
  private markUp: () => void = () => {};
  up = false;

  constructor(env: NodeJS.ProcessEnv, port: number, logFile: string) {
    this.process = new ServerProcess("the server", port, env, logFile);
    this.down();
  }

  private down() {
    this.up = false;
    this.upPromise = new Promise((resolve) => (this.markUp = resolve));
  }

  /** Resolves once the server answers /healthz (immediately while it is up). */
  whenUp() {
    return this.upPromise;
  }

  async start() {
    const ms = await this.process.start(60_000, { banner: true });
    this.up = true;
    this.markUp();
    return ms;
  }

  /** SIGKILL: no shutdown hooks, no flushing; whatever SQLite has not committed is gone. */
  kill() {
    this.down();
    return this.process.kill();
  }

  killSync() {
    this.process.killSync();
  }
}

// ─── Setup ───────────────────────────────────────────────────────────────────────────────────

function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(command, args, { env, encoding: "utf8", timeout: 300_000, killSignal: "SIGKILL" });
  if (result.error) throw new Error(`${command} ${args.join(" ")}: ${result.error.message}\n${result.stdout}\n${result.stderr}`);
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
}

type Snapshot = {
  products: Map<string, { stock: number; variants: number }>;
  variants: Map<string, number>;
  slots: Map<string, { seatsTaken: number; capacity: number }>;
  orderIds: Set<string>;
};

function snapshot(file: string): Snapshot {
  const db = new Database(file, { readonly: true });
  try {
    const products = new Map(
      (
        db.prepare(`SELECT p.id, p.stock, (SELECT count(*) FROM Variant v WHERE v.productId = p.id) AS variants FROM Product p`).all() as {
          id: string;
          stock: number;
          variants: number;
        }[]
      ).map((p) => [p.id, { stock: p.stock, variants: p.variants }]),
    );
    const variants = new Map((db.prepare(`SELECT id, stock FROM Variant`).all() as { id: string; stock: number }[]).map((v) => [v.id, v.stock]));
    const slots = new Map(
      (db.prepare(`SELECT id, seatsTaken, capacity FROM Slot`).all() as { id: string; seatsTaken: number; capacity: number }[]).map((s) => [
        s.id,
        { seatsTaken: s.seatsTaken, capacity: s.capacity },
      ]),
    );
    const orderIds = new Set((db.prepare(`SELECT id FROM "Order"`).all() as { id: string }[]).map((o) => o.id));
    return { products, variants, slots, orderIds };
  } finally {
    db.close();
  }
}

/**
 * What the shoppers buy: plain goods with plenty of stock, two scarce ones that sell out (so
 * the oversell guard is under fire during the kills), product variants and tour slots. Some
 * goods belong to the demo producer, whose account confirms and cancels orders during the run.
 */
function prepareCatalogue(file: string) {
  const db = new Database(file);
  try {
    const live = `p.status = 'PUBLISHED' AND p.producerId IN (SELECT id FROM Producer WHERE status = 'ACTIVE')`;
    const demoProducer = db.prepare(`SELECT id FROM Producer WHERE slug = ?`).get(DEMO_PRODUCER_SLUG) as { id: string } | undefined;
    if (!demoProducer) throw new Error(`the seed has no producer ${DEMO_PRODUCER_SLUG}`);
    const plainSql = `SELECT p.id, p.producerId FROM Product p WHERE ${live} AND p.kind = 'GOOD' AND NOT EXISTS (SELECT 1 FROM Variant v WHERE v.productId = p.id)`;
    const demoGoods = db.prepare(`${plainSql} AND p.producerId = ? ORDER BY p.id LIMIT 3`).all(demoProducer.id) as { id: string; producerId: string }[];
    const otherGoods = db.prepare(`${plainSql} AND p.producerId <> ? ORDER BY p.id LIMIT 9`).all(demoProducer.id) as { id: string; producerId: string }[];
    const goods = [...demoGoods, ...otherGoods];
    const variants = db
      .prepare(
        `SELECT v.id, v.productId, p.producerId FROM Variant v JOIN Product p ON p.id = v.productId WHERE ${live} AND p.kind = 'GOOD' ORDER BY v.id LIMIT 3`,
      )
      .all() as { id: string; productId: string; producerId: string }[];
    const slots = db
      .prepare(
        `SELECT s.id, s.productId, p.producerId FROM Slot s JOIN Product p ON p.id = s.productId
         WHERE ${live} AND p.kind = 'EXPERIENCE' AND s.closed = 0 AND s.startsAt > ? ORDER BY s.startsAt LIMIT 2`,
      )
      .all(new Date(Date.now() + 2 * 86_400_000).toISOString()) as { id: string; productId: string; producerId: string }[];
    if (goods.length < 4) throw new Error("the seed has too few products to buy");

    db.transaction(() => {
      goods.forEach((g, i) => db.prepare(`UPDATE Product SET stock = ? WHERE id = ?`).run(i < 2 ? 6 : 400, g.id));
      for (const v of variants) db.prepare(`UPDATE Variant SET stock = 60 WHERE id = ?`).run(v.id);
      for (const s of slots) db.prepare(`UPDATE Slot SET capacity = seatsTaken + 25 WHERE id = ?`).run(s.id);
    })();

    const items: Item[] = [
      ...goods.map((g) => ({ productId: g.id, producerId: g.producerId, variantId: null, slotId: null })),
      ...variants.map((v) => ({ productId: v.productId, producerId: v.producerId, variantId: v.id, slotId: null })),
      ...slots.map((s) => ({ productId: s.productId, producerId: s.producerId, variantId: null, slotId: s.id })),
    ];
    return { items, demoProducerId: demoProducer.id };
  } finally {
    db.close();
  }
}

// ─── Load ────────────────────────────────────────────────────────────────────────────────────

type Stats = {
  attempts: number;
  confirmed: Map<string, Confirmed>;
  refused: number;
  badRequest: number;
  serverErrors: number;
  cartInterrupted: number;
  emptyCarts: number;
  checkoutInterrupted: number;
  /** checkouts confirmed only on a re-send, with when their first request was cut off */
  retried: Map<string, number>;
  retriedRefused: number;
  producerConfirmed: number;
  producerCancelled: number;
  producerRefused: number;
  /** checkout POSTs on the wire right now */
  inFlight: number;
};

export const CONFIRMATION = /^\/checkout\/([^/?]+)\?token=/;

async function shopper(client: Client, server: Server, items: Item[], stats: Stats, shouldStop: () => boolean, n: number) {
  let round = 0;
  while (!shouldStop()) {
    await server.whenUp();
    if (shouldStop()) return;
    round++;
    const jar = new CookieJar();
    const wanted = [...items].sort(() => Math.random() - 0.5).slice(0, 1 + Math.floor(Math.random() * 3));
    const added: CartItem[] = [];
    try {
      for (const item of wanted) {
        const quantity = item.slotId ? 1 + Math.floor(Math.random() * 2) : 1 + Math.floor(Math.random() * 3);
        const form: Record<string, string> = { intent: "add", productId: item.productId, quantity: String(quantity), inPlace: "1" };
        if (item.variantId) form.variantId = item.variantId;
        if (item.slotId) form.slotId = item.slotId;
        const reply = await client.request("POST", "/cart", { form, cookie: jar.header() });
        jar.update(reply.setCookies);
        if (reply.status >= 500) stats.serverErrors++;
        if (reply.status === 200) added.push({ ...item, quantity });
      }
    } catch (error) {
      if (!(error instanceof NetworkError)) throw error;
      stats.cartInterrupted++;
      continue;
    }
    if (added.length === 0) {
      stats.emptyCarts++;
      await sleep(50);
      continue;
    }
    let page: Record<string, string>;
    try {
      const reply = await client.request("GET", "/checkout", { cookie: jar.header() });
      jar.update(reply.setCookies);
      page = checkoutPageFields(reply.body);
    } catch (error) {
      if (!(error instanceof NetworkError)) throw error;
      stats.cartInterrupted++;
      continue;
    }
    const form = {
      ...page,
      name: `Crash Test ${n}`,
      email: `crash-${n}-${round}@example.az`,
      phone: "+994 50 123 45 67",
      paymentMethod: "CASH",
      district: "Nəsimi",
      street: "Nizami küç. 10",
    };
    stats.attempts++;
    // A shopper whose request died with the server sends the same form again once it is back:
    // the idempotency key must give the order placed before the crash, or place it once.
    let cutOffAt = 0;
    for (let attempt = 0; attempt < 5; attempt++) {
      let reply: Reply;
      stats.inFlight++;
      try {
        reply = await client.request("POST", "/checkout", { form, cookie: jar.header() });
      } catch (error) {
        stats.inFlight--;
        if (!(error instanceof NetworkError)) throw error;
        if (!cutOffAt) {
          stats.checkoutInterrupted++;
          cutOffAt = Date.now();
        }
        await server.whenUp();
        continue;
      }
      stats.inFlight--;
      const match = reply.status === 302 && reply.location ? CONFIRMATION.exec(reply.location) : null;
      if (match) {
        if (cutOffAt) stats.retried.set(match[1], cutOffAt);
        stats.confirmed.set(match[1], { groupId: match[1], location: reply.location!, items: added });
      } else if (reply.status === 409) {
        stats.refused++;
        if (cutOffAt) stats.retriedRefused++;
      } else if (reply.status >= 500) {
        stats.serverErrors++;
      } else {
        stats.badRequest++;
      }
      break;
    }
  }
}

/** Signs the demo producer in (before the load starts, so it is not queued behind shoppers). */
async function producerLogin(client: Client) {
  const login = await client.request("POST", "/login", { form: { email: DEMO_PRODUCER_LOGIN.email, password: DEMO_PRODUCER_LOGIN.password } });
  if (login.status !== 302) throw new Error(`the demo producer could not log in (HTTP ${login.status})`);
  const jar = new CookieJar();
  jar.update(login.setCookies);
  return jar;
}

/** The demo producer accepts most new orders and cancels some, through the dashboard. */
async function producer(
  client: Client,
  server: Server,
  jar: CookieJar,
  dbFile: string,
  demoProducerId: string,
  initialOrders: Set<string>,
  stats: Stats,
  shouldStop: () => boolean,
) {
  while (!shouldStop()) {
    await server.whenUp();
    const db = new Database(dbFile, { readonly: true, timeout: 5000 });
    let open: { id: string; status: string }[];
    try {
      open = db
        .prepare(`SELECT id, status FROM "Order" WHERE producerId = ? AND status IN ('PLACED', 'CONFIRMED') ORDER BY placedAt DESC LIMIT 40`)
        .all(demoProducerId) as { id: string; status: string }[];
    } finally {
      db.close();
    }
    const fresh = open.filter((o) => !initialOrders.has(o.id));
    for (const order of fresh.slice(0, 4)) {
      if (shouldStop()) break;
      const roll = Math.random();
      let intent: string | null = null;
      if (order.status === "PLACED") intent = roll < 0.7 ? "CONFIRMED" : "CANCELLED";
      else if (roll < 0.1) intent = "CANCELLED";
      if (!intent) continue;
      const form: Record<string, string> = { intent };
      if (intent === "CANCELLED") form.reason = "Crash test: out of packaging";
      try {
        const reply = await client.request("POST", `/dashboard/orders/${order.id}`, { form, cookie: jar.header() });
        if (reply.status === 200) {
          if (intent === "CONFIRMED") stats.producerConfirmed++;
          else stats.producerCancelled++;
        } else if (reply.status >= 500) stats.serverErrors++;
        else stats.producerRefused++;
      } catch (error) {
        if (!(error instanceof NetworkError)) throw error;
      }
    }
    await sleep(150);
  }
}

// ─── Verification ────────────────────────────────────────────────────────────────────────────

type Verdict = {
  ordersSeen: number;
  groupsSeen: number;
  groupsFound: number;
  ordersFound: number;
  lost: number;
  lineMismatches: number;
  negativeStock: number;
  overbookedSlots: number;
  stockMismatches: number;
  totalsMismatches: number;
  ledgerMismatches: number;
  unconfirmedCommits: number;
  /** re-sent checkouts whose order was written before the kill: the same order came back */
  replayedAfterCrash: number;
  runOrders: number;
  runGroups: number;
  liveOrders: number;
  cancelledOrders: number;
  unitsSold: number;
  ledgerQ: number;
  expectedLedgerQ: number;
  problems: string[];
};

const key = (i: Pick<Item, "productId" | "variantId" | "slotId">) => `${i.productId}|${i.variantId ?? ""}|${i.slotId ?? ""}`;

function verify(dbFile: string, before: Snapshot, confirmed: Map<string, Confirmed>, retried: Map<string, number>): Verdict {
  const db = new Database(dbFile, { timeout: 5000 });
  const problems: string[] = [];
  const note = (message: string) => {
    if (problems.length < 20) problems.push(message);
  };
  try {
    type OrderRow = {
      id: string;
      groupId: string;
      producerId: string;
      status: string;
      subtotalQ: number;
      deliveryQ: number;
      totalQ: number;
      commissionQ: number;
    };
    type LineRow = {
      orderId: string;
      productId: string;
      variantId: string | null;
      slotId: string | null;
      quantity: number;
      unitPriceQ: number;
      totalQ: number;
    };
    const orders = (db.prepare(`SELECT id, groupId, producerId, status, subtotalQ, deliveryQ, totalQ, commissionQ FROM "Order"`).all() as OrderRow[]).filter(
      (o) => !before.orderIds.has(o.id),
    );
    const runOrderIds = new Set(orders.map((o) => o.id));
    const lines = (db.prepare(`SELECT orderId, productId, variantId, slotId, quantity, unitPriceQ, totalQ FROM OrderLine`).all() as LineRow[]).filter((l) =>
      runOrderIds.has(l.orderId),
    );
    const linesByOrder = new Map<string, LineRow[]>();
    for (const line of lines) linesByOrder.set(line.orderId, [...(linesByOrder.get(line.orderId) ?? []), line]);
    const ordersByGroup = new Map<string, OrderRow[]>();
    for (const order of orders) ordersByGroup.set(order.groupId, [...(ordersByGroup.get(order.groupId) ?? []), order]);
    const groups = new Map(
      (db.prepare(`SELECT id, totalQ FROM CheckoutGroup`).all() as { id: string; totalQ: number }[])
        .filter((g) => ordersByGroup.has(g.id))
        .map((g) => [g.id, g.totalQ]),
    );

    // 1. Every confirmation a shopper saw is in the database, with exactly the lines of its cart.
    let groupsFound = 0;
    let ordersFound = 0;
    let ordersSeen = 0;
    let lost = 0;
    let lineMismatches = 0;
    for (const seen of confirmed.values()) {
      // What the shopper was promised: one order per producer for the goods, and one per booking
      // (a tour seat is an on-site order of its own).
      const promised = new Set(seen.items.map((i) => i.producerId));
      const promisedOrders = new Set(seen.items.filter((i) => !i.slotId).map((i) => i.producerId)).size + seen.items.filter((i) => i.slotId).length;
      ordersSeen += promisedOrders;
      const groupOrders = groups.has(seen.groupId) ? (ordersByGroup.get(seen.groupId) ?? []) : [];
      const withLines = groupOrders.filter((o) => promised.has(o.producerId) && (linesByOrder.get(o.id) ?? []).length > 0);
      if (groupOrders.length > 0) groupsFound++;
      ordersFound += withLines.length;
      if (withLines.length < promisedOrders) {
        lost += promisedOrders - withLines.length;
        note(`lost: checkout ${seen.groupId} was confirmed with ${promisedOrders} orders; ${withLines.length} are in the database with lines`);
        continue;
      }
      const found = groupOrders.flatMap((o) => linesByOrder.get(o.id) ?? []);
      const want = seen.items.map((i) => `${key(i)}×${i.quantity}`).sort();
      const got = found.map((l) => `${key(l)}×${l.quantity}`).sort();
      if (want.join(",") !== got.join(",") || groupOrders.length !== promisedOrders) {
        lineMismatches++;
        note(`lines: checkout ${seen.groupId} holds ${got.join(", ")} but the cart had ${want.join(", ")}`);
      }
    }
    const unconfirmedCommits = [...ordersByGroup.keys()].filter((g) => !confirmed.has(g)).length;
    const createdAt = new Map(
      (db.prepare(`SELECT id, createdAt FROM CheckoutGroup`).all() as { id: string; createdAt: string | number }[]).map((g) => [
        g.id,
        new Date(g.createdAt).getTime(),
      ]),
    );
    const replayedAfterCrash = [...retried].filter(([groupId, cutAt]) => (createdAt.get(groupId) ?? Infinity) <= cutAt).length;

    // 2. Nothing negative, nothing overbooked.
    const negativeStock =
      (db.prepare(`SELECT count(*) AS n FROM Product WHERE stock < 0`).get() as { n: number }).n +
      (db.prepare(`SELECT count(*) AS n FROM Variant WHERE stock < 0`).get() as { n: number }).n;
    const overbookedSlots = (db.prepare(`SELECT count(*) AS n FROM Slot WHERE seatsTaken > capacity OR seatsTaken < 0`).get() as { n: number }).n;
    if (negativeStock) note(`${negativeStock} product or variant stock figures are negative`);
    if (overbookedSlots) note(`${overbookedSlots} slots hold more seats than their capacity`);

    // 3. Stock moved by exactly the units of the run's orders that still stand.
    const liveStatus = (orderId: string) => orders.find((o) => o.id === orderId)!.status !== "CANCELLED";
    const sold = new Map<string, number>();
    let unitsSold = 0;
    for (const line of lines) {
      if (!liveStatus(line.orderId)) continue;
      unitsSold += line.quantity;
      const k = line.slotId ? `slot:${line.slotId}` : line.variantId ? `variant:${line.variantId}` : `product:${line.productId}`;
      sold.set(k, (sold.get(k) ?? 0) + line.quantity);
    }
    let stockMismatches = 0;
    const now = snapshot(dbFile);
    for (const [id, start] of before.products) {
      if (start.variants > 0) continue; // its own figure is a clamped sum of the variants'
      const current = now.products.get(id)?.stock;
      const expected = sold.get(`product:${id}`) ?? 0;
      if (current === undefined || start.stock - current !== expected) {
        stockMismatches++;
        note(`stock: product ${id} went from ${start.stock} to ${current} but ${expected} units were sold`);
      }
    }
    for (const [id, start] of before.variants) {
      const current = now.variants.get(id);
      const expected = sold.get(`variant:${id}`) ?? 0;
      if (current === undefined || start - current !== expected) {
        stockMismatches++;
        note(`stock: variant ${id} went from ${start} to ${current} but ${expected} units were sold`);
      }
    }
    for (const [id, start] of before.slots) {
      const current = now.slots.get(id)?.seatsTaken;
      const expected = sold.get(`slot:${id}`) ?? 0;
      if (current === undefined || current - start.seatsTaken !== expected) {
        stockMismatches++;
        note(`seats: slot ${id} went from ${start.seatsTaken} to ${current} taken but ${expected} seats were booked`);
      }
    }

    // 4. Totals add up: lines → order → checkout, commission at the configured rate.
    let totalsMismatches = 0;
    for (const order of orders) {
      const orderLines = linesByOrder.get(order.id) ?? [];
      const subtotal = orderLines.reduce((sum, l) => sum + l.totalQ, 0);
      const linesOk = orderLines.every((l) => l.totalQ === l.unitPriceQ * l.quantity);
      const commission = Math.round((order.totalQ * COMMISSION_BPS) / 10_000);
      if (!linesOk || subtotal !== order.subtotalQ || order.subtotalQ + order.deliveryQ !== order.totalQ || order.commissionQ !== commission) {
        totalsMismatches++;
        note(`totals: order ${order.id} does not add up`);
      }
    }
    for (const [groupId, totalQ] of groups) {
      const sum = (ordersByGroup.get(groupId) ?? []).reduce((s, o) => s + o.totalQ, 0);
      if (sum !== totalQ) {
        totalsMismatches++;
        note(`totals: checkout ${groupId} is ${totalQ} but its orders sum to ${sum}`);
      }
    }

    // 5. The ledger: every confirmed order's sale is posted once and balances; these are cash
    //    sales, so the producer owes the commission and is owed nothing; a cancellation after
    //    confirmation reverses exactly that; an unconfirmed order has no journal.
    const confirmedEvents = new Set(
      (db.prepare(`SELECT DISTINCT orderId FROM OrderEvent WHERE status = 'CONFIRMED'`).all() as { orderId: string }[]).map((e) => e.orderId),
    );
    const journals = (
      db
        .prepare(
          `SELECT j.orderId AS orderId, j.kind AS kind, COUNT(p.id) AS postings, COALESCE(SUM(p.amountQ), 0) AS sum,
           COALESCE(SUM(CASE WHEN p.account = 'COMMISSION_RECEIVABLE' THEN p.amountQ ELSE 0 END), 0) AS owedQ,
           COALESCE(SUM(CASE WHEN p.account = 'PAYABLE' THEN p.amountQ ELSE 0 END), 0) AS payableQ
         FROM LedgerJournal j LEFT JOIN LedgerPosting p ON p.journalId = j.id WHERE j.orderId IS NOT NULL GROUP BY j.id`,
        )
        .all() as { orderId: string; kind: string; sum: number; owedQ: number; payableQ: number }[]
    ).filter((j) => runOrderIds.has(j.orderId));
    const ledgerByOrder = new Map<string, { sales: number; reversals: number; owedQ: number; payableQ: number; unbalanced: number }>();
    for (const j of journals) {
      const sums = ledgerByOrder.get(j.orderId) ?? { sales: 0, reversals: 0, owedQ: 0, payableQ: 0, unbalanced: 0 };
      if (j.kind === "CASH_SALE" || j.kind === "CARD_SALE") sums.sales++;
      if (j.kind === "SALE_REVERSAL") sums.reversals++;
      sums.owedQ += j.owedQ;
      sums.payableQ += j.payableQ;
      if (j.sum !== 0) sums.unbalanced++;
      ledgerByOrder.set(j.orderId, sums);
    }
    let ledgerMismatches = 0;
    let ledgerQ = 0;
    let expectedLedgerQ = 0;
    for (const order of orders) {
      const sums = ledgerByOrder.get(order.id) ?? { sales: 0, reversals: 0, owedQ: 0, payableQ: 0, unbalanced: 0 };
      const wasConfirmed = confirmedEvents.has(order.id);
      const live = wasConfirmed && order.status !== "CANCELLED";
      ledgerQ += sums.owedQ;
      expectedLedgerQ += live ? order.commissionQ : 0;
      const ok =
        sums.sales === (wasConfirmed ? 1 : 0) &&
        sums.reversals === (wasConfirmed && order.status === "CANCELLED" ? 1 : 0) &&
        sums.owedQ === (live ? order.commissionQ : 0) &&
        sums.payableQ === 0 &&
        sums.unbalanced === 0;
      if (!ok) {
        ledgerMismatches++;
        note(
          `ledger: order ${order.id} (${order.status}) has ${sums.sales} sale(s), ${sums.reversals} reversal(s), commission owed ${sums.owedQ}, payable ${sums.payableQ}`,
        );
      }
    }
    if (ledgerQ !== expectedLedgerQ) note(`ledger: commission owed for the run ${ledgerQ} ≠ commission on live cash sales ${expectedLedgerQ}`);

    return {
      ordersSeen,
      groupsSeen: confirmed.size,
      groupsFound,
      ordersFound,
      lost,
      lineMismatches,
      negativeStock,
      overbookedSlots,
      stockMismatches,
      totalsMismatches,
      ledgerMismatches: ledgerMismatches + (ledgerQ !== expectedLedgerQ ? 1 : 0),
      unconfirmedCommits,
      replayedAfterCrash,
      runOrders: orders.length,
      runGroups: ordersByGroup.size,
      liveOrders: orders.filter((o) => o.status !== "CANCELLED").length,
      cancelledOrders: orders.filter((o) => o.status === "CANCELLED").length,
      unitsSold,
      ledgerQ,
      expectedLedgerQ,
      problems,
    };
  } finally {
    db.close();
  }
}

/** After the last restart: every confirmation link the shoppers got still opens. */
async function checkConfirmationPages(client: Client, confirmed: Map<string, Confirmed>) {
  const queue = [...confirmed.values()];
  let failed = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        try {
          const reply = await client.request("GET", next.location);
          if (reply.status !== 200) failed++;
        } catch {
          failed++;
        }
      }
    }),
  );
  return failed;
}

// ─── Main ────────────────────────────────────────────────────────────────────────────────────

export async function crashTest(options: Options) {
  if (!fs.existsSync(path.join("build", "server", "index.js"))) {
    throw new Error("No production build: run `npm run build` first.");
  }
  const t0 = Date.now();
  const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "abad-crash-"));
  const dbFile = path.join(dir, "abad.db");
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: `file:${dbFile}`,
    UPLOADS_DIR: path.join(dir, "uploads"),
    SESSION_SECRET: crypto.randomBytes(24).toString("hex"),
    PORT: String(port),
    COMMISSION_BPS: String(COMMISSION_BPS),
    APP_URL: `http://localhost:${port}`,
  };
  for (const name of ["NODE_ENV", "STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_API_BASE", "SMTP_URL"]) delete env[name];

  console.log(
    `Crash test in ${dir} on http://localhost:${port} (loopback): ${options.shoppers} shoppers, ${options.kills} kills, ${options.phaseSeconds} s phases`,
  );
  run(path.join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], env);
  run(path.join("node_modules", ".bin", "tsx"), ["prisma/seed.ts"], env);
  const { items, demoProducerId } = prepareCatalogue(dbFile);
  const before = snapshot(dbFile);
  console.log(`  ${elapsed()}  fresh database migrated and seeded; ${items.length} things to buy`);

  const client = new Client(port);
  const server = new Server(env, port, path.join(dir, "server.log"));
  const cleanup = () => server.killSync();
  process.once("exit", cleanup);
  const stats: Stats = {
    attempts: 0,
    confirmed: new Map(),
    refused: 0,
    badRequest: 0,
    serverErrors: 0,
    cartInterrupted: 0,
    emptyCarts: 0,
    checkoutInterrupted: 0,
    retried: new Map(),
    retriedRefused: 0,
    producerConfirmed: 0,
    producerCancelled: 0,
    producerRefused: 0,
    inFlight: 0,
  };
  let stopping = false;
  const shouldStop = () => stopping || Date.now() - t0 > DEADLINE_MS;
  let failed = false;
  let verdict: Verdict | null = null;
  let pagesFailed = 0;
  let loadMs = 0;
  let onlineBackup: { ms: number; orders: number; integrity: string } | null = null;
  try {
    const startMs = await server.start();
    const producerJar = await producerLogin(client);
    console.log(`  ${elapsed()}  server up in ${(startMs / 1000).toFixed(1)} s; load starts`);
    const loadStarted = Date.now();
    // A worker that fails stops the run at once instead of going unnoticed until the end.
    let workerError: unknown = null;
    const watch = (work: Promise<void>) =>
      work.catch((error: unknown) => {
        workerError ??= error;
        stopping = true;
      });
    const workers = [
      ...Array.from({ length: options.shoppers }, (_, n) => watch(shopper(client, server, items, stats, shouldStop, n))),
      watch(producer(client, server, producerJar, dbFile, demoProducerId, before.orderIds, stats, shouldStop)),
    ];
    // The online backup, taken while the shoppers write: it must be a consistent database.
    await sleep(options.phaseSeconds * 250);
    const backupStarted = Date.now();
    const copy = await backup({ database: dbFile, uploads: diskStore(path.join(dir, "uploads")), outDir: path.join(dir, "backup") });
    onlineBackup = { ms: Date.now() - backupStarted, orders: copy.manifest.counts.orders, integrity: copy.manifest.database.integrity };
    console.log(`  ${elapsed()}  online backup under load: ${onlineBackup.orders} orders, integrity ${onlineBackup.integrity}, ${onlineBackup.ms} ms`);
    for (let kill = 1; kill <= options.kills; kill++) {
      // Somewhere in the second half of the phase, with every shopper mid-request.
      await sleep(options.phaseSeconds * 1000 * (0.5 + Math.random() * 0.5));
      // Preferably while several checkouts are being written.
      for (let waited = 0; stats.inFlight < 4 && waited < 2000; waited += 5) await sleep(5);
      const seen = stats.confirmed.size;
      const cutOff = stats.inFlight;
      await server.kill();
      console.log(`  ${elapsed()}  SIGKILL ${kill} with ${cutOff} checkouts in flight; ${seen} confirmed so far`);
      const restartMs = await server.start();
      console.log(`  ${elapsed()}  restarted on the same database in ${(restartMs / 1000).toFixed(1)} s`);
    }
    await sleep(options.phaseSeconds * 1000);
    stopping = true;
    await Promise.all(workers);
    if (workerError) throw workerError;
    loadMs = Date.now() - loadStarted;
    pagesFailed = await checkConfirmationPages(client, stats.confirmed);
    // The last stop is a crash too: the checks read what a restart would find.
    await server.kill();
    verdict = verify(dbFile, before, stats.confirmed, stats.retried);
  } catch (error) {
    failed = true;
    console.error(`Crash test could not run: ${(error as Error).message}`);
  } finally {
    client.close();
    server.killSync();
    process.removeListener("exit", cleanup);
  }
  if (!verdict) return { ok: false, dir };

  const v = verdict;
  const violations =
    (onlineBackup?.integrity === "ok" ? 0 : 1) +
    v.lost +
    v.lineMismatches +
    v.negativeStock +
    v.overbookedSlots +
    v.stockMismatches +
    v.totalsMismatches +
    v.ledgerMismatches +
    pagesFailed;
  const rows: [string, string | number][] = [
    ["checkouts attempted", stats.attempts],
    ["checkouts confirmed to shoppers", v.groupsSeen],
    ["  orders seen (one per producer, one per booking)", v.ordersSeen],
    ["  orders found with their lines", v.ordersFound],
    ["  lost (must be 0)", v.lost],
    ["  carts differing from their order lines", v.lineMismatches],
    ["  confirmation pages not opening after restart", pagesFailed],
    ["refused: sold out (409)", stats.refused],
    ["checkouts cut off by a kill", stats.checkoutInterrupted],
    ["  re-sent: order written before the kill, returned", v.replayedAfterCrash],
    ["  re-sent: placed after the restart", stats.retried.size - v.replayedAfterCrash],
    ["  re-sent: sold out by then", stats.retriedRefused],
    ["cart requests cut off by a kill", stats.cartInterrupted],
    ["committed but never confirmed to a shopper", v.unconfirmedCommits],
    ["orders placed during the run", v.runOrders],
    ["  cancelled by the producer", v.cancelledOrders],
    ["  confirmed by the producer (HTTP 200)", stats.producerConfirmed],
    ["units and seats sold (orders standing)", v.unitsSold],
    ["negative stock (must be 0)", v.negativeStock],
    ["overbooked slots (must be 0)", v.overbookedSlots],
    ["stock changes ≠ units sold (must be 0)", v.stockMismatches],
    ["order totals not adding up (must be 0)", v.totalsMismatches],
    ["ledger: commission owed on the run's cash sales (qəpik)", v.ledgerQ],
    ["ledger: commission on live confirmed orders", v.expectedLedgerQ],
    ["ledger mismatches (must be 0)", v.ledgerMismatches],
    ["HTTP 5xx answers", stats.serverErrors],
    ["HTTP 400 answers", stats.badRequest],
    ["server kills (SIGKILL)", options.kills],
    ["online backup under load: integrity", onlineBackup ? `${onlineBackup.integrity} (${onlineBackup.orders} orders, ${onlineBackup.ms} ms)` : "not taken"],
    ["checkouts/s under load (incl. downtime)", (v.runGroups / (loadMs / 1000)).toFixed(1)],
  ];
  console.log("");
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
  console.log("");
  for (const problem of v.problems) console.log(`  ✗ ${problem}`);
  const ok = !failed && violations === 0;
  console.log(ok ? `PASS: no confirmed order lost, no stock negative, stock and ledger match (${elapsed()})` : `FAIL: ${violations} violations (${elapsed()})`);
  if (!options.keep && ok) fs.rmSync(dir, { recursive: true, force: true });
  else console.log(`  database and server log kept in ${dir}`);
  return { ok, dir };
}

if (isMain(import.meta.url)) {
  const argv = process.argv.slice(2);
  const options: Options = {
    shoppers: Number(argValue(argv, "--shoppers") ?? 24),
    phaseSeconds: Number(argValue(argv, "--phase") ?? 6),
    kills: Number(argValue(argv, "--kills") ?? 2),
    keep: argv.includes("--keep"),
  };
  crashTest(options)
    .then(({ ok }) => process.exit(ok ? 0 : 1))
    .catch((error: Error) => {
      console.error(`Crash test failed: ${error.message}`);
      process.exit(1);
    });
}
