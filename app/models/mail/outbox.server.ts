import fs from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import type { MessageKey } from "~/locales/types";
import { enqueueJob, PermanentJobError, runDueJobs, type ClaimedJob } from "~/models/outbox/outbox.server";
import { db, type Client } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { type Locale, type TranslateVars, type Translator } from "~/utils/i18n";
import { translatorFor } from "~/utils/locale.server";
import { paragraphs, renderMail, type MailBlock } from "./layout.server";
import { recipientLocale } from "./recipient-locale";

/** A message key prefix with both a `.subject` and a `.body`: a mail that can be written in every language. */
export type MailTemplate = {
  [K in MessageKey]: K extends `${infer T}.subject` ? (`${T}.body` extends MessageKey ? T : never) : never;
}[MessageKey];

export type MailInput = {
  to: string;
  /** the language the recipient's account chose, if any: it wins */
  locale: string | null | undefined;
  /** the language of the page that caused the mail: used when the account has none (or for a guest) */
  pageLocale?: string | null;
  /** locale keys `${template}.subject` and `${template}.body` (with {placeholders}) */
  template: MailTemplate;
  /** placeholders of the subject and body; a function when they depend on the language (amounts) */
  vars?: TranslateVars | ((translator: Translator) => TranslateVars);
  /** blocks after the body, in the recipient's language: order details, the link back */
  details?: (translator: Translator) => MailBlock[];
  /** a closing line after the details (bodies without details sign off themselves) */
  signature?: string;
};

/**
 * Queues a mail in the recipient's language, as plain text and HTML in the one layout
 * (./layout.server). Pass the transaction client so the mail is written together with the change
 * it reports, or not at all.
 */
export async function enqueueMail(input: MailInput, client: Client = db) {
  const locale: Locale = recipientLocale(input.locale, input.pageLocale);
  const translator = translatorFor(locale);
  const vars = { appUrl: env().APP_URL, ...(typeof input.vars === "function" ? input.vars(translator) : input.vars) };
  const subject = translator.t(`${input.template}.subject`, vars);
  const blocks = [...paragraphs(translator.t(`${input.template}.body`, vars)), ...(input.details?.(translator) ?? [])];
  const rendered = renderMail({ lang: locale, subject, blocks, signature: input.signature });
  const mail = await client.mailOutbox.create({
    data: { to: input.to, kind: input.template, locale, subject: rendered.subject, text: rendered.text, html: rendered.html },
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
    const info = await mailTransport().sendMail({
      from: "ABAD Market <no-reply@abad.market>",
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      ...(mail.html ? { html: mail.html } : {}),
    });
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
