import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runDueJobs } from "~/models/outbox/outbox.server";
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

  // A mail over a slow SMTP server (or a slow Stripe call) can outlive the 2-minute claim: the
  // worker renews its claim while the job runs, so another node never runs the job a second time.
  it("keeps the claim of a job that runs longer than its lease", async () => {
    const job = await db.outboxJob.create({ data: { kind: "MAIL", key: "long-job" }, select: { id: true } });
    const lease = async () => (await db.outboxJob.findUniqueOrThrow({ where: { id: job.id }, select: { lockedUntil: true } })).lockedUntil;
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let runs = 0;
    let started = () => {};
    const running = new Promise<void>((resolve) => (started = resolve));
    const first = runDueJobs(
      {
        MAIL: async () => {
          runs++;
          started();
          await gate;
        },
      },
      { now: new Date(), leaseRenewMs: 20 },
    );
    await running;
    const claimedUntil = (await lease())!;
    // The renewal shows as a later lockedUntil (bounded, so the test fails rather than hangs without it).
    for (let tries = 0; tries < 500 && (await lease())!.getTime() <= claimedUntil.getTime(); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }

    // Another node, just after the first claim would have run out.
    const second = await runDueJobs({ MAIL: async () => void runs++ }, { now: new Date(claimedUntil.getTime() + 1) });
    release();
    expect(await first).toEqual({ ran: 1, done: 1 });
    expect(second.ran).toBe(0);
    expect(runs).toBe(1);
    expect(await db.outboxJob.findUniqueOrThrow({ where: { id: job.id }, select: { status: true, attempts: true, lockedUntil: true } })).toEqual({
      status: "DONE",
      attempts: 1,
      lockedUntil: null,
    });
  });
});
