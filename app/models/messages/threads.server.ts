import type { MessageSide } from "~/generated/prisma/enums";
import { enqueueMail, scheduleMailDelivery } from "~/models/mail/outbox.server";
import { enqueueJob, PermanentJobError, type ClaimedJob } from "~/models/outbox/outbox.server";
import { db, type Prisma, type Tx, TITLES_SELECT } from "~/utils/db.server";
import { pickLocalized, type Locale } from "~/utils/i18n";
import { signLink } from "~/utils/signed-links.server";

/** Messages one account (or one guest order) may write per hour: enough to talk, too few to spam. */
export const MESSAGES_PER_HOUR = 20;
/** At most one mail per thread per reader in this time: later messages wait and go in one mail. */
export const MAIL_BATCH_MS = 15 * 60_000;
const HOUR_MS = 60 * 60_000;

export type Side = MessageSide;

/**
 * Who is looking at or writing to a thread. Routes build it from the session (or, for a guest,
 * from a verified order link); every function here decides access from it alone.
 */
export type Viewer =
  | { kind: "shopper"; userId: string }
  | { kind: "guest"; orderId: string }
  | { kind: "producer"; userId: string; producerId: string }
  | { kind: "staff"; userId: string };

export type MessageError = "messages.error.rateLimit" | "messages.error.closed" | "messages.error.ownProducer";
export type PostResult = { ok: true; threadId: string } | { ok: false; error: MessageError };

type ThreadAccessRow = { id: string; producerId: string; shopperId: string | null; orderId: string | null; reportedAt: Date | null; status: string };

const accessSelect = { id: true, producerId: true, shopperId: true, orderId: true, reportedAt: true, status: true } as const;

/** The side the viewer writes for in this thread, or null when they may not see it at all. */
function sideOf(viewer: Viewer, thread: ThreadAccessRow): Side | null {
  switch (viewer.kind) {
    case "shopper":
      return thread.shopperId === viewer.userId ? "SHOPPER" : null;
    case "guest":
      return thread.orderId !== null && thread.orderId === viewer.orderId ? "SHOPPER" : null;
    case "producer":
      return thread.producerId === viewer.producerId ? "PRODUCER" : null;
    case "staff":
      // Staff read only what a participant reported to them.
      return thread.reportedAt ? "STAFF" : null;
  }
}

/** The MessageReader key of the viewer: their user id, or "guest" for a guest's order link. */
function readerKey(viewer: Viewer): string {
  return viewer.kind === "guest" ? "guest" : viewer.userId;
}

function authorId(viewer: Viewer): string | null {
  return viewer.kind === "guest" ? null : viewer.userId;
}

async function overRateLimit(tx: Tx, viewer: Viewer, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - HOUR_MS);
  const written =
    viewer.kind === "guest"
      ? await tx.message.count({ where: { authorId: null, side: "SHOPPER", createdAt: { gt: since }, thread: { orderId: viewer.orderId } } })
      : await tx.message.count({ where: { authorId: viewer.userId, createdAt: { gt: since } } });
  return written >= MESSAGES_PER_HOUR;
}

/** The readers a new message from `side` is for: the other side's people (staff write to both). */
async function recipientsOf(tx: Tx, thread: ThreadAccessRow, side: Side): Promise<string[]> {
  const readers: string[] = [];
  if (side !== "SHOPPER") readers.push(thread.shopperId ?? "guest");
  if (side !== "PRODUCER") {
    const members = await tx.producerMember.findMany({ where: { producerId: thread.producerId, user: { active: true } }, select: { userId: true } });
    readers.push(...members.map((m) => m.userId));
  }
  return readers;
}

/**
 * Queues the reader's batched mail unless one is already waiting: it goes now, or 15 minutes
 * after the last one, and carries every message that arrived meanwhile. The conditional update
 * on `mailDueAt` means concurrent messages queue one job, not two.
 */
async function queueBatchedMail(tx: Tx, threadId: string, reader: string, now: Date) {
  const row = await tx.messageReader.upsert({
    where: { threadId_reader: { threadId, reader } },
    create: { threadId, reader },
    update: {},
    select: { lastMailedAt: true },
  });
  const earliest = row.lastMailedAt ? row.lastMailedAt.getTime() + MAIL_BATCH_MS : 0;
  const dueAt = new Date(Math.max(now.getTime(), earliest));
  const claimed = await tx.messageReader.updateMany({ where: { threadId, reader, mailDueAt: null }, data: { mailDueAt: dueAt } });
  if (claimed.count !== 1) return;
  await enqueueJob(tx, { kind: "MESSAGE_MAIL", key: `message-mail:${threadId}:${reader}:${dueAt.getTime()}`, payload: { threadId, reader }, runAt: dueAt });
}

async function markRead(tx: Tx | typeof db, threadId: string, reader: string, at: Date) {
  await tx.messageReader.upsert({
    where: { threadId_reader: { threadId, reader } },
    create: { threadId, reader, lastReadAt: at },
    update: { lastReadAt: at },
  });
}

/** Writes one message in a transaction that already holds the thread's access row. */
async function writeMessage(tx: Tx, viewer: Viewer, thread: ThreadAccessRow, side: Side, body: string, now: Date): Promise<PostResult> {
  if (thread.status !== "OPEN") return { ok: false, error: "messages.error.closed" };
  if (await overRateLimit(tx, viewer, now)) return { ok: false, error: "messages.error.rateLimit" };
  await tx.message.create({ data: { threadId: thread.id, authorId: authorId(viewer), side, body, createdAt: now } });
  await tx.messageThread.update({
    where: { id: thread.id },
    data: {
      lastMessageAt: now,
      ...(side !== "SHOPPER" ? { lastForShopperAt: now } : {}),
      ...(side !== "PRODUCER" ? { lastForProducerAt: now } : {}),
    },
  });
  await markRead(tx, thread.id, readerKey(viewer), now);
  for (const reader of await recipientsOf(tx, thread, side)) await queueBatchedMail(tx, thread.id, reader, now);
  return { ok: true, threadId: thread.id };
}

/**
 * A signed-in shopper's question about a listed product. It continues their open thread about
 * that product, or starts one. A member cannot ask their own producer.
 */
export async function askAboutProduct(userId: string, productId: string, body: string, now = new Date()): Promise<PostResult | null> {
  const result = await db.$transaction(async (tx) => {
    const product = await tx.product.findFirst({ where: { id: productId, listed: true }, select: { id: true, producerId: true } });
    if (!product) return null;
    const membership = await tx.producerMember.findUnique({ where: { userId }, select: { producerId: true } });
    if (membership?.producerId === product.producerId) return { ok: false, error: "messages.error.ownProducer" } as const;
    const viewer: Viewer = { kind: "shopper", userId };
    const thread =
      (await tx.messageThread.findFirst({ where: { shopperId: userId, productId: product.id, orderId: null, status: "OPEN" }, select: accessSelect })) ??
      (await tx.messageThread.create({
        data: { producerId: product.producerId, shopperId: userId, productId: product.id, lastMessageAt: now },
        select: accessSelect,
      }));
    return writeMessage(tx, viewer, thread, "SHOPPER", body, now);
  });
  if (result?.ok) scheduleMailDelivery();
  return result;
}

/**
 * A message on an order from its shopper (signed in, or a guest through the order's signed
 * link): the order's thread is made on the first message. Null when the viewer has no access.
 */
export async function writeOnOrder(
  viewer: Viewer & { kind: "shopper" | "guest" },
  orderId: string,
  body: string,
  now = new Date(),
): Promise<PostResult | null> {
  const result = await db.$transaction(async (tx) => {
    const order = await tx.order.findUnique({ where: { id: orderId }, select: { id: true, userId: true, producerId: true } });
    if (!order) return null;
    if (viewer.kind === "shopper" ? order.userId !== viewer.userId : viewer.orderId !== order.id) return null;
    const thread =
      (await tx.messageThread.findUnique({ where: { orderId: order.id }, select: accessSelect })) ??
      (await tx.messageThread.create({
        data: { producerId: order.producerId, shopperId: order.userId, orderId: order.id, lastMessageAt: now },
        select: accessSelect,
      }));
    return writeMessage(tx, viewer, thread, "SHOPPER", body, now);
  });
  if (result?.ok) scheduleMailDelivery();
  return result;
}

/** A reply in a thread the viewer may see; null (→ 404) when they may not. */
export async function replyInThread(viewer: Viewer, threadId: string, body: string, now = new Date()): Promise<PostResult | null> {
  const result = await db.$transaction(async (tx) => {
    const thread = await tx.messageThread.findUnique({ where: { id: threadId }, select: accessSelect });
    const side = thread ? sideOf(viewer, thread) : null;
    if (!thread || !side) return null;
    return writeMessage(tx, viewer, thread, side, body, now);
  });
  if (result?.ok) scheduleMailDelivery();
  return result;
}

/** A participant reports the thread to staff, who can then read it, answer and close it. */
export async function reportThread(viewer: Viewer, threadId: string, reason: string, now = new Date()): Promise<boolean> {
  const thread = await db.messageThread.findUnique({ where: { id: threadId }, select: accessSelect });
  if (!thread || viewer.kind === "staff" || !sideOf(viewer, thread)) return false;
  await db.messageThread.update({ where: { id: threadId }, data: { reportedAt: now, reportedById: authorId(viewer), reportReason: reason } });
  return true;
}

/** Staff close a reported thread: it stays readable, nobody can write any more. */
export async function closeThread(staffId: string, threadId: string, now = new Date()): Promise<boolean> {
  const closed = await db.messageThread.updateMany({
    where: { id: threadId, reportedAt: { not: null }, status: "OPEN" },
    data: { status: "CLOSED", closedAt: now, closedById: staffId },
  });
  if (closed.count === 1) return true;
  return (await db.messageThread.count({ where: { id: threadId, reportedAt: { not: null } } })) === 1;
}

// ─── Reading ─────────────────────────────────────────────────────────────────

/** A phone number or an e-mail address written in a message. */
const CONTACT = /[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+|\+?\d[\d ()./-]{5,}\d/g;

/** Before an order exists between them, contact details in messages are hidden from both sides. */
export function hideContactDetails(body: string): { body: string; hidden: boolean } {
  let hidden = false;
  const result = body.replace(CONTACT, (match) => {
    if ((match.match(/\d/g)?.length ?? 0) < 7 && !match.includes("@")) return match;
    hidden = true;
    return "•••";
  });
  return { body: result, hidden };
}

async function ordered(thread: { shopperId: string | null; orderId: string | null; producerId: string }): Promise<boolean> {
  if (thread.orderId) return true;
  if (!thread.shopperId) return false;
  return (await db.order.count({ where: { userId: thread.shopperId, producerId: thread.producerId } })) > 0;
}

/**
 * One thread for a viewer who may see it (null otherwise), with its messages, what it is about,
 * and the other side's contact details once an order exists between them. Reading marks it read.
 */
export async function loadThread(viewer: Viewer, threadId: string, locale: Locale, now = new Date()) {
  const thread = await db.messageThread.findUnique({
    where: { id: threadId },
    select: {
      ...accessSelect,
      reportReason: true,
      closedAt: true,
      createdAt: true,
      producer: { select: { name: true, slug: true, phone: true } },
      shopper: { select: { name: true, email: true, phone: true } },
      product: { select: { slug: true, ...TITLES_SELECT } },
      order: { select: { id: true, number: true, group: { select: { name: true, email: true, phone: true } } } },
      messages: { orderBy: { createdAt: "asc" }, select: { id: true, side: true, body: true, createdAt: true, author: { select: { name: true } } } },
    },
  });
  const side = thread ? sideOf(viewer, thread) : null;
  if (!thread || !side) return null;
  const hasOrder = await ordered(thread);
  let anyHidden = false;
  const messages = thread.messages.map((m) => {
    const shown = hasOrder ? { body: m.body, hidden: false } : hideContactDetails(m.body);
    anyHidden ||= shown.hidden;
    return { id: m.id, side: m.side, body: shown.body, createdAt: m.createdAt.toISOString(), author: m.author?.name ?? thread.order?.group.name ?? "" };
  });
  await markRead(db, thread.id, readerKey(viewer), now);
  const latestOrderContact =
    hasOrder && !thread.order && thread.shopperId
      ? await db.order.findFirst({
          where: { userId: thread.shopperId, producerId: thread.producerId },
          orderBy: { placedAt: "desc" },
          select: { group: { select: { name: true, email: true, phone: true } } },
        })
      : null;
  const shopperContact = thread.order?.group ?? latestOrderContact?.group ?? null;
  return {
    id: thread.id,
    side,
    status: thread.status,
    reported: !!thread.reportedAt,
    reportReason: side === "STAFF" ? thread.reportReason : "",
    producer: { name: thread.producer.name, slug: thread.producer.slug },
    shopperName: thread.shopper?.name ?? thread.order?.group.name ?? "",
    product: thread.product ? { slug: thread.product.slug, title: pickLocalized(thread.product, "title", locale) } : null,
    order: thread.order ? { id: thread.order.id, number: thread.order.number } : null,
    messages,
    contactsHidden: anyHidden,
    // Contact details only once an order exists between them; staff see both.
    contact: !hasOrder
      ? null
      : side === "PRODUCER"
        ? {
            name: shopperContact?.name ?? thread.shopper?.name ?? "",
            email: shopperContact?.email ?? thread.shopper?.email ?? "",
            phone: shopperContact?.phone ?? "",
          }
        : side === "SHOPPER"
          ? { name: thread.producer.name, email: "", phone: thread.producer.phone }
          : null,
  };
}

/** The order's thread for its shopper (or guest), or null when nobody has written yet. */
export async function orderThreadId(orderId: string): Promise<string | null> {
  return (await db.messageThread.findUnique({ where: { orderId }, select: { id: true } }))?.id ?? null;
}

const listSelect = {
  id: true,
  status: true,
  lastMessageAt: true,
  lastForShopperAt: true,
  lastForProducerAt: true,
  reportedAt: true,
  reportReason: true,
  producer: { select: { name: true } },
  shopper: { select: { name: true } },
  product: { select: TITLES_SELECT },
  order: { select: { number: true, group: { select: { name: true } } } },
  readers: { select: { reader: true, lastReadAt: true } },
} satisfies Prisma.MessageThreadSelect;

type ListRow = Prisma.MessageThreadGetPayload<{ select: typeof listSelect }>;

function toListItem(row: ListRow, reader: string, unreadAfter: Date | null, locale: Locale) {
  const read = row.readers.find((r) => r.reader === reader)?.lastReadAt ?? null;
  return {
    id: row.id,
    status: row.status,
    lastMessageAt: row.lastMessageAt.toISOString(),
    reported: !!row.reportedAt,
    reportReason: row.reportReason,
    producerName: row.producer.name,
    shopperName: row.shopper?.name ?? row.order?.group.name ?? "",
    about: row.order
      ? { kind: "order" as const, label: row.order.number }
      : { kind: "product" as const, label: row.product ? pickLocalized(row.product, "title", locale) : "" },
    unread: !!unreadAfter && (!read || unreadAfter > read),
  };
}

export async function listShopperThreads(userId: string, locale: Locale) {
  const rows = await db.messageThread.findMany({ where: { shopperId: userId }, orderBy: { lastMessageAt: "desc" }, take: 200, select: listSelect });
  return rows.map((row) => toListItem(row, userId, row.lastForShopperAt, locale));
}

export async function listProducerThreads(producerId: string, userId: string, locale: Locale) {
  const rows = await db.messageThread.findMany({ where: { producerId }, orderBy: { lastMessageAt: "desc" }, take: 200, select: listSelect });
  return rows.map((row) => toListItem(row, userId, row.lastForProducerAt, locale));
}

/** Reported threads for staff, open ones first. */
export async function listReportedThreads(staffId: string, locale: Locale) {
  const rows = await db.messageThread.findMany({
    where: { reportedAt: { not: null } },
    orderBy: [{ status: "desc" }, { reportedAt: "desc" }],
    take: 200,
    select: listSelect,
  });
  return rows.map((row) => toListItem(row, staffId, row.lastMessageAt, locale));
}

/** Threads of the producer with a message from the shopper (or staff) this member has not read: the nav's count. */
export async function unreadThreadCountForMember(producerId: string, userId: string): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number | bigint }[]>`
    SELECT COUNT(*) AS n FROM "MessageThread" t
    LEFT JOIN "MessageReader" r ON r."threadId" = t."id" AND r."reader" = ${userId}
    WHERE t."producerId" = ${producerId} AND t."lastForProducerAt" IS NOT NULL
      AND (r."lastReadAt" IS NULL OR r."lastReadAt" < t."lastForProducerAt")`;
  return Number(row?.n ?? 0);
}

// ─── Mail ────────────────────────────────────────────────────────────────────

type Recipient = { to: string; locale: Locale; link: string; side: Side };

async function recipientOf(
  tx: Tx,
  thread: { id: string; producerId: string; shopperId: string | null; orderId: string | null },
  reader: string,
): Promise<Recipient | null> {
  if (reader === "guest") {
    if (!thread.orderId) return null;
    const order = await tx.order.findUnique({ where: { id: thread.orderId }, select: { group: { select: { email: true, locale: true } } } });
    if (!order) return null;
    return {
      to: order.group.email,
      locale: order.group.locale,
      side: "SHOPPER",
      link: `/orders/${thread.orderId}?token=${signLink("order", thread.orderId)}`,
    };
  }
  const user = await tx.user.findUnique({
    where: { id: reader },
    select: { email: true, locale: true, active: true, membership: { select: { producerId: true } } },
  });
  if (!user?.active) return null;
  if (reader === thread.shopperId) {
    return { to: user.email, locale: user.locale ?? "az", side: "SHOPPER", link: thread.orderId ? `/orders/${thread.orderId}` : `/messages/${thread.id}` };
  }
  // A member who left the producer since is not mailed.
  if (user.membership?.producerId !== thread.producerId) return null;
  return { to: user.email, locale: user.locale ?? "az", side: "PRODUCER", link: `/dashboard/messages/${thread.id}` };
}

/**
 * The outbox job behind a batched message mail: one mail naming every message the reader got
 * since their last mail (and has not read yet), in the reader's language.
 */
export async function runMessageMailJob(job: ClaimedJob, now = new Date()) {
  const { threadId, reader } = job.payload as { threadId: string; reader: string };
  await db.$transaction(async (tx) => {
    const state = await tx.messageReader.findUnique({ where: { threadId_reader: { threadId, reader } } });
    const thread = await tx.messageThread.findUnique({
      where: { id: threadId },
      select: {
        id: true,
        producerId: true,
        shopperId: true,
        orderId: true,
        producer: { select: { name: true } },
        shopper: { select: { name: true } },
        order: { select: { number: true, group: { select: { name: true } } } },
      },
    });
    if (!state || !thread) throw new PermanentJobError("thread or reader is gone");
    if (!state.mailDueAt) return;
    const recipient = await recipientOf(tx, thread, reader);
    const since = [state.lastMailedAt, state.lastReadAt].filter((d): d is Date => !!d).reduce((a, b) => (a > b ? a : b), new Date(0));
    const fresh = recipient
      ? await tx.message.findMany({
          where: { threadId, side: { not: recipient.side }, createdAt: { gt: since } },
          orderBy: { createdAt: "asc" },
          select: { body: true },
        })
      : [];
    await tx.messageReader.update({
      where: { threadId_reader: { threadId, reader } },
      data: { mailDueAt: null, ...(fresh.length ? { lastMailedAt: now } : {}) },
    });
    if (!recipient || fresh.length === 0) return;
    const showContacts =
      thread.orderId !== null || (!!thread.shopperId && (await tx.order.count({ where: { userId: thread.shopperId, producerId: thread.producerId } })) > 0);
    const text = fresh.map((m) => (showContacts ? m.body : hideContactDetails(m.body).body)).join("\n\n---\n\n");
    const from = recipient.side === "SHOPPER" ? thread.producer.name : (thread.shopper?.name ?? thread.order?.group.name ?? "");
    await enqueueMail(
      {
        to: recipient.to,
        locale: recipient.locale,
        template: fresh.length === 1 ? "messages.mail.one" : "messages.mail.many",
        vars: { from, count: fresh.length, text: text.slice(0, 6000), link: recipient.link },
      },
      tx,
    );
  });
  scheduleMailDelivery();
}

/** A listed product a shopper can ask about, by its slug (null when it is not on sale). */
export async function askableProduct(slug: string, locale: Locale) {
  const product = await db.product.findFirst({
    where: { slug, listed: true },
    select: { id: true, slug: true, ...TITLES_SELECT, producer: { select: { name: true } } },
  });
  return product ? { id: product.id, slug: product.slug, title: pickLocalized(product, "title", locale), producerName: product.producer.name } : null;
}
