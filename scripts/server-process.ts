/**
 * The app as a child process for the scripts that start, kill and restart it (crash-test,
 * nodes-test): `tsx scripts/start.ts` in its own process group, its output appended to a log file,
 * ready when /healthz answers 200. A start fails at once when the process exits, and after
 * `timeoutMs` when it never answers, with the end of its log in the error.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Debian's nginx (`nginx-light`), or null when it is not installed. */
export function installedNginx(): string | null {
  return ["/usr/sbin/nginx", "/usr/bin/nginx"].find((candidate) => fs.existsSync(candidate)) ?? null;
}

/** The last lines of a log file, for an error message. */
export function logTail(file: string, lines = 15) {
  try {
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

/** The end of the log, with a hint when it shows a Prisma client older than the schema. */
function startLog(file: string) {
  const tail = logTail(file);
  const stale = /Unknown (argument|field) `|does not exist in the current database/.test(tail);
  return `the end of ${file}:\n${tail}${stale ? "\n(a Prisma client older than the schema? `npm run db:generate`)" : ""}`;
}

/** 200 from GET /healthz within 5 s; anything else (refused, slow, another status) is "not yet". */
function healthy(port: number) {
  return new Promise<boolean>((resolve) => {
    const request = http.get({ host: "127.0.0.1", port, path: "/healthz", headers: { Host: `localhost:${port}` }, timeout: 5_000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on("timeout", () => request.destroy());
    request.on("error", () => resolve(false));
  });
}

export class ServerProcess {
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();
  private exitedWith: string | null = null;
  starts = 0;

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: NodeJS.ProcessEnv,
    readonly logFile: string,
  ) {}

  /** Starts the app and resolves with the milliseconds until /healthz answered. */
  async start(timeoutMs: number, options: { banner?: boolean } = {}) {
    const log = fs.openSync(this.logFile, "a");
    this.starts++;
    if (options.banner) fs.writeSync(log, `\n──── start ${this.starts} at ${new Date().toISOString()} ────\n`);
    // Its own process group, so SIGKILL reaches tsx and the node process it runs at once.
    const child = spawn(path.join("node_modules", ".bin", "tsx"), ["scripts/start.ts"], { env: this.env, stdio: ["ignore", log, log], detached: true });
    fs.closeSync(log);
    this.child = child;
    this.exitedWith = null;
    this.exited = new Promise((resolve) => {
      child.once("exit", (code, signal) => {
        this.exitedWith = signal ? `signal ${signal}` : `code ${code}`;
        resolve();
      });
      child.once("error", (error) => {
        this.exitedWith = error.message;
        resolve();
      });
    });
    const started = Date.now();
    while (Date.now() - started < timeoutMs) {
      if (this.exitedWith) throw new Error(`${this.name} exited during start (${this.exitedWith}); ${startLog(this.logFile)}`);
      if (await healthy(this.port)) return Date.now() - started;
      await sleep(100);
    }
    throw new Error(`${this.name} did not answer /healthz within ${timeoutMs / 1000} s; ${startLog(this.logFile)}`);
  }

  /** SIGKILL to the process group; resolves once it has exited (at once when it already had). */
  kill() {
    this.killSync();
    this.child = null;
    return this.exited;
  }

  killSync() {
    if (this.child?.pid) {
      try {
        process.kill(-this.child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
  }
}
