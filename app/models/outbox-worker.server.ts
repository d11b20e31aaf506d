import { runBookingReminderJob } from "~/models/bookings/booking-mail.server";
import { sendMailJob, onOutboxKick } from "~/models/mail/outbox.server";
import { sendDailyStockDigests } from "~/models/listings/stock-alerts.server";
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

/** The daily stock mail is looked at every 10 minutes; its StockDigest row makes it once a day per producer. */
const DIGEST_CHECK_MS = 10 * 60_000;
let lastDigestCheck = 0;

async function maybeSendStockDigests() {
  if (Date.now() - lastDigestCheck < DIGEST_CHECK_MS) return;
  lastDigestCheck = Date.now();
  await sendDailyStockDigests();
}

function pass() {
  running ??= (async () => {
    try {
      await releaseExpiredReservations();
      await maybeSendStockDigests();
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
