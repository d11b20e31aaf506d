import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db, dialect } from "~/utils/db.server";

/** A claimer process (tests/support/outbox-claimer.ts) on this test file's database. */
function startClaimer() {
  const child = spawn(path.join("node_modules", ".bin", "tsx"), [path.join("tests", "support", "outbox-claimer.ts")], {
    env: process.env,
    stdio: ["pipe", "pipe", "inherit"],
  });
  let output = "";
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.startsWith("ready\n")) resolve();
    });
    child.on("exit", (code) => reject(new Error(`claimer exited (${code}) before it was ready`)));
  });
  const ran = new Promise<string[]>((resolve, reject) =>
    child.on("exit", (code) =>
      code === 0 ? resolve(JSON.parse(output.slice("ready\n".length)) as string[]) : reject(new Error(`claimer exited with ${code}`)),
    ),
  );
  return { ready, ran, go: () => child.stdin.end("go\n") };
}

// Two nodes run the same outbox: each due job is claimed by exactly one of them (FOR UPDATE SKIP
// LOCKED on PostgreSQL, SQLite's single writer elsewhere), so no mail is sent and no refund made twice.
describe(`outbox claims across processes (${dialect})`, () => {
  it("runs every job once when two nodes claim at the same time", async () => {
    const jobs = 120;
    await db.outboxJob.createMany({ data: Array.from({ length: jobs }, (_, i) => ({ kind: "MAIL" as const, key: `claim-test:${i}` })) });
    const a = startClaimer();
    const b = startClaimer();
    await Promise.all([a.ready, b.ready]);
    a.go();
    b.go();
    const [ranByA, ranByB] = await Promise.all([a.ran, b.ran]);

    const all = [...ranByA, ...ranByB];
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(jobs);
    expect(ranByA.length).toBeGreaterThan(0);
    expect(ranByB.length).toBeGreaterThan(0);
    const rows = await db.outboxJob.findMany({ where: { key: { startsWith: "claim-test:" } }, select: { status: true, attempts: true } });
    expect(rows.every((row) => row.status === "DONE" && row.attempts === 1)).toBe(true);
  }, 180_000);
});
