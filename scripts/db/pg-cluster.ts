/**
 * A throwaway PostgreSQL cluster in a temporary folder, for tests and for `prisma migrate diff`
 * (which connects even when it compares two schema files): initdb, start on a free loopback port
 * with fsync off, and stop and delete it afterwards. Needs Debian's `postgresql` package; initdb
 * refuses root, so as root it runs as the `postgres` user.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../server-process";

export type Cluster = { url: string; dir: string; stop: () => void };

/** The bin folder of the newest installed PostgreSQL server (or PG_BIN), or null when there is none. */
export function installedPostgres(): string | null {
  if (process.env.PG_BIN) return fs.existsSync(path.join(process.env.PG_BIN, "initdb")) ? process.env.PG_BIN : null;
  const root = "/usr/lib/postgresql";
  const versions = fs.existsSync(root)
    ? fs.readdirSync(root).filter((name) => /^\d+$/.test(name) && fs.existsSync(path.join(root, name, "bin", "initdb")))
    : [];
  if (versions.length === 0) return null;
  return path.join(root, versions.sort((a, b) => Number(b) - Number(a))[0], "bin");
}

function postgresBin(): string {
  const bin = installedPostgres();
  if (!bin) throw new Error("PostgreSQL is not installed (apt-get install -y postgresql-15), or set PG_BIN to its bin folder");
  return bin;
}

export async function startCluster(): Promise<Cluster> {
  const bin = postgresBin();
  const asRoot = process.getuid?.() === 0;
  // Every step has a deadline: a cluster that cannot start fails the run instead of stalling it.
  const run = (program: string, args: string[], timeoutMs: number) => {
    const command = asRoot ? ["runuser", ["-u", "postgres", "--", path.join(bin, program), ...args]] : [path.join(bin, program), args];
    try {
      execFileSync(command[0] as string, command[1] as string[], { stdio: "pipe", timeout: timeoutMs, killSignal: "SIGKILL" });
    } catch (error) {
      const { stderr, code } = error as { stderr?: Buffer; code?: string };
      const why = code === "ETIMEDOUT" ? `did not finish within ${timeoutMs / 1000} s` : stderr?.toString().trim() || (error as Error).message;
      throw new Error(`PostgreSQL's ${program} failed: ${why}${logTail()}`);
    }
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "abad-pg-"));
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    fs.chownSync(dir, uid, gid);
  }
  const data = path.join(dir, "data");
  const logFile = path.join(dir, "log");
  const logTail = () =>
    fs.existsSync(logFile) ? `\nthe end of the server log:\n${fs.readFileSync(logFile, "utf8").trimEnd().split("\n").slice(-10).join("\n")}` : "";
  try {
    run("initdb", ["-D", data, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "-U", "postgres"], 120_000);
    const port = await freePort();
    // Durability off: the cluster lives as long as the test run.
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
    run("pg_ctl", ["-D", data, "-o", options, "-w", "-t", "60", "-l", logFile, "start"], 90_000);
    return cluster(port);
  } catch (error) {
    // A server that started after all (pg_ctl gave up waiting) must not outlive the run.
    if (fs.existsSync(path.join(data, "postmaster.pid"))) {
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "-t", "30", "stop"], 45_000);
      } catch {
        // reported below
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }

  function cluster(port: number): Cluster {
    let stopped = false;
    return {
      url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
      dir,
      stop() {
        if (stopped) return;
        stopped = true;
        try {
          run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "-t", "30", "stop"], 45_000);
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
        }
      },
    };
  }
}
