/**
 * `npm run profile -- <path> [--shopper] [--seconds 10] [--connections 10]`: a CPU profile of the
 * production server while it serves one page under load, and the functions and libraries that
 * took the most of it, so a change to a page's speed starts from data.
 *
 * The server runs the demo data in its own folder (data/profile, seeded on the first run) as a
 * child process under Node's --cpu-prof; the load comes from this process, so it is not in the
 * profile. The profile file it names opens in Chrome DevTools (Performance, "Load profile").
 *   --shopper  as a signed-in shopper with a product in the cart: a page rendered for every request
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { signedInShopperWithCart } from "./bench/shopper";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : fallback);
const pagePath = args.find((arg, i) => arg.startsWith("/") && !args[i - 1]?.startsWith("--")) ?? "/";
const SECONDS = option("seconds", 10);
const CONNECTIONS = option("connections", 10);
const PORT = option("port", 3450);
const base = `http://127.0.0.1:${PORT}`;
const workDir = path.resolve("data/profile");

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type CpuProfile = { nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] };

/** Which part of the stack a function belongs to, by the file it came from. */
const AREAS: [string, RegExp][] = [
  ["Prisma and SQLite", /@prisma\/|prisma\/|better-sqlite3|generated\/prisma/],
  ["React rendering", /react-dom|\/react\//],
  ["Remix, router and loader data (turbo-stream)", /@remix-run\/|react-router|turbo-stream/],
  ["gzip", /compression|zlib/],
  ["Express and HTTP", /express|body-parser|send\/|serve-static|_http_|node:net|node:stream/],
  ["the app's own code", /build\/server\//],
];

/** Self time per function and per area, counting only the samples taken while the load ran (µs on the monotonic clock both processes share). */
function summarise(profile: CpuProfile, loadWindow: [number, number]) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfTime = new Map<number, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at >= loadWindow[0] && at <= loadWindow[1]) selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const byFunction = new Map<string, number>();
  const byArea = new Map<string, number>();
  let busy = 0;
  for (const [id, micros] of selfTime) {
    const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
    if (functionName === "(idle)") continue;
    busy += micros;
    const file = url.replace(/^file:\/\//, "").replace(`${process.cwd()}/`, "");
    const key = `${functionName || "(anonymous)"}  ${file ? `${file}:${lineNumber + 1}` : ""}`.trim();
    byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
    const area = functionName === "(garbage collector)" ? "garbage collection" : (AREAS.find(([, pattern]) => pattern.test(url))?.[0] ?? "other (Node, V8)");
    byArea.set(area, (byArea.get(area) ?? 0) + micros);
  }
  const line = (micros: number) => `${(micros / 1000).toFixed(0).padStart(7)} ms ${((100 * micros) / busy).toFixed(1).padStart(5)} %`;
  console.log(`\nServer CPU while the load ran: ${(busy / 1000).toFixed(0)} ms\n\nBy area (self time):`);
  for (const [area, micros] of [...byArea].sort((a, b) => b[1] - a[1])) console.log(`${line(micros)}  ${area}`);
  console.log("\nTop functions (self time):");
  for (const [name, micros] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${line(micros)}  ${name}`);
}

async function waitForServer() {
  for (let i = 0; i < 360; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // not listening yet (the first run migrates and seeds)
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the server did not start");
}

async function main() {
  if (!fs.existsSync("build/server/index.js") && spawnSync("npm", ["run", "build"], { stdio: "inherit" }).status !== 0) throw new Error("build failed");
  fs.mkdirSync(workDir, { recursive: true });
  const profileDir = fs.mkdtempSync(path.join(workDir, "run-"));
  // Demo mode (start.ts seeds only outside production), and no real card payments.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "development",
    DATABASE_URL: `file:${path.join(workDir, "abad.db")}`,
    UPLOADS_DIR: path.join(workDir, "uploads"),
    PORT: String(PORT),
    APP_URL: base,
  };
  delete env.STRIPE_SECRET_KEY;
  const server = spawn(process.execPath, ["--cpu-prof", "--cpu-prof-dir", profileDir, "--import", "tsx", "scripts/start.ts"], {
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise((resolve) => server.once("exit", resolve));
  const loadWindow: [number, number] = [0, 0];
  try {
    await waitForServer();
    const cookie = args.includes("--shopper")
      ? await signedInShopperWithCart(base, pagePath.startsWith("/products/") ? pagePath : await firstProductPath())
      : "";
    const headers = { "accept-encoding": "gzip", ...(cookie ? { cookie } : {}) };
    const microseconds = () => Number(process.hrtime.bigint() / 1000n);
    loadWindow[0] = microseconds();
    const result = await autocannon({ url: `${base}${pagePath}`, connections: CONNECTIONS, duration: SECONDS, headers });
    loadWindow[1] = microseconds();
    console.log(
      `${pagePath}${cookie ? " (signed-in shopper with a cart)" : ""}: ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms over ${SECONDS} s, ${result.non2xx} non-2xx`,
    );
  } finally {
    // The server stops cleanly on SIGTERM, which is when Node writes the profile.
    server.kill("SIGTERM");
    await exited;
  }
  const file = fs.readdirSync(profileDir).find((name) => name.endsWith(".cpuprofile"));
  if (!file) throw new Error(`no profile was written in ${profileDir}`);
  summarise(JSON.parse(fs.readFileSync(path.join(profileDir, file), "utf8")) as CpuProfile, loadWindow);
  console.log(`\nProfile: ${path.relative(process.cwd(), path.join(profileDir, file))}`);
}

/** A product sold as goods (an experience needs a dated slot to go in the cart). */
async function firstProductPath() {
  const catalogue = await (await fetch(`${base}/products?sector=agriculture`)).text();
  const href = catalogue.match(/href="(\/products\/[^"?]+)"/)?.[1];
  if (!href) throw new Error("no product in the catalogue");
  return href;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
