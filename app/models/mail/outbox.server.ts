import fs from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import type { MessageKey } from "~/locales/types";
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
  await client.mailOutbox.create({
    data: {
      to: input.to,
      kind: input.template,
      locale,
      subject: t(`${input.template}.subject` as MessageKey, vars),
      text: t(`${input.template}.body` as MessageKey, vars),
    },
  });
}

let delivering: Promise<number> | null = null;

/**
 * Sends queued mail: over SMTP when SMTP_URL is set, otherwise as .eml files in data/mail/.
 * Safe to call often; concurrent calls share one run.
 */
export function deliverPendingMail(): Promise<number> {
  delivering ??= (async () => {
    try {
      const pending = await db.mailOutbox.findMany({ where: { sentAt: null, error: "" }, orderBy: { createdAt: "asc" }, take: 100 });
      if (pending.length === 0) return 0;
      const config = env();
      const transport = config.SMTP_URL
        ? nodemailer.createTransport(config.SMTP_URL)
        : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
      const mailDir = path.join(config.DATA_DIR, "mail");
      if (!config.SMTP_URL) await fs.mkdir(mailDir, { recursive: true });
      let sent = 0;
      for (const mail of pending) {
        try {
          const info = await transport.sendMail({ from: "ABAD Market <no-reply@abad.market>", to: mail.to, subject: mail.subject, text: mail.text });
          if (!config.SMTP_URL) {
            await fs.writeFile(path.join(mailDir, `${mail.createdAt.getTime()}-${mail.id}.eml`), (info as unknown as { message: Buffer }).message);
          }
          await db.mailOutbox.update({ where: { id: mail.id }, data: { sentAt: new Date() } });
          sent++;
        } catch (error) {
          await db.mailOutbox.update({ where: { id: mail.id }, data: { error: String((error as Error).message).slice(0, 500) } });
        }
      }
      return sent;
    } finally {
      delivering = null;
    }
  })();
  return delivering;
}

/** Fire and forget after a committed change; failures stay in the outbox with their error. */
export function scheduleMailDelivery() {
  setTimeout(() => void deliverPendingMail().catch((error) => console.error("mail delivery failed", error)), 0);
}
