import fs from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import type { MessageKey } from "~/locales/types";
import { enqueueJob, PermanentJobError, runDueJobs, type ClaimedJob } from "~/models/outbox/outbox.server";
import { db, type Prisma } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { isLocale, type Locale, type TranslateVars } from "~/utils/i18n";
import { translatorFor } from "~/utils/locale.server";

type Client = Prisma.TransactionClient | typeof db;

export type MailInput = {
  to: string;
  locale: string;
  /** locale keys `${template}.subject` and `${template}.body` (with {placeholders}) */
  template: string;
  vars?: TranslateVars;
};

/**
 * Queues a mail in the shopper's or producer's language. Pass the transaction client so the
 * mail is written together with the change it reports, or not at all.
 */
export async function enqueueMail(input: MailInput, client: Client = db) {
  const locale: Locale = isLocale(input.locale) ? input.locale : "az";
  const { t } = translatorFor(locale);
  const vars = { appUrl: env().APP_URL, ...input.vars };
  const mail = await client.mailOutbox.create({
    data: {
      to: input.to,
      kind: input.template,
      locale,
      subject: t(`${input.template}.subject` as MessageKey, vars),
      text: t(`${input.template}.body` as MessageKey, vars),
    },
    select: { id: true },
  });
  await enqueueJob(client, { kind: "MAIL", key: `mail:${mail.id}`, payload: { mailId: mail.id } });
}

let transport: nodemailer.Transporter | null = null;
function mailTransport() {
  const config = env();
  return (transport ??= config.SMTP_URL
    ? nodemailer.createTransport(config.SMTP_URL)
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" }));
}

/**
 * The outbox job for one mail: over SMTP when SMTP_URL is set, otherwise an .eml file in
 * data/mail/. A failure is retried by the outbox worker.
 */
export async function sendMailJob(job: ClaimedJob) {
  const { mailId } = job.payload as { mailId: string };
  const mail = await db.mailOutbox.findUnique({ where: { id: mailId } });
  if (!mail) throw new PermanentJobError("mail row is gone");
  if (mail.sentAt) return;
  const config = env();
  try {
    const info = await mailTransport().sendMail({ from: "ABAD Market <no-reply@abad.market>", to: mail.to, subject: mail.subject, text: mail.text });
    if (!config.SMTP_URL) {
      const mailDir = path.join(config.DATA_DIR, "mail");
      await fs.mkdir(mailDir, { recursive: true });
      await fs.writeFile(path.join(mailDir, `${mail.createdAt.getTime()}-${mail.id}.eml`), (info as unknown as { message: Buffer }).message);
    }
  } catch (error) {
    await db.mailOutbox.update({ where: { id: mail.id }, data: { error: String((error as Error).message).slice(0, 500) } });
    throw error;
  }
  await db.mailOutbox.update({ where: { id: mail.id }, data: { sentAt: new Date(), error: "" } });
}

/** Sends every mail that is due now (tests and scripts; the server's worker does this by itself). */
export async function deliverPendingMail(): Promise<number> {
  return (await runDueJobs({ MAIL: sendMailJob }, { kinds: ["MAIL"] })).done;
}

let kicked: ReturnType<typeof setTimeout> | null = null;
const kickListeners: (() => void)[] = [];

/** Registers what runs the outbox right after a commit (the worker, when it runs in this process). */
export function onOutboxKick(listener: () => void) {
  kickListeners.push(listener);
}

/** After a committed change that queued mail or payment jobs: run the outbox soon. */
export function scheduleMailDelivery() {
  if (kicked || kickListeners.length === 0) return;
  kicked = setTimeout(() => {
    kicked = null;
    for (const listener of kickListeners) listener();
  }, 0);
}
