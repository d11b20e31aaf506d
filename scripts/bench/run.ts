/**
 * `npm run bench [-- --products 100000 --seconds 8] [--reuse] [--only-pages] [--only-search] [--only-money] [--lighthouse-pages URL]`: builds a large catalogue, serves it with
 * the production server on loopback and prints one table of figures. Nothing here asserts a
 * timing; the README quotes what it printed. The --only-… flags combine.
 * `--database postgres://…` runs it on PostgreSQL, in databases of its own on that server
 * (abad_bench, abad_bench_relevance: dropped and made again); `--database postgres` on a
 * throwaway cluster.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import autocannon from "autocannon";
import sharp from "sharp";
import { migratePostgres } from "../db/migrate-postgres";
import { BENCH_WORDS, generateCatalogue } from "./generate";
import { gzippedJsPerRoute } from "./js-size";
import { describeLighthouse, lighthouseScore } from "./lighthouse";
import { benchPostgres, copyToPostgres, databaseExists, freshDatabase, type BenchPostgres } from "./postgres";
import { signedInShopperWithCart } from "./shopper";
import { checkoutPageFields } from "../checkout-page";

const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const PRODUCTS = arg("products", 100_000);
const PRODUCERS = arg("producers", Math.max(10, Math.round(PRODUCTS / 50)));
const SECONDS = arg("seconds", 8);
const PORT = arg("port", 3400);
const CONNECTIONS = arg("connections", 10);
const SHOPPERS = arg("shoppers", 50);

const workDir = path.resolve("data/bench");
const dbFile = path.join(workDir, "bench.db");
const uploadsDir = path.join(workDir, "uploads");
const databaseSpec = args.includes("--database") ? (args[args.indexOf("--database") + 1] ?? "") : null;
let postgres: BenchPostgres | null = null;
/** The database the app under test uses: the generated file, or its copy on PostgreSQL. */
let databaseUrl = `file:${dbFile}`;
const rows: string[][] = [];
const note = (section: string, metric: string, value: string) => {
  rows.push([section, metric, value]);
  console.log(`  ${section} · ${metric}: ${value}`);
};
const ms = (value: number | undefined) => (value === undefined ? "n/a" : `${value.toFixed(value < 10 ? 2 : 1)} ms`);
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function prepareDatabase() {
  if (postgres) {
    const server = postgres;
    await prepareSqlite();
    const reuse = args.includes("--reuse") && (await databaseExists(server, "abad_bench"));
    databaseUrl = server.url("abad_bench");
    if (!reuse) await freshDatabase(server, "abad_bench");
    await migratePostgres(databaseUrl);
    if (reuse) {
      note("data", "PostgreSQL", `reused abad_bench on ${server.server} (--reuse)`);
    } else {
      const copying = performance.now();
      await copyToPostgres(dbFile, databaseUrl);
      note("data", "PostgreSQL", `copied into abad_bench on ${server.server} in ${((performance.now() - copying) / 1000).toFixed(1)} s`);
    }
  } else {
    await prepareSqlite();
  }
  process.env.DATABASE_URL = databaseUrl;
  const { refreshSearchIndex } = await import("../../app/models/catalog/search-index.server");
  const indexing = performance.now();
  await refreshSearchIndex();
  note("data", "search index (keys computed in TypeScript)", `${((performance.now() - indexing) / 1000).toFixed(1)} s`);
  // Let go of the file before the server's own migrate step needs to write to it.
  const { db } = await import("../../app/utils/db.server");
  await db.$disconnect();
}

/** The generated catalogue in the SQLite file (on PostgreSQL, what is copied from). */
async function prepareSqlite() {
  const migrate = () => {
    const env = { ...process.env, DATABASE_URL: `file:${dbFile}` };
    const run = spawnSync(path.join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], { env, stdio: "pipe" });
    if (run.status !== 0) throw new Error(run.stderr.toString());
  };
  if (args.includes("--reuse") && fs.existsSync(dbFile)) {
    // A database from an older checkout gets the migrations added since.
    migrate();
    note("data", "generated", "reused from the previous run (--reuse)");
    return;
  }
  fs.rmSync(workDir, { recursive: true, force: true });
  fs.mkdirSync(uploadsDir, { recursive: true });
  migrate();
  const { processImage } = await import("../../app/models/images/pipeline.server");
  const { diskStore } = await import("../../app/models/images/upload-store.server");
  const { demoPicture } = await import("../../prisma/seed/pictures");
  const picture = await processImage(await demoPicture("bench"), { store: diskStore(uploadsDir), fileKey: "bench-shared", fast: true });
  if (!picture.ok) throw new Error(`the bench picture was refused: ${picture.error}`);
  const started = performance.now();
  const counts = generateCatalogue({
    file: dbFile,
    products: PRODUCTS,
    producers: PRODUCERS,
    uploadsFileKey: picture.fileKey,
    image: { width: picture.width, height: picture.height, widths: picture.widths.join(","), placeholder: picture.placeholder },
  });
  note(
    "data",
    "generated",
    `${counts.products.toLocaleString("en")} products, ${counts.producers.toLocaleString("en")} producers, ${counts.orders.toLocaleString("en")} orders, ${counts.events.toLocaleString("en")} demand events`,
  );
  note("data", "generation time", `${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function startServer(): Promise<ChildProcess> {
  const { NODE_ENV: _mode, STRIPE_SECRET_KEY: _card, ...inherited } = process.env;
  const env = {
    ...inherited,
    DATABASE_URL: databaseUrl,
    UPLOADS_DIR: uploadsDir,
    PORT: String(PORT),
    APP_URL: `http://127.0.0.1:${PORT}`,
  } as unknown as NodeJS.ProcessEnv;
  const child = spawn(path.join("node_modules", ".bin", "tsx"), ["scripts/start.ts"], { env, stdio: ["ignore", "pipe", "pipe"] });
  child.stderr?.on("data", (d) => process.stderr.write(d));
  for (let i = 0; i < 120 && child.exitCode === null; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/healthz`)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("server did not start");
}

/** HTML raw and gzipped, and the part of it that is loader data sent again for hydration. */
function pageSizes(html: string) {
  const loaderData = [...html.matchAll(/<script[^>]*>(window\.__remixContext[\s\S]*?)<\/script>/g)].reduce((sum, m) => sum + Buffer.byteLength(m[1]), 0);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  return `HTML ${kb(Buffer.byteLength(html))} · gzipped ${kb(zlib.gzipSync(html).length)} · loader data ${kb(loaderData)}`;
}

/**
 * autocannon with every response time kept, so p95 is exact. `fresh`: every request names a new
 * address (an extra `bench=N` the page ignores), so no copy of the page is in memory.
 */
async function load(url: string, headers: Record<string, string> = {}, fresh = false) {
  const times: number[] = [];
  const { pathname, search } = new URL(url);
  let counter = 0;
  const requests = fresh
    ? [{ setupRequest: (request: autocannon.Request) => ({ ...request, path: `${pathname}${search}${search ? "&" : "?"}bench=${counter++}` }) }]
    : undefined;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections: CONNECTIONS, duration: SECONDS, timeout: 30, headers: { "accept-encoding": "gzip", ...headers }, requests },
      (error, value) => (error ? reject(error) : resolve(value)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  return {
    rps: result.requests.average,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: result.errors + result.non2xx,
  };
}

async function pages() {
  const base = `http://127.0.0.1:${PORT}`;
  const product = await (await fetch(`${base}/products?sort=popular`)).text();
  const productPath = product.match(/href="(\/products\/bench-\d+)"/)?.[1] ?? "/products/bench-1";
  const targets: [string, string][] = [
    ["home", "/"],
    ["catalogue + filters", "/products?sector=agriculture&min=5&max=150&inStock=1&sort=price-asc&page=3"],
    ["search page", "/search?q=bal"],
    ["product page", productPath],
    ["producer page", "/producers/bench-producer-7"],
  ];
  const shopper = await signedInShopperWithCart(base, productPath);
  const staticDir = path.resolve("build/client/__bench");
  fs.mkdirSync(staticDir, { recursive: true });
  try {
    for (const [name, pagePath] of targets) {
      const html = await (await fetch(`${base}${pagePath}`)).text();
      const shopperHtml = await (await fetch(`${base}${pagePath}`, { headers: { Cookie: shopper } })).text();
      // A static file of the same size, served by the same server, as the yardstick.
      const staticName = `${crypto.randomBytes(4).toString("hex")}.html`;
      fs.writeFileSync(path.join(staticDir, staticName), shopperHtml.replace(/[^\s<>]/g, "x"));
      const file = await load(`${base}/__bench/${staticName}`);
      const cached = await load(`${base}${pagePath}`);
      // Signed in: the page cache's render for everyone with this look, the name filled in.
      const shared = await load(`${base}${pagePath}`, { cookie: shopper });
      // Signed in, and no copy in memory: a render for every request.
      const rendered = await load(`${base}${pagePath}`, { cookie: shopper }, true);
      const figures = (result: Awaited<ReturnType<typeof load>>) =>
        `${result.rps.toFixed(0)} req/s · p50 ${ms(result.p50)} · p95 ${ms(result.p95)} · p99 ${ms(result.p99)} · ratio to static ${(result.rps / file.rps).toFixed(2)}${result.errors ? ` · ${result.errors} errors` : ""}`;
      note("http", `${name}, anonymous (page cache)`, figures(cached));
      note("http", `${name}, signed-in shopper with a cart (page cache: one render per look, name filled in)`, figures(shared));
      note("http", `${name}, signed-in shopper with a cart, rendered every time (a new address per request)`, figures(rendered));
      note("http", `${name}, static file of the same size`, `${file.rps.toFixed(0)} req/s · p50 ${ms(file.p50)} · p95 ${ms(file.p95)}`);
      note("http", `${name}, size for the shopper`, pageSizes(shopperHtml));
      if (name === "home") note("http", "home, anonymous size", pageSizes(html));
    }
  } finally {
    fs.rmSync(staticDir, { recursive: true, force: true });
  }
  return productPath;
}

/** 200 real-looking queries: az with and without diacritics, en, ru, prefixes, regions, and misses. */
function searchQueries(): string[] {
  const fold = (s: string) =>
    s
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/ə/g, "e")
      .replace(/ı/g, "i");
  const list: string[] = [];
  for (const [az, en, ru] of BENCH_WORDS) list.push(az, fold(az), en, ru, az.slice(0, 3));
  list.push("şəki", "seki", "quba", "Lənkəran", "lenkeran", "Гянджа", "Shaki", "dağ balı", "dag bali", "mountain honey", "горный мёд");
  const misses = ["trüf göbələyi", "qara ikra", "dəvə südü", "truffle oil", "кумыс", "zzzqx", "sushi", "avocado"];
  for (let i = 0; list.length < 200; i++) list.push(misses[i % misses.length] + (i >= misses.length ? ` ${i}` : ""));
  return list.slice(0, 200);
}

async function search() {
  process.env.DATABASE_URL = databaseUrl;
  const { findProducts } = await import("../../app/models/catalog/products.server");
  const { parseCatalogFilters } = await import("../../app/models/catalog/catalog-filters");
  const queries = searchQueries();
  for (const q of queries.slice(0, 20)) await findProducts(parseCatalogFilters(new URLSearchParams({ q })), "az");
  const times: number[] = [];
  // CPU time of this process per search as well: SQLite runs on this thread, so it is what the
  // search costs, and it stays true when other work on the machine stretches the wall clock.
  const cpu: number[] = [];
  let zero = 0;
  for (let round = 0; round < 3; round++) {
    for (const q of queries) {
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      const result = await findProducts(parseCatalogFilters(new URLSearchParams({ q })), "az");
      const used = process.cpuUsage(cpuStarted);
      times.push(performance.now() - started);
      cpu.push((used.user + used.system) / 1000);
      if (round === 0 && result.total === 0) zero++;
    }
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  note(
    "search",
    `${queries.length} queries × 3 (${zero} with no result), count + first page`,
    `p50 ${ms(percentile(times, 50))} · p95 ${ms(percentile(times, 95))} · p99 ${ms(percentile(times, 99))}`,
  );
  // On PostgreSQL the search runs in the server's processes, so this process's CPU time says little.
  if (postgres) return;
  note(
    "search",
    "the same, CPU time per search",
    `p50 ${ms(percentile(cpu, 50))} · p95 ${ms(percentile(cpu, 95))} · p99 ${ms(percentile(cpu, 99))} · load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`,
  );
}

/** success@3, MRR@10 and zero-result rate of the judged queries (tests/relevance) over the demo catalogue. */
async function relevance() {
  let env: NodeJS.ProcessEnv;
  if (postgres) {
    await freshDatabase(postgres, "abad_bench_relevance");
    env = { ...process.env, DATABASE_URL: postgres.url("abad_bench_relevance") };
    await migratePostgres(postgres.url("abad_bench_relevance"));
  } else {
    const file = path.join(workDir, "relevance.db");
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
    env = { ...process.env, DATABASE_URL: `file:${file}` };
    const migrate = spawnSync(path.join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], { env, stdio: "pipe" });
    if (migrate.status !== 0) throw new Error(migrate.stderr.toString());
  }
  const run = spawnSync(path.join("node_modules", ".bin", "tsx"), ["scripts/bench/relevance.ts"], { env, stdio: ["ignore", "pipe", "inherit"] });
  if (run.status !== 0) throw new Error("relevance run failed");
  const lines = run.stdout.toString().trim().split("\n");
  const figures = JSON.parse(lines[lines.length - 1]) as {
    products: number;
    queries: number;
    successAt3: number;
    mrrAt10: number;
    zeroResultRate: number;
    falseHits: number;
    misses: string[];
  };
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  note(
    "search",
    `relevance: ${figures.queries} judged queries (az/en/ru) over the ${figures.products}-product demo catalogue`,
    `**success@3 ${pct(figures.successAt3)}** · MRR@10 ${figures.mrrAt10.toFixed(3)} · zero-result rate ${pct(figures.zeroResultRate)} · results for queries nothing answers ${figures.falseHits}` +
      (figures.misses.length ? ` · missed: ${figures.misses.join(", ")}` : ""),
  );
}

async function checkout() {
  const base = `http://127.0.0.1:${PORT}`;
  process.env.DATABASE_URL = databaseUrl;
  const { db } = await import("../../app/utils/db.server");
  const hot = await db.product.findFirstOrThrow({
    where: { status: "PUBLISHED", kind: "GOOD", stock: { gt: 0 } },
    orderBy: { salesCount: "desc" },
    select: { id: true, stock: true },
  });
  const initialStock = 150;
  await db.product.update({ where: { id: hot.id }, data: { stock: initialStock } });
  const ordersBefore = await db.orderLine.count({ where: { productId: hot.id } });
  const headers = { Origin: base, "Content-Type": "application/x-www-form-urlencoded" };
  let placed = 0;
  let soldOut = 0;
  let failed = 0;
  const deadline = Date.now() + SECONDS * 1000;
  const shopper = async (n: number) => {
    while (Date.now() < deadline) {
      const add = await fetch(`${base}/cart`, {
        method: "POST",
        headers,
        redirect: "manual",
        body: new URLSearchParams({ intent: "add", productId: hot.id, quantity: "1" }),
      });
      const cart = (add.headers.get("set-cookie") ?? "").split(";")[0];
      const page = await fetch(`${base}/checkout`, { headers: { Cookie: cart } });
      const cookie = [cart, (page.headers.get("set-cookie") ?? "").split(";")[0]].filter(Boolean).join("; ");
      const fields = checkoutPageFields(await page.text());
      const form = new URLSearchParams({
        ...fields,
        name: `Bench ${n}`,
        email: `bench${n}@example.az`,
        phone: "+994501112233",
        paymentMethod: "CASH",
        district: "Nəsimi",
        street: "Nizami küç. 1",
      });
      const response = await fetch(`${base}/checkout`, { method: "POST", headers: { ...headers, Cookie: cookie }, redirect: "manual", body: form });
      if (response.status === 302) placed++;
      else if (response.status === 409 || add.status === 400) soldOut++;
      else failed++;
      await response.arrayBuffer();
      if (add.status === 400) break;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: SHOPPERS }, (_, i) => shopper(i)));
  const seconds = (performance.now() - started) / 1000;
  const sold = (await db.orderLine.count({ where: { productId: hot.id } })) - ordersBefore;
  const stock = (await db.product.findUniqueOrThrow({ where: { id: hot.id } })).stock;
  const oversold = Math.max(0, sold - initialStock) + (stock < 0 ? 1 : 0) + (sold + stock !== initialStock ? 1 : 0);
  note(
    "checkout",
    `${SHOPPERS} concurrent shoppers, one product with ${initialStock} in stock`,
    `${(placed / seconds).toFixed(1)} orders/s · ${placed} placed · ${soldOut} refused as sold out · ${failed} other · stock left ${stock} · oversell ${oversold}`,
  );
  await db.$disconnect();
}

async function images() {
  fs.mkdirSync(workDir, { recursive: true });
  const { processImage } = await import("../../app/models/images/pipeline.server");
  const { diskStore } = await import("../../app/models/images/upload-store.server");
  const photo = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: "#888", noise: { type: "gaussian", mean: 128, sigma: 40 } } })
    .jpeg({ quality: 90 })
    .toBuffer();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "abad-bench-"));
  const runs = 3;
  let started = performance.now();
  for (let i = 0; i < runs; i++) await processImage(photo, { store: diskStore(dir), fileKey: `p${i}` });
  const pipeline = (performance.now() - started) / runs;
  started = performance.now();
  for (let i = 0; i < runs; i++) {
    const { data, info } = await sharp(photo).rotate().toColourspace("srgb").raw().toBuffer({ resolveWithObject: true });
    const raw = { raw: { width: info.width, height: info.height, channels: info.channels } } as const;
    for (const w of [320, 640, 960, 1280]) {
      const resized = sharp(data, raw).resize({ width: w });
      await Promise.all([
        resized
          .clone()
          .avif({ quality: 50, effort: 2 })
          .toFile(path.join(dir, `d${i}-${w}.avif`)),
        resized
          .clone()
          .jpeg({ quality: 78, mozjpeg: true })
          .toFile(path.join(dir, `d${i}-${w}.jpg`)),
      ]);
    }
    await sharp(data, raw).resize({ width: 16 }).blur(1).webp({ quality: 40 }).toBuffer();
  }
  const direct = (performance.now() - started) / runs;
  note(
    "images",
    "12 MP JPEG → AVIF + JPEG × 4 widths + placeholder",
    `${(1000 / pipeline).toFixed(2)} photos/s (${ms(pipeline)} each) · decoding the full picture and resizing it for each width ${(1000 / direct).toFixed(2)} photos/s · ratio ${(direct / pipeline).toFixed(2)}`,
  );

  // Peak memory and time per scenario, each in a fresh process (scripts/bench/image-job.ts).
  const square = (side: number) =>
    sharp({ create: { width: side, height: side, channels: 3, background: "#6a4" }, limitInputPixels: false })
      .png({ compressionLevel: 9 })
      .toBuffer();
  const inputs: [string, Buffer][] = [
    ["7000 × 7000 PNG", await square(7000)],
    ["6300 × 6300 PNG (largest square accepted)", await square(6300)],
    ["12 MP JPEG photo", photo],
  ];
  const files = inputs.map(([, data], i) => {
    const file = path.join(dir, `input-${i}`);
    fs.writeFileSync(file, data);
    return file;
  });
  const job = (label: string, scenarioFiles: string[]) => {
    const run = spawnSync(path.join("node_modules", ".bin", "tsx"), ["scripts/bench/image-job.ts", dir, ...scenarioFiles], { encoding: "utf8" });
    const result = JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "{}") as { ms: number; rssBefore: number; rssPeak: number; outcomes: string[] };
    const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
    note(
      "images",
      label,
      `${ms(result.ms)} · peak RSS ${mb(result.rssPeak)} (${mb(result.rssPeak - result.rssBefore)} above the process at rest) · ${[...new Set(result.outcomes)].join("; ")}`,
    );
  };
  inputs.forEach(([label, data], i) => job(`${label}, ${Math.round(data.length / 1024)} KB`, [files[i]]));
  job("4 uploads of the 12 MP photo at once", [files[2], files[2], files[2], files[2]]);
  fs.rmSync(dir, { recursive: true, force: true });
}

async function reports() {
  process.env.DATABASE_URL = databaseUrl;
  const { db } = await import("../../app/utils/db.server");
  const producer = await db.producer.findFirstOrThrow({ where: { slug: "bench-producer-7" }, select: { id: true } });
  const timed = async (label: string, run: () => Promise<unknown>) => {
    await run();
    const started = performance.now();
    const repeats = 5;
    for (let i = 0; i < repeats; i++) await run();
    note("queries", label, ms((performance.now() - started) / repeats));
  };
  const { producerOrderSummary } = await import("../../app/models/orders/producer-summary.server");
  await timed("producer overview (orders waiting, month sales, balance)", () => producerOrderSummary(producer.id));
  const { benchQueries } = await import("./queries");
  for (const [label, run] of benchQueries(producer.id)) await timed(label, run);
}

function lean() {
  const pagesByRoute: [string, string][] = [
    ["home", "routes/_index"],
    ["catalogue", "routes/products._index"],
    ["search", "routes/search"],
    ["product", "routes/products.$slug"],
    ["producer", "routes/producers.$slug"],
    ["cart", "routes/cart"],
    ["checkout", "routes/checkout._index"],
  ];
  const sizes = gzippedJsPerRoute(pagesByRoute.map(([, id]) => id));
  note("js", "gzipped JavaScript per page", sizes.map((s, i) => `${pagesByRoute[i][0]} ${(s.bytes / 1024).toFixed(1)} KB`).join(" · "));
}

function lighthouse(productPath: string) {
  const base = `http://127.0.0.1:${PORT}`;
  for (const [name, pagePath] of [
    ["home", "/"],
    ["catalogue", "/products"],
    ["product page", productPath],
  ] as const) {
    const result = lighthouseScore(`${base}${pagePath}`);
    note("lighthouse", `${name}, mobile`, describeLighthouse(result));
  }
}

/** The outbox worker: mail jobs sent per second, two workers claiming from one queue. */
async function outbox() {
  process.env.DATABASE_URL = databaseUrl;
  const { db } = await import("../../app/utils/db.server");
  const { enqueueMail } = await import("../../app/models/mail/outbox.server");
  const { runOutbox } = await import("../../app/models/outbox-worker.server");
  await runOutbox();
  const jobs = 1000;
  for (let i = 0; i < jobs; i += 100) {
    await db.$transaction(async (tx) => {
      for (let j = i; j < i + 100; j++)
        await enqueueMail({ to: `outbox${j}@example.az`, locale: "az", template: "checkout.mail.confirmed", vars: { number: `B-${j}` } }, tx);
    });
  }
  const started = performance.now();
  const [a, b] = await Promise.all([runOutbox(), runOutbox()]);
  const seconds = (performance.now() - started) / 1000;
  const sent = await db.mailOutbox.count({ where: { to: { startsWith: "outbox" }, sentAt: { not: null } } });
  note(
    "outbox",
    `${jobs} mail jobs, two workers`,
    `${((a.done + b.done) / seconds).toFixed(0)} jobs/s · ${a.done} + ${b.done} done · ${sent} mails sent (each once: ${sent === jobs ? "yes" : "NO"})`,
  );
  await db.$disconnect();
}

async function main() {
  console.log(
    `ABAD Market benchmark · ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "cpu"}) · ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB · Node ${process.version}`,
  );
  const lighthouseBase = args.includes("--lighthouse-pages") ? (args[args.indexOf("--lighthouse-pages") + 1] ?? "").replace(/^--.*/, "") : null;
  if (lighthouseBase === null && !fs.existsSync("build/server/index.js")) {
    const build = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
    if (build.status !== 0) throw new Error("build failed");
  }
  if (databaseSpec !== null) {
    postgres = await benchPostgres(databaseSpec);
    // Required on PostgreSQL (several nodes must share it); the bench's server and this process are the only ones.
    process.env.SESSION_SECRET ??= "abad-bench-session-secret";
  }
  console.log(
    `Database: ${postgres ? `PostgreSQL on ${postgres.server}` : "SQLite"} · load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(" ")} at the start`,
  );
  const started = performance.now();
  if (lighthouseBase !== null) {
    // Only Lighthouse, on a running demo server, signed in where a page needs it.
    const { lighthousePages } = await import("./lighthouse-pages");
    for (const [page, result] of await lighthousePages(lighthouseBase || "http://localhost:3000")) note("lighthouse", `${page}, mobile`, result);
  } else if (args.includes("--images")) {
    // Only the image figures (no catalogue, no server): `npm run bench -- --images`.
    await images();
  } else {
    await benchEverything();
  }
  console.log(`\n| area | measure | result |\n| --- | --- | --- |`);
  for (const [a, b, c] of rows) console.log(`| ${a} | ${b} | ${c} |`);
  console.log(
    `\nTotal time: ${((performance.now() - started) / 1000).toFixed(0)} s · load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(" ")} at the end`,
  );
  postgres?.stop();
  process.exit(0);
}

/** Runs `work` against the production server on the generated data, and stops the server after. */
async function withServer<T>(work: () => Promise<T>) {
  const server = await startServer();
  try {
    return await work();
  } finally {
    server.kill("SIGTERM");
  }
}

async function benchEverything() {
  await prepareDatabase();
  const only = (part: string) => args.includes(`--only-${part}`);
  if (only("pages") || only("search") || only("money")) {
    if (only("pages") || only("money")) {
      await withServer(async () => {
        // Pages: each page anonymous, for a signed-in shopper with a cart (from the page cache and rendered every time), and a static file of the same size.
        if (only("pages")) await pages();
        // Money: checkout under contention (oversell must be 0), and below the outbox worker's jobs/s.
        if (only("money")) await checkout();
      });
    }
    if (only("money")) await outbox();
    // Search (about a minute with --reuse): its latency at this size and its relevance.
    if (only("search")) {
      await search();
      await relevance();
    }
    return;
  }
  await withServer(async () => {
    const productPath = await pages();
    lighthouse(productPath);
    await checkout();
  });
  await search();
  await relevance();
  await reports();
  await images();
  await outbox();
  lean();
}

main().catch((error) => {
  console.error(error);
  postgres?.stop();
  process.exit(1);
});
