import { enqueueMail, type MailTemplate } from "~/models/mail/outbox.server";
import type { Tx } from "~/utils/db.server";
import { recipientLocale } from "~/models/mail/recipient-locale";
import type { Locale, TranslateVars } from "~/utils/i18n";

/**
 * Queues one mail per active member of a producer, each in the member's own language.
 * `vars` may depend on the language (a listing's title, for instance).
 */
export async function mailProducerMembers(tx: Tx, producerId: string, template: MailTemplate, vars: (locale: Locale) => TranslateVars) {
  const members = await tx.producerMember.findMany({
    where: { producerId, user: { active: true } },
    select: { user: { select: { email: true, locale: true } } },
  });
  for (const { user } of members) {
    const locale: Locale = recipientLocale(user.locale);
    await enqueueMail({ to: user.email, locale, template, vars: vars(locale) }, tx);
  }
  return members.length;
}
