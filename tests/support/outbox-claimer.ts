/**
 * A second app node for tests/integration/outbox-claims.test.ts: its own process and database
 * connection, running the outbox's MAIL jobs against DATABASE_URL in several loops at once (as
 * several passes of a busy node would). It says "ready" once connected, starts on a line on stdin
 * (so both claimers start together) and prints the ids of the jobs it ran.
 */
import readline from "node:readline";
import { runDueJobs } from "~/models/outbox/outbox.server";
import { db } from "~/utils/db.server";

await db.outboxJob.count();
process.stdout.write("ready\n");
await new Promise((resolve) => readline.createInterface({ input: process.stdin }).once("line", resolve));

const LOOPS = 4;

/** Until the other node holds claims too (more than this node's loops), so the two surely claim side by side. */
async function meetTheOtherNode() {
  for (let tries = 0; tries < 500; tries++) {
    const held = await db.outboxJob.count({ where: { status: "PENDING", lockedUntil: { not: null } } });
    if (held > LOOPS) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const ran: string[] = [];
await Promise.all(
  Array.from({ length: LOOPS }, () => {
    let first = true;
    return runDueJobs(
      {
        MAIL: async (job) => {
          if (first) await meetTheOtherNode();
          first = false;
          ran.push(job.id);
        },
      },
      { kinds: ["MAIL"] },
    );
  }),
);
process.stdout.write(`${JSON.stringify(ran)}\n`);
await db.$disconnect();
