import { runBookingReminderJob } from "~/models/bookings/booking-mail.server";
import { sendMailJob, onOutboxKick } from "~/models/mail/outbox.server";
import { runMessageMailJob } from "~/models/messages/threads.server";
import { runDueJobs, type JobHandler, type JobKind } from "~/models/outbox/outbox.server";
import { runExpireSessionJob, runRefundJob } from "~/models/payments/card-payments.server";
import { runTransferJob } from "~/models/payments/payouts.server";
import { releaseExpiredReservations } from "~/models/checkout/payment-events.server";

/** Every kind of outbox job and what carries it out. */
export const OUTBOX_HANDLERS: Record<JobKind, JobHandler> = {
  REFUND: runRefundJob,
  EXPIRE_SESSION: runExpireSessionJob,
  TRANSFER: runTransferJob,
  MAIL: sendMailJob,
  BOOKING_REMINDER: runBookingReminderJob,
  MESSAGE_MAIL: (job) => runMessageMailJob(job),
};

/** One pass: due jobs of every kind (tests and scripts call this directly). */
export function runOutbox(options: { now?: Date; limit?: number } = {}) {
  return runDueJobs(OUTBOX_HANDLERS, options);
}

let started = false;
let running: Promise<unknown> | null = null;

function pass() {
  running ??= (async () => {
    try {
      await releaseExpiredReservations();
      await runOutbox();
    } catch (error) {
      console.error("outbox pass failed", error);
    } finally {
      running = null;
    }
  })();
}

/**
 * The in-process worker: a pass every few seconds and right after a change queued something.
 * Several app processes may each run one: jobs are claimed atomically.
 */
export function startOutboxWorker(intervalMs = 2_000) {
  if (started) return;
  started = true;
  onOutboxKick(pass);
  setInterval(pass, intervalMs).unref();
  pass();
}
