import { db, type Prisma } from "~/utils/db.server";
import { formatMoney, isLocale } from "~/utils/i18n";
import { signLink } from "~/utils/signed-links.server";

/**
 * What a checkout mail names: the order numbers, what is still to pay or was paid, and the
 * signed link back to the checkout's page (guests have no other way back to their orders).
 */
export async function orderLinkVars(client: Prisma.TransactionClient | typeof db, groupId: string, locale: string) {
  const group = await client.checkoutGroup.findUniqueOrThrow({
    where: { id: groupId },
    select: { name: true, totalQ: true, receivedQ: true, orders: { orderBy: { number: "asc" }, select: { number: true } } },
  });
  return {
    name: group.name,
    numbers: group.orders.map((o) => o.number).join(", "),
    total: formatMoney(group.totalQ, isLocale(locale) ? locale : "az"),
    received: formatMoney(group.receivedQ, isLocale(locale) ? locale : "az"),
    link: checkoutLinkPath(groupId),
  };
}

export function checkoutLinkPath(groupId: string) {
  return `/checkout/${groupId}?token=${signLink("group", groupId)}`;
}
