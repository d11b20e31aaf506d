/**
 * `npm run test:nodes` (after `npm run build`): the multi-node setup on one machine. Starts a
 * throwaway PostgreSQL cluster, a local S3-compatible server (s3rver) for the uploads, two app
 * nodes (scripts/start.ts, the same SESSION_SECRET) and nginx in front of them (Debian's
 * `nginx-light` or `nginx`), then checks that
 *   1. a login on one node is honoured by the other,
 *   2. an image uploaded through one node is served by the other (and through the balancer),
 *   3. 30 checkouts at once for a product with 5 in stock, spread over both nodes, sell exactly 5,
 *   4. killing one node (SIGKILL) during checkout load through the balancer loses no order that a
 *      shopper saw confirmed.
 * Prints what it saw; exits 1 on any failed check. Everything lives in a temporary folder and is
 * stopped at the end (--keep keeps the folder: logs, nginx config).
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import sharp from "sharp";
import { startCluster, type Cluster } from "./db/pg-cluster";
import { checkoutPageFields } from "./checkout-page";
import { Client, CONFIRMATION, CookieJar, NetworkError, type Reply } from "./crash-test";
import { freePort, installedNginx, logTail, ServerProcess } from "./server-process";
import { startS3Server } from "../tests/support/s3-server";

const PRODUCER = { email: "producer@example.az", password: "abad-demo-2026" };
const PRODUCER_SLUG = "mammadovlar-shirniyyat-evi";
const SECRET = "nodes-test-session-secret-0123456789";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const failures: string[] = [];
function check(ok: boolean, what: string) {
  console.log(`${ok ? "  ok  " : "  FAIL"} ${what}`);
  if (!ok) failures.push(what);
}

function nginxBinary() {
  const found = installedNginx();
  if (!found) throw new Error("nginx is not installed: apt-get install -y nginx-light");
  return found;
}

class Node extends ServerProcess {
  // Generous: the checks are about outcomes, and two nodes, PostgreSQL and nginx share a busy machine.
  readonly client: Client;
  constructor(name: string, port: number, env: NodeJS.ProcessEnv, log: string) {
    super(name, port, env, log);
    this.client = new Client(port, 120_000);
  }
}

/** Rejects after `ms` with what was being waited for: no step of the run may wait forever. */
function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function nginxConfig(dir: string, port: number, nodes: Node[]) {
  return `worker_processes 1;
error_log ${dir}/error.log warn;
pid ${dir}/nginx.pid;
user root;
events { worker_connections 512; }
http {
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  client_max_body_size 20m;
  upstream abad {
${nodes.map((node) => `    server 127.0.0.1:${node.port} max_fails=1 fail_timeout=30s;`).join("\n")}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://abad;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      # A node that refuses the connection: the request goes to the other (a POST only when it
      # was never sent, which nginx never repeats).
      proxy_next_upstream error timeout http_502;
      proxy_connect_timeout 2s;
    }
  }
}
`;
}

async function login(client: Client) {
  const reply = await client.request("POST", "/login", { form: { email: PRODUCER.email, password: PRODUCER.password } });
  if (reply.status !== 302) throw new Error(`the demo producer could not log in (HTTP ${reply.status})`);
  const jar = new CookieJar();
  jar.update(reply.setCookies);
  return jar;
}

/** A guest's cart with one product and the checkout form its page gives, ready to send. */
async function preparedCheckout(client: Client, productId: string, n: number) {
  const jar = new CookieJar();
  const added = await client.request("POST", "/cart", { form: { intent: "add", productId, quantity: "1", inPlace: "1" }, cookie: jar.header() });
  jar.update(added.setCookies);
  if (added.status !== 200) throw new Error(`adding to the cart answered ${added.status}`);
  const page = await client.request("GET", "/checkout", { cookie: jar.header() });
  jar.update(page.setCookies);
  const form = {
    ...checkoutPageFields(page.body),
    name: `Node Test ${n}`,
    email: `nodes-${n}@example.az`,
    phone: "+994 50 123 45 67",
    paymentMethod: "CASH",
    district: "Nəsimi",
    street: "Nizami küç. 10",
  };
  return { jar, form };
}

function confirmedGroup(reply: Reply) {
  return reply.status === 302 && reply.location ? (CONFIRMATION.exec(reply.location)?.[1] ?? null) : null;
}

/** What is running, so that any way out (an error, a signal, the watchdog) stops all of it. */
const running: {
  cluster: Cluster | null;
  s3: Awaited<ReturnType<typeof startS3Server>> | null;
  nginx: ChildProcess | null;
  nodes: Node[];
  database: pg.Client | null;
} = {
  cluster: null,
  s3: null,
  nginx: null,
  nodes: [],
  database: null,
};
let stopping: Promise<void> | null = null;
function stopAll() {
  stopping ??= (async () => {
    await within(5_000, "closing the test's database connection", running.database?.end() ?? Promise.resolve()).catch(() => {});
    const nginx = running.nginx;
    if (nginx?.pid && nginx.exitCode === null && nginx.signalCode === null) {
      const exited = new Promise((resolve) => nginx.once("exit", resolve));
      nginx.kill("SIGQUIT");
      await within(5_000, "nginx stopping", exited).catch(() => nginx.kill("SIGKILL"));
    }
    for (const node of running.nodes) await within(10_000, `${node.name} stopping`, node.kill()).catch(() => {});
    await within(10_000, "s3rver stopping", running.s3?.close() ?? Promise.resolve()).catch(() => {});
    try {
      running.cluster?.stop();
    } catch (error) {
      console.error((error as Error).message);
    }
  })();
  return stopping;
}

/** The step under way, named when the run gives up. */
let step = "starting";

async function main() {
  const keep = process.argv.includes("--keep");
  // What is missing is said before anything starts.
  if (!fs.existsSync(path.join("build", "server", "index.js"))) throw new Error("run `npm run build` first");
  const nginxPath = nginxBinary();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "abad-nodes-"));
  const started = Date.now();
  let finished = false;
  try {
    step = "starting a throwaway PostgreSQL cluster";
    const cluster = (running.cluster = await startCluster());
    const admin = new pg.Client({ connectionString: cluster.url, connectionTimeoutMillis: 10_000, query_timeout: 60_000 });
    await admin.connect();
    await admin.query("CREATE DATABASE abad");
    await admin.end();
    const databaseUrl = cluster.url.replace(/\/postgres$/, "/abad");
    step = "starting s3rver";
    const s3 = (running.s3 = await within(30_000, "s3rver start", startS3Server(path.join(dir, "s3"), ["uploads"])));
    const lbPort = await freePort();
    for (const name of ["node-a", "node-b"]) {
      const port = await freePort();
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        NODE_ENV: "development",
        PORT: String(port),
        DATABASE_URL: databaseUrl,
        SESSION_SECRET: SECRET,
        DATA_DIR: path.join(dir, name),
        UPLOADS_DIR: path.join(dir, name, "uploads"),
        UPLOADS_S3_ENDPOINT: s3.endpoint,
        UPLOADS_S3_BUCKET: "uploads",
        UPLOADS_S3_ACCESS_KEY_ID: s3.accessKeyId,
        UPLOADS_S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
        APP_URL: `http://localhost:${lbPort}`,
        TRUST_PROXY: "loopback",
      };
      running.nodes.push(new Node(name, port, env, path.join(dir, `${name}.log`)));
    }
    const nodes = running.nodes;
    const [a, b] = nodes;
    // The first node migrates and seeds the empty database; the second finds it ready. A node that
    // exits fails the run at once (a seed run by a stale Prisma client: `npm run db:generate`).
    step = "starting node-a (migrations, seed)";
    console.log(`node-a ready in ${((await a.start(240_000)) / 1000).toFixed(1)} s (migrations, seed, pictures into the bucket)`);
    step = "starting node-b";
    console.log(`node-b ready in ${((await b.start(120_000)) / 1000).toFixed(1)} s`);

    step = "starting nginx";
    fs.writeFileSync(path.join(dir, "nginx.conf"), nginxConfig(dir, lbPort, nodes));
    const nginx = (running.nginx = spawn(nginxPath, ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-g", "daemon off;"], {
      stdio: ["ignore", "inherit", "inherit"],
    }));
    const balancer = new Client(lbPort, 120_000);
    const probe = new Client(lbPort, 5_000);
    for (const deadline = Date.now() + 30_000; ;) {
      if (nginx.exitCode !== null || nginx.signalCode !== null)
        throw new Error(`nginx exited at start (see its message above; the end of its log:\n${logTail(path.join(dir, "error.log"))})`);
      if (Date.now() > deadline) throw new Error(`nginx did not answer /healthz within 30 s; the end of its log:\n${logTail(path.join(dir, "error.log"))}`);
      try {
        if ((await probe.request("GET", "/healthz")).status === 200) break;
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
    probe.close();
    const database = (running.database = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000, query_timeout: 60_000 }));
    await database.connect();

    step = "check 1 (sessions)";
    console.log("1. sessions live in the database");
    const jar = await login(a.client);
    const onB = await b.client.request("GET", "/dashboard", { cookie: jar.header() });
    check(onB.status === 200 && !onB.location, `a login on node-a opens /dashboard on node-b (HTTP ${onB.status})`);
    const anonymous = await b.client.request("GET", "/dashboard");
    check(anonymous.status === 302 && /\/login/.test(anonymous.location ?? ""), "without the cookie node-b sends to /login");

    step = "check 2 (uploads)";
    console.log("2. uploads live in the bucket");
    const { rows: mine } = await database.query<{ id: string }>(
      `SELECT p.id FROM "Product" p JOIN "Producer" r ON r.id = p."producerId" WHERE r.slug = $1 ORDER BY p.id LIMIT 1`,
      [PRODUCER_SLUG],
    );
    const productId = mine[0].id;
    const photo = await sharp({ create: { width: 900, height: 600, channels: 3, background: "#2e6bb5" } })
      .jpeg()
      .toBuffer();
    const form = new FormData();
    form.append("intent", "upload");
    form.append("alt", "Node test");
    form.append("photo", new Blob([new Uint8Array(photo)], { type: "image/jpeg" }), "node.jpg");
    const uploaded = await fetch(`http://127.0.0.1:${a.port}/dashboard/products/${productId}/photos`, {
      method: "POST",
      body: form,
      headers: { Cookie: jar.header(), Origin: `http://127.0.0.1:${a.port}` },
      redirect: "manual",
      signal: AbortSignal.timeout(120_000),
    });
    check(uploaded.status < 400, `a photo uploaded through node-a is accepted (HTTP ${uploaded.status})`);
    const { rows: images } = await database.query<{ fileKey: string }>(
      `SELECT "fileKey" FROM "Image" WHERE "productId" = $1 AND alt = 'Node test' ORDER BY "createdAt" DESC LIMIT 1`,
      [productId],
    );
    const fileKey = images[0]?.fileKey;
    check(!!fileKey && !fs.existsSync(path.join(dir, "node-a", "uploads", fileKey)), "its files are not on node-a's disk");
    for (const [name, port] of [
      ["node-b", b.port],
      ["the balancer", lbPort],
    ] as const) {
      const served = await fetch(`http://127.0.0.1:${port}/uploads/${fileKey}/640.jpg`, { signal: AbortSignal.timeout(60_000) });
      const bytes = Buffer.from(await served.arrayBuffer());
      const width = served.ok ? (await sharp(bytes).metadata()).width : 0;
      check(
        served.status === 200 && width === 640 && /immutable/.test(served.headers.get("cache-control") ?? ""),
        `${name} serves it (HTTP ${served.status}, ${width} px wide, ${served.headers.get("cache-control")})`,
      );
    }

    step = "check 3 (30 checkouts for 5 in stock)";
    console.log("3. stock is shared: 30 checkouts at once for 5 in stock, over both nodes");
    const { rows: goods } = await database.query<{ id: string }>(
      `SELECT p.id FROM "Product" p JOIN "Producer" r ON r.id = p."producerId"
       WHERE p.status = 'PUBLISHED' AND r.status = 'ACTIVE' AND p.kind = 'GOOD'
         AND NOT EXISTS (SELECT 1 FROM "Variant" v WHERE v."productId" = p.id)
       ORDER BY p.id LIMIT 7`,
    );
    // One scarce product; the load of check 4 spreads over six others, as real shoppers do (all on
    // one row, every checkout would queue behind the others' locks).
    const [scarce, ...plenty] = goods.map((row) => row.id);
    const unitsOrdered = async (id: string) =>
      Number(
        (await database.query<{ units: string }>(`SELECT COALESCE(SUM(quantity), 0) AS units FROM "OrderLine" WHERE "productId" = $1`, [id])).rows[0].units,
      );
    const stockOf = async (id: string) => (await database.query<{ stock: number }>(`SELECT stock FROM "Product" WHERE id = $1`, [id])).rows[0].stock;
    // The seed's own orders stay out of the counts.
    const scarceBefore = await unitsOrdered(scarce);
    // One connection runs one query at a time: sums in turn.
    const sumOver = async (each: (id: string) => Promise<number>) => {
      let sum = 0;
      for (const id of plenty) sum += await each(id);
      return sum;
    };
    const plentyUnits = () => sumOver(unitsOrdered);
    const plentyStock = () => sumOver(stockOf);
    const plentyBefore = await plentyUnits();
    await database.query(`UPDATE "Product" SET stock = 5 WHERE id = $1`, [scarce]);
    await database.query(`UPDATE "Product" SET stock = 100000 WHERE id = ANY($1)`, [plenty]);
    // The carts are filled six at a time; only the checkouts themselves must go at once.
    const prepared: Awaited<ReturnType<typeof preparedCheckout>>[] = [];
    for (let i = 0; i < 30; i += 6)
      prepared.push(...(await Promise.all([0, 1, 2, 3, 4, 5].map((j) => preparedCheckout(nodes[(i + j) % 2].client, scarce, i + j)))));
    const replies = await Promise.all(
      prepared.map(({ jar: cart, form: fields }, i) => nodes[i % 2].client.request("POST", "/checkout", { form: fields, cookie: cart.header() })),
    );
    const sold = replies.filter((reply) => confirmedGroup(reply));
    const soldBy = [0, 1].map((n) => replies.filter((reply, i) => i % 2 === n && confirmedGroup(reply)).length);
    const refused = replies.filter((reply) => reply.status === 409).length;
    const [scarceUnits, scarceStock] = [(await unitsOrdered(scarce)) - scarceBefore, await stockOf(scarce)];
    check(sold.length === 5, `5 confirmed (${sold.length}: ${soldBy[0]} on node-a, ${soldBy[1]} on node-b), ${refused} told it sold out`);
    check(scarceUnits === 5 && scarceStock === 0, `the database holds 5 units ordered and 0 in stock (${scarceUnits} and ${scarceStock})`);

    step = "check 4 (a node killed under checkout load)";
    console.log("4. killing node-b during checkout load through the balancer loses no confirmed order");
    const confirmed = new Set<string>();
    let attempts = 0;
    let resent = 0;
    let failed = 0;
    const refusals: string[] = [];
    let killed = false;
    let confirmedAfterKill = 0;
    let stop = false;
    const shopper = async (n: number) => {
      for (let round = 0; !stop; round++) {
        let order;
        try {
          order = await preparedCheckout(balancer, plenty[(n + round) % plenty.length], 1000 + n * 1000 + round);
        } catch {
          await sleep(100);
          continue; // the cart step died with the node: nothing was ordered
        }
        attempts++;
        // A cut-off request is sent again with the same form (its idempotency key): the order it
        // may have placed is given back, never placed twice.
        let cutOff = false;
        for (let attempt = 0; attempt < 5; attempt++) {
          let reply: Reply;
          try {
            reply = await balancer.request("POST", "/checkout", { form: order.form, cookie: order.jar.header() });
          } catch (error) {
            if (!(error instanceof NetworkError)) throw error;
            resent++;
            cutOff = true;
            continue;
          }
          if (reply.status === 502 || reply.status === 504) {
            resent++;
            cutOff = true;
            continue;
          }
          const group = confirmedGroup(reply);
          if (group) {
            confirmed.add(group);
            if (killed) confirmedAfterKill++;
          } else {
            failed++;
            const title = /<title>([^<]*)<\/title>/.exec(reply.body)?.[1] ?? "";
            refusals.push(`HTTP ${reply.status}${cutOff ? " on a re-send" : ""} ${reply.location ?? title}`.trim());
          }
          break;
        }
      }
    };
    // A shopper that fails stops the load at once rather than being found at the end.
    let shopperError: unknown = null;
    const load = Promise.all(
      Array.from({ length: 6 }, (_, n) =>
        shopper(n).catch((error: unknown) => {
          shopperError ??= error;
          stop = true;
        }),
      ),
    );
    const until = async (done: () => boolean, what: string) => {
      const deadline = Date.now() + 300_000;
      while (!done()) {
        if (shopperError) throw shopperError;
        if (Date.now() > deadline) {
          stop = true;
          throw new Error(`no ${what} within 5 minutes`);
        }
        await sleep(50);
      }
    };
    // Ten checkouts before the kill and ten after: enough to have some cut off, and a short run in CI.
    await until(() => confirmed.size >= 10, "10 confirmed checkouts");
    await b.kill();
    killed = true;
    console.log(`      node-b killed after ${confirmed.size} confirmed checkouts`);
    await until(() => confirmedAfterKill >= 10, "10 confirmed checkouts after the kill");
    stop = true;
    await load;
    if (shopperError) throw shopperError;
    const { rows: found } = await database.query<{ id: string; orders: string; lines: string }>(
      `SELECT g.id, (SELECT count(*) FROM "Order" o WHERE o."groupId" = g.id) AS orders,
              (SELECT count(*) FROM "OrderLine" l JOIN "Order" o ON o.id = l."orderId" WHERE o."groupId" = g.id) AS lines
       FROM "CheckoutGroup" g WHERE g.id = ANY($1)`,
      [[...confirmed]],
    );
    const whole = found.filter((row) => Number(row.orders) >= 1 && Number(row.lines) >= 1).length;
    const [unitsAfter, stockAfter] = [(await plentyUnits()) - plentyBefore, await plentyStock()];
    check(
      whole === confirmed.size,
      `${confirmed.size} checkouts confirmed (${confirmedAfterKill} after the kill) of ${attempts}, ${whole} found with their orders and lines; ${resent} requests cut off and sent again, ${failed} refused`,
    );
    // One unit per confirmed checkout: a re-sent form never ordered twice.
    check(
      unitsAfter === confirmed.size && stockAfter === 100000 * plenty.length - confirmed.size,
      `one unit ordered and taken from stock per confirmed checkout (${unitsAfter} ordered, ${100000 * plenty.length - stockAfter} taken from stock)`,
    );
    // Not a lost order (the shopper was told it failed), but worth seeing: on an overloaded machine
    // a checkout's transaction can outlive Prisma's 15 s limit and answer 500.
    if (refusals.length) console.log(`      not confirmed: ${refusals.join("; ")}`);
    finished = true;
  } finally {
    await stopAll();
    // A failed run keeps its logs (the nodes', nginx's, its configuration) for a look.
    if (keep || !finished || failures.length) console.log(`kept ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`${failures.length === 0 ? "all checks passed" : `${failures.length} check(s) failed`} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  process.exit(failures.length === 0 ? 0 : 1);
}

// A run stopped from outside (Ctrl-C, CI's timeout) stops what it started: the nodes run in their
// own process groups and PostgreSQL as a daemon, so none of them would go with it.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.once(signal, () => {
    console.error(`nodes test: ${signal} while ${step}; stopping everything`);
    void stopAll().finally(() => process.exit(1));
  });
}
// The last guard against a wait nobody foresaw: a run takes 1-3 minutes.
const WATCHDOG_MS = 15 * 60_000;
setTimeout(() => {
  console.error(`nodes test: gave up after ${WATCHDOG_MS / 60_000} minutes while ${step}; stopping everything`);
  void stopAll().finally(() => process.exit(1));
}, WATCHDOG_MS).unref();

await main().catch(async (error: unknown) => {
  console.error(`nodes test failed while ${step}: ${error instanceof Error ? error.message : String(error)}`);
  await stopAll();
  process.exit(1);
});
