import crypto from "node:crypto";
import { db, Prisma, type Client } from "~/utils/db.server";
import { sql } from "~/utils/sql.server";

import type { JobKind } from "~/generated/prisma/enums";

export type { JobKind };

/** A job that can never succeed (e.g. the thing it acts on is gone): no more retries. */
export class PermanentJobError extends Error {}

export type ClaimedJob = { id: string; kind: JobKind; key: string; payload: unknown; attempts: number };
export type JobHandler = (job: ClaimedJob) => Promise<void>;

const MAX_ATTEMPTS = 8;
/** How long a claim holds before another worker may take the job over (a crashed worker's jobs). */
const LEASE_MS = 2 * 60_000;
/** While a job runs its worker renews the claim this often, so a slow job keeps it. */
const RENEW_MS = 30_000;

/** 10 s, 20 s, 40 s … capped at an hour. */
function backoffMs(attempts: number): number {
  return Math.min(10_000 * 2 ** Math.max(0, attempts - 1), 60 * 60_000);
}

/**
 * Records an external effect to carry out once the caller's transaction commits: pass the
 * transaction client so the job exists exactly when the change that caused it does. One job
 * per key: a second enqueue with the same key is ignored.
 */
export async function enqueueJob(client: Client, job: { kind: JobKind; key: string; payload?: unknown; runAt?: Date }) {
  const existing = await client.outboxJob.findUnique({ where: { key: job.key }, select: { id: true } });
  if (existing) return existing.id;
  const created = await client.outboxJob.create({
    data: { kind: job.kind, key: job.key, payload: JSON.stringify(job.payload ?? {}), runAt: job.runAt ?? new Date() },
    select: { id: true },
  });
  return created.id;
}

type ClaimedRow = { id: string; kind: JobKind; key: string; payload: string; attempts: number | bigint };

/**
 * Claims the earliest due job in one statement, so two workers (or two app nodes) never run the
 * same job at once: PostgreSQL locks the chosen row and other claimers pass over it (SKIP LOCKED)
 * to the next; SQLite runs one write at a time. A claim expires after LEASE_MS unless renewed (its
 * worker died). Each claim adds one to `attempts`, which then tells this claim from a later one.
 */
async function claimNext(now: Date, kinds: readonly JobKind[]): Promise<ClaimedJob | null> {
  if (kinds.length === 0) return null;
  const [row] = await db.$queryRaw<ClaimedRow[]>`
    UPDATE "OutboxJob" SET "lockedUntil" = ${new Date(now.getTime() + LEASE_MS)}, "attempts" = "attempts" + 1
    WHERE "id" = (
      SELECT "id" FROM "OutboxJob"
      WHERE "status" = 'PENDING' AND "runAt" <= ${now} AND ("lockedUntil" IS NULL OR "lockedUntil" < ${now})
        AND CAST("kind" AS TEXT) IN (${Prisma.join(kinds)})
      ORDER BY "runAt" LIMIT 1 ${sql.skipLocked}
    )
    RETURNING "id", "kind", "key", "payload", "attempts"`;
  if (!row) return null;
  return { id: row.id, kind: row.kind, key: row.key, payload: JSON.parse(row.payload) as unknown, attempts: Number(row.attempts) };
}

/** The job as long as this claim holds it (not finished, not taken over by another worker). */
function heldBy(job: ClaimedJob) {
  return { id: job.id, attempts: job.attempts, status: "PENDING" as const, lockedUntil: { not: null } };
}

/**
 * Renews the claim every `renewMs` until stopped, so that a job running longer than LEASE_MS (a
 * slow SMTP server, a slow Stripe call) is not taken over and run again by another worker. Times
 * follow the pass's clock (`now`) plus the real time since the claim.
 */
function keepClaim(job: ClaimedJob, now: Date, renewMs: number) {
  const claimedAt = Date.now();
  const timer = setInterval(() => {
    const until = new Date(now.getTime() + (Date.now() - claimedAt) + LEASE_MS);
    db.outboxJob.updateMany({ where: heldBy(job), data: { lockedUntil: until } }).catch((error: unknown) => {
      console.error("outbox: could not renew a claim", error);
    });
  }, renewMs);
  return () => clearInterval(timer);
}

async function finish(job: ClaimedJob, error: unknown, now: Date) {
  if (!error) {
    await db.outboxJob.updateMany({ where: heldBy(job), data: { status: "DONE", doneAt: new Date(), lockedUntil: null, lastError: "" } });
    return;
  }
  const message = String((error as Error)?.message ?? error).slice(0, 500);
  const permanent = error instanceof PermanentJobError || job.attempts >= MAX_ATTEMPTS;
  await db.outboxJob.updateMany({
    where: heldBy(job),
    data: {
      status: permanent ? "FAILED" : "PENDING",
      lockedUntil: null,
      lastError: message,
      runAt: new Date(now.getTime() + backoffMs(job.attempts)),
    },
  });
}

/**
 * Runs every job that is due now, one at a time, with the handler for its kind. A failure is
 * retried later with backoff; after MAX_ATTEMPTS (or a permanent error) the job is FAILED and
 * waits for an admin's retry. Returns how many jobs ran and how many of them succeeded.
 */
export async function runDueJobs(
  handlers: Partial<Record<JobKind, JobHandler>>,
  options: { now?: Date; kinds?: readonly JobKind[]; limit?: number; leaseRenewMs?: number } = {},
): Promise<{ ran: number; done: number }> {
  const now = options.now ?? new Date();
  const kinds = options.kinds ?? (Object.keys(handlers) as JobKind[]);
  let ran = 0;
  let done = 0;
  while (ran < (options.limit ?? 500)) {
    const job = await claimNext(now, kinds);
    if (!job) break;
    ran++;
    let failure: unknown = null;
    const release = keepClaim(job, now, options.leaseRenewMs ?? RENEW_MS);
    try {
      const handler = handlers[job.kind];
      if (!handler) throw new PermanentJobError(`no handler for ${job.kind}`);
      await handler(job);
      done++;
    } catch (error) {
      failure = error ?? new Error("failed");
    } finally {
      release();
    }
    await finish(job, failure, now);
  }
  return { ran, done };
}

/**
 * An admin's retry: the job runs again at the next pass, with a fresh count of attempts. Not while
 * a worker holds it: that run would then be repeated.
 */
export async function retryJob(id: string): Promise<boolean> {
  const updated = await db.outboxJob.updateMany({
    where: { id, OR: [{ status: "FAILED" }, { status: "PENDING", OR: [{ lockedUntil: null }, { lockedUntil: { lt: new Date() } }] }] },
    data: { status: "PENDING", attempts: 0, runAt: new Date(), lockedUntil: null },
  });
  return updated.count === 1;
}

/** Jobs an admin should know about: waiting, retrying or failed (the newest first). */
export async function listOpenJobs(take = 100) {
  const jobs = await db.outboxJob.findMany({
    where: { status: { in: ["PENDING", "FAILED"] } },
    orderBy: [{ status: "asc" }, { createdAt: "desc" }],
    take,
    select: { id: true, kind: true, key: true, status: true, attempts: true, runAt: true, lastError: true, createdAt: true },
  });
  return jobs.map((j) => ({ ...j, runAt: j.runAt.toISOString(), createdAt: j.createdAt.toISOString() }));
}

/** A stable Stripe idempotency key for a job (Stripe allows 255 characters). */
export function stripeIdempotencyKey(job: ClaimedJob): string {
  return job.key.length <= 200 ? job.key : crypto.createHash("sha256").update(job.key).digest("hex");
}
