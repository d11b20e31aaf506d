import { enqueueMail } from "~/models/mail/outbox.server";
import { orderFacts, type MailOrder } from "~/models/mail/order-details";
import type { MailBlock } from "~/models/mail/layout.server";
import { checkoutLinkPath } from "~/models/payments/order-links.server";
import { type Prisma, type Client, NAMES_SELECT } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { type Translator } from "~/utils/i18n";
import { signLink } from "~/utils/signed-links.server";

const SIGNATURE = "ABAD Market";

const mailOrderSelect = {
  id: true,
  number: true,
  userId: true,
  placedAt: true,
  fulfilment: true,
  address: true,
  district: true,
  subtotalQ: true,
  deliveryQ: true,
  totalQ: true,
  region: { select: NAMES_SELECT },
  producer: { select: { id: true, name: true, pickupAddress: true } },
  lines: {
    orderBy: { id: "asc" },
    select: {
      title: true,
      quantity: true,
      unit: true,
      totalQ: true,
      checkIn: true,
      checkOut: true,
      guests: true,
      slot: { select: { startsAt: true } },
      product: { select: { meetingPoint: true, kind: true } },
    },
  },
} satisfies Prisma.OrderSelect;

type LoadedOrder = Prisma.OrderGetPayload<{ select: typeof mailOrderSelect }>;

/** The mail's view of an order in one language (the region's name follows the recipient). */
function toMailOrder(order: LoadedOrder, translator: Translator): MailOrder {
  const region = order.region ? { az: order.region.nameAz, en: order.region.nameEn, ru: order.region.nameRu }[translator.locale] || order.region.nameAz : "";
  return {
    number: order.number,
    producerName: order.producer.name,
    placedAt: order.placedAt,
    fulfilment: order.fulfilment,
    address: [order.address, order.district, region].filter(Boolean).join(", "),
    pickupAddress: order.producer.pickupAddress,
    subtotalQ: order.subtotalQ,
    deliveryQ: order.deliveryQ,
    totalQ: order.totalQ,
    lines: order.lines.map((line) => ({
      title: line.title,
      quantity: line.quantity,
      unit: line.unit,
      totalQ: line.totalQ,
      slotStartsAt: line.slot?.startsAt ?? null,
      meetingPoint: line.product.kind === "EXPERIENCE" ? line.product.meetingPoint : "",
      stay:
        line.checkIn && line.checkOut
          ? { checkIn: line.checkIn, checkOut: line.checkOut, nights: line.quantity, guests: line.guests, address: line.product.meetingPoint }
          : null,
    })),
  };
}

/** The signed link to one order (works for guests; the owner is also let in when signed in). */
export function orderLinkPath(orderId: string) {
  return `/orders/${orderId}?token=${signLink("order", orderId)}`;
}

function action(label: string, path: string): MailBlock {
  return { kind: "action", label, url: `${env().APP_URL}${path}` };
}

async function loadGroup(client: Client, groupId: string) {
  return client.checkoutGroup.findUniqueOrThrow({
    where: { id: groupId },
    select: {
      id: true,
      name: true,
      email: true,
      locale: true,
      totalQ: true,
      receivedQ: true,
      user: { select: { locale: true } },
      orders: { orderBy: { number: "asc" }, select: mailOrderSelect },
    },
  });
}

export type CheckoutMailTemplate = "checkout.mail.placed" | "checkout.mail.paid" | "checkout.mail.paidTooLate" | "checkout.mail.expired";

/**
 * A mail about a whole checkout (placed, paid, paid too late, not paid in time) to the shopper:
 * every order with its items, dates and where it goes, and the signed link to the checkout's page.
 * In the account's language, else the language the checkout was made in.
 */
export async function mailCheckout(client: Client, groupId: string, template: CheckoutMailTemplate) {
  const group = await loadGroup(client, groupId);
  await enqueueMail(
    {
      to: group.email,
      locale: group.user?.locale,
      pageLocale: group.locale,
      template,
      signature: SIGNATURE,
      vars: (translator) => ({
        name: group.name,
        numbers: group.orders.map((o) => o.number).join(", "),
        total: translator.money(group.totalQ),
        received: translator.money(group.receivedQ),
      }),
      details: (translator) => [
        ...group.orders.map((order) => orderFacts(translator, toMailOrder(order, translator))),
        action(translator.t(group.orders.length > 1 ? "mail.openOrders" : "mail.openOrder"), checkoutLinkPath(group.id)),
      ],
    },
    client,
  );
}

export type OrderMailTemplate =
  "checkout.mail.confirmed" | "checkout.mail.shipped" | "checkout.mail.ready" | "checkout.mail.cancelled" | "checkout.mail.completed";

/**
 * A mail about one order's new status to its shopper, with the order's details and its signed
 * link. The "completed" mail asks for a review and links to where it is written (the order page,
 * for the account that placed it; a guest is thanked instead, since reviews need an account).
 */
export async function mailOrderStatus(client: Client, orderId: string, template: OrderMailTemplate, extra: { reason?: string; tracking?: string } = {}) {
  const order = await client.order.findUniqueOrThrow({
    where: { id: orderId },
    select: { ...mailOrderSelect, group: { select: { name: true, email: true, locale: true, user: { select: { locale: true } } } } },
  });
  const reviewable = template === "checkout.mail.completed" && order.userId !== null;
  const chosen = template === "checkout.mail.completed" && !reviewable ? "checkout.mail.completedGuest" : template;
  await enqueueMail(
    {
      to: order.group.email,
      locale: order.group.user?.locale,
      pageLocale: order.group.locale,
      template: chosen,
      signature: SIGNATURE,
      vars: { name: order.group.name, number: order.number, reason: extra.reason ?? "", tracking: extra.tracking ?? "" },
      details: (translator) => [
        orderFacts(translator, toMailOrder(order, translator)),
        reviewable
          ? action(translator.t("mail.writeReview"), `${orderLinkPath(order.id)}#reviews-heading`)
          : action(translator.t("mail.openOrder"), orderLinkPath(order.id)),
      ],
    },
    client,
  );
}

/** Mails about a shopper's cancellation or return, to the shopper's side and to the producer's. */
export type AfterSaleShopperTemplate =
  | "after.mail.cancelRequested.shopper"
  | "after.mail.cancelDeclined.shopper"
  | "after.mail.returnRequested.shopper"
  | "after.mail.returnAccepted.shopper"
  | "after.mail.returnDeclined.shopper"
  | "after.mail.returnRefunded.shopper"
  | "centre.mail.ready";
export type AfterSaleProducerTemplate =
  | "after.mail.shopperCancelled"
  | "after.mail.cancelRequested.producer"
  | "after.mail.cancelAccepted.producer"
  | "after.mail.cancelDeclined.producer"
  | "after.mail.returnRequested.producer"
  | "after.mail.returnAccepted.producer"
  | "after.mail.returnDeclined.producer"
  | "after.mail.returnRefunded.producer"
  | "centre.mail.received"
  | "centre.mail.handed";

/** Placeholders every after-sale mail may use: the reason given, and how to send goods back. */
type AfterSaleVars = { reason?: string; instructions?: string; amountQ?: number };

/** An after-sale mail to the order's shopper, with the order's details and its signed link. */
export async function mailShopperOrder(client: Client, orderId: string, template: AfterSaleShopperTemplate, extra: AfterSaleVars = {}) {
  const order = await client.order.findUniqueOrThrow({
    where: { id: orderId },
    select: { ...mailOrderSelect, group: { select: { name: true, email: true, locale: true, user: { select: { locale: true } } } } },
  });
  await enqueueMail(
    {
      to: order.group.email,
      locale: order.group.user?.locale,
      pageLocale: order.group.locale,
      template,
      signature: SIGNATURE,
      vars: (translator) => ({
        name: order.group.name,
        number: order.number,
        producer: order.producer.name,
        reason: extra.reason ?? "",
        instructions: extra.instructions ?? "",
        amount: translator.money(extra.amountQ ?? 0),
      }),
      details: (translator) => [orderFacts(translator, toMailOrder(order, translator)), action(translator.t("mail.openOrder"), orderLinkPath(order.id))],
    },
    client,
  );
}

/**
 * A mail about one order to each member of its producer, in their account's language, else the
 * language the shopper ordered in: its items, dates, where it goes, and the link to it in the dashboard.
 */
export async function mailProducerOrder(
  client: Client,
  orderId: string,
  template: AfterSaleProducerTemplate | "checkout.mail.newOrder",
  extra: AfterSaleVars = {},
) {
  const order = await client.order.findUniqueOrThrow({
    where: { id: orderId },
    select: { ...mailOrderSelect, group: { select: { name: true, locale: true } } },
  });
  const members = await client.producerMember.findMany({
    where: { producerId: order.producer.id, user: { active: true } },
    select: { user: { select: { email: true, locale: true } } },
  });
  for (const { user } of members) {
    await enqueueMail(
      {
        to: user.email,
        locale: user.locale,
        pageLocale: order.group.locale,
        template,
        signature: SIGNATURE,
        vars: (translator) => ({
          number: order.number,
          customer: order.group.name,
          reason: extra.reason ?? "",
          instructions: extra.instructions ?? "",
          amount: translator.money(extra.amountQ ?? 0),
        }),
        details: (translator) => [
          orderFacts(translator, toMailOrder(order, translator)),
          action(translator.t("mail.openDashboardOrder"), `/dashboard/orders/${order.id}`),
        ],
      },
      client,
    );
  }
}

/** The producer's members hear of an order once there is one to act on (a card order once paid). */
export function mailProducerNewOrder(client: Client, orderId: string) {
  return mailProducerOrder(client, orderId, "checkout.mail.newOrder");
}
