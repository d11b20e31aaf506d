import type { Unit } from "~/utils/units";
import { recordDemandEvent } from "~/models/insights/demand.server";
import type { ZoneRule } from "~/models/delivery/delivery-zones";
import { zonesByProducer } from "~/models/delivery/delivery-zones.server";
import { centresByProducer, type CentreOption } from "~/models/centres/centres.server";
import { db, NAMES_SELECT, Prisma } from "~/utils/db.server";
import { queryRows } from "~/utils/sql.server";
import { pickLocalized, type Locale } from "~/utils/i18n";
import { pictureData, type PictureData, PICTURE_SELECT, withoutPlaceholder } from "~/models/images/pictures";
import { MAX_LINE_QUANTITY, type CartAction } from "~/models/cart/cart-schema";
import { clearGuestCart, MAX_CART_LINES, readGuestCart, serializeGuestCart, type GuestCartLine } from "~/models/cart/guest-cart.server";
import type { CancellationPolicy } from "~/models/bookings/booking-policy";
import { listingKind, type ListingKind } from "~/models/bookings/listing-kind";
import { addDays } from "~/models/bookings/stay-dates";
import { stayTotalQ } from "~/models/bookings/stay-pricing";
import { quoteStay, quoteStayNow, takenNights, type StayProblem } from "~/models/bookings/stays.server";

export type CartLineRef = GuestCartLine;

type LineKey = Pick<CartLineRef, "productId" | "variantId" | "slotId" | "checkIn">;
const sameLine = (a: LineKey, b: LineKey) =>
  a.productId === b.productId && a.variantId === b.variantId && a.slotId === b.slotId && (a.checkIn ?? null) === (b.checkIn ?? null);
const lineKeyString = (l: LineKey) => `${l.productId}|${l.variantId}|${l.slotId}|${l.checkIn ?? ""}`;

/** A booking (a session or a stay) counts once, whatever its people or nights; goods count by units. */
const countedUnits = (line: { quantity: number; slotId: string | null; checkIn: string | null }) => (line.slotId || line.checkIn ? 1 : line.quantity);

/** The raw lines of the visitor's cart: the account's rows, or the guest cookie. */
export function loadCartLines(request: Request, userId: string | null): Promise<CartLineRef[]> {
  return userId ? loadAccountCartLines(userId) : readGuestCart(request);
}

function loadAccountCartLines(userId: string): Promise<CartLineRef[]> {
  return db.cartLine.findMany({
    where: { cart: { userId } },
    orderBy: { createdAt: "asc" },
    select: { productId: true, variantId: true, slotId: true, checkIn: true, nights: true, quantity: true, priceQ: true },
  });
}

/** Persists the whole set of lines atomically; returns a Set-Cookie value for guests. */
async function saveCartLines(userId: string | null, lines: CartLineRef[]): Promise<string | null> {
  if (!userId) return serializeGuestCart(lines);
  await db.$transaction(async (tx) => {
    const cart = await tx.cart.upsert({ where: { userId }, create: { userId }, update: {}, select: { id: true } });
    await tx.cartLine.deleteMany({ where: { cartId: cart.id } });
    if (lines.length > 0) await tx.cartLine.createMany({ data: lines.map((line) => ({ ...line, cartId: cart.id })) });
  });
  return null;
}

/** Things in the cart for the header badge: units of goods, and one per booking (not its people or nights). */
export async function countCartItems(request: Request, userId: string | null): Promise<number> {
  // On every page a signed-in shopper opens (the header's count): a prepared statement, not Prisma.
  const lines = userId
    ? await queryRows<{ quantity: number; slotId: string | null; checkIn: string | null }>(Prisma.sql`
        SELECT l."quantity", l."slotId", l."checkIn" FROM "CartLine" l JOIN "Cart" c ON c."id" = l."cartId" WHERE c."userId" = ${userId}`)
    : await readGuestCart(request);
  return lines.reduce((sum, line) => sum + countedUnits(line), 0);
}

export async function emptyCart(userId: string | null): Promise<string | null> {
  if (!userId) return clearGuestCart();
  await db.cartLine.deleteMany({ where: { cart: { userId } } });
  return null;
}

/** After a card payment: the guest's cart keeps everything but what was bought. */
export async function removePurchasedFromGuestCart(
  request: Request,
  bought: readonly { productId: string; variantId?: string | null; slotId?: string | null; checkIn?: string | null }[],
): Promise<string | null> {
  const lines = await readGuestCart(request);
  const left = lines.filter(
    (line) =>
      !bought.some((b) => sameLine(line, { productId: b.productId, variantId: b.variantId ?? null, slotId: b.slotId ?? null, checkIn: b.checkIn ?? null })),
  );
  if (left.length === lines.length) return null;
  return left.length === 0 ? clearGuestCart() : serializeGuestCart(left);
}

type Purchasable = { unitPriceQ: number; available: number; producerId: string; stay: boolean };
export type CartErrorCode =
  | "cart.unavailable"
  | "cart.chooseVariant"
  | "cart.chooseSlot"
  | "cart.notEnoughStock"
  | "cart.tooManyLines"
  | "cart.lineMissing"
  | "cart.chooseDates"
  | "cart.notEnoughSeats"
  | StayProblem;
/** `available` accompanies cart.notEnoughStock; `minNights` and `maxGuests` a stay's problems. */
export type CartError = { code: CartErrorCode; available?: number; minNights?: number; maxGuests?: number };

/** What one line can be bought at right now: price and how many units or seats are left. */
async function resolvePurchasable(
  ref: Pick<CartLineRef, "productId" | "variantId" | "slotId" | "checkIn" | "nights" | "quantity">,
  now = new Date(),
): Promise<Purchasable | CartError> {
  const product = await db.product.findFirst({
    where: { id: ref.productId, listed: true },
    select: {
      kind: true,
      priceQ: true,
      stock: true,
      producerId: true,
      _count: { select: { variants: true } },
    },
  });
  if (!product) return { code: "cart.unavailable" };
  let unitPriceQ = product.priceQ;
  let available = product.stock;
  if (product._count.variants > 0) {
    if (!ref.variantId) return { code: "cart.chooseVariant" };
    const variant = await db.variant.findFirst({
      where: { id: ref.variantId, productId: ref.productId },
      select: { priceQ: true, stock: true },
    });
    if (!variant) return { code: "cart.unavailable" };
    unitPriceQ = variant.priceQ;
    available = variant.stock;
  } else if (ref.variantId) {
    return { code: "cart.unavailable" };
  }
  if (product.kind === "STAY") {
    if (ref.slotId || ref.variantId) return { code: "cart.unavailable" };
    if (!ref.checkIn || !ref.nights) return { code: "cart.chooseDates" };
    const quote = await quoteStayNow(ref.productId, ref.checkIn, ref.nights, ref.quantity, now);
    if (!quote) return { code: "cart.unavailable" };
    if (!quote.ok) return { code: quote.problem, minNights: quote.minNights, maxGuests: quote.maxGuests };
    // A stay's line price is all its nights; its quantity is the guests, who do not multiply it.
    return { unitPriceQ: quote.totalQ, available: Number.MAX_SAFE_INTEGER, producerId: product.producerId, stay: true };
  }
  if (ref.checkIn) return { code: "cart.unavailable" };
  if (product.kind === "EXPERIENCE") {
    if (!ref.slotId) return { code: "cart.chooseSlot" };
    const slot = await db.slot.findFirst({
      where: { id: ref.slotId, productId: ref.productId, closed: false, startsAt: { gt: now } },
      select: { capacity: true, seatsTaken: true },
    });
    if (!slot) return { code: "cart.unavailable" };
    available = slot.capacity - slot.seatsTaken;
  } else if (ref.slotId) {
    return { code: "cart.unavailable" };
  }
  return { unitPriceQ, available: Math.max(0, available), producerId: product.producerId, stay: false };
}

function isCartError(value: Purchasable | CartError): value is CartError {
  return "code" in value;
}

export type CartChange = { ok: true; setCookie: string | null } | { ok: false; error: CartError };

/** Applies one cart form post; on any error the stored cart is left exactly as it was. */
export async function changeCart(request: Request, userId: string | null, action: CartAction): Promise<CartChange> {
  const lines = await loadCartLines(request, userId);
  const index = lines.findIndex((line) => sameLine(line, action));
  if (action.intent === "remove") {
    if (index === -1) return { ok: true, setCookie: null };
    return {
      ok: true,
      setCookie: await saveCartLines(
        userId,
        lines.filter((_, i) => i !== index),
      ),
    };
  }
  if (action.intent === "update" && index === -1) return { ok: false, error: { code: "cart.lineMissing" } };
  // A stay keeps its nights on an update; an add brings its own (and replaces the same stay's line).
  const nights = action.intent === "add" ? action.nights : (lines[index].nights ?? null);
  const purchasable = await resolvePurchasable({ ...action, nights });
  if (isCartError(purchasable)) return { ok: false, error: purchasable };
  const quantity = action.intent === "add" && index !== -1 && !purchasable.stay ? lines[index].quantity + action.quantity : action.quantity;
  if (quantity > purchasable.available) {
    return { ok: false, error: { code: action.slotId ? "cart.notEnoughSeats" : "cart.notEnoughStock", available: purchasable.available } };
  }
  const next = [...lines];
  if (index === -1) {
    if (lines.length >= MAX_CART_LINES) return { ok: false, error: { code: "cart.tooManyLines" } };
    next.push({
      productId: action.productId,
      variantId: action.variantId,
      slotId: action.slotId,
      checkIn: action.checkIn,
      nights,
      quantity,
      priceQ: purchasable.unitPriceQ,
    });
  } else {
    // An explicit add or update re-confirms the line at today's price.
    next[index] = { ...next[index], nights, quantity, priceQ: purchasable.unitPriceQ };
  }
  const setCookie = await saveCartLines(userId, next);
  if (action.intent === "add") {
    await recordDemandEvent({ type: "CART_ADD", productId: action.productId, producerId: purchasable.producerId, quantity: action.quantity });
  }
  return { ok: true, setCookie };
}

export type CartViewLine = {
  productId: string;
  variantId: string | null;
  slotId: string | null;
  slug: string;
  title: string;
  variantName: string | null;
  slotStartsAt: string | null;
  /** stays: the dates and nights; quantity is then the guests */
  checkIn: string | null;
  checkOut: string | null;
  nights: number | null;
  /** what the stay's own rules say against it now (dates past, too few nights…) */
  stayProblem: StayProblem | null;
  unit: Unit;
  kind: ListingKind;
  quantity: number;
  unitPriceQ: number;
  /** the price when the line was added, when it has changed since */
  previousPriceQ: number | null;
  lineTotalQ: number;
  available: number;
  /** false when the product or slot is gone or the quantity exceeds what is left */
  purchasable: boolean;
  /** bookings: where to meet (a stay's address), and the host's cancellation policy */
  meetingPoint: string;
  cancellationPolicy: CancellationPolicy;
  image: PictureData | null;
};

export type CartProducerGroup = {
  producerId: string;
  producerName: string;
  producerSlug: string;
  /** where and for how much the producer delivers goods (none: pickup only) */
  zones: ZoneRule[];
  offersPickup: boolean;
  pickupAddress: string;
  /** the ABAD centres the producer sends goods to for pickup */
  centres: CentreOption[];
  lines: CartViewLine[];
  subtotalQ: number;
};

export type CartView = { groups: CartProducerGroup[]; totalQ: number; itemCount: number; hasProblems: boolean };

/** Resolves raw lines against the catalogue now: prices, stock, seats, grouped by producer. */
export async function buildCartView(lines: CartLineRef[], locale: Locale, now = new Date()): Promise<CartView> {
  if (lines.length === 0) return { groups: [], totalQ: 0, itemCount: 0, hasProblems: false };
  const products = await db.product.findMany({
    where: { id: { in: [...new Set(lines.map((l) => l.productId))] } },
    select: {
      id: true,
      slug: true,
      kind: true,
      status: true,
      titleAz: true,
      titleEn: true,
      titleRu: true,
      unit: true,
      priceQ: true,
      stock: true,
      weekendPriceQ: true,
      seasonPriceQ: true,
      seasonMonths: true,
      maxGuests: true,
      minNights: true,
      meetingPoint: true,
      cancellationPolicy: true,
      producer: {
        select: {
          id: true,
          name: true,
          slug: true,
          status: true,
          offersPickup: true,
          pickupAddress: true,
        },
      },
      variants: { select: { id: true, ...NAMES_SELECT, priceQ: true, stock: true } },
      slots: {
        where: { id: { in: lines.map((l) => l.slotId).filter((s): s is string => !!s) } },
        select: { id: true, startsAt: true, capacity: true, seatsTaken: true, closed: true },
      },
      images: {
        where: { revisionId: null },
        orderBy: { position: "asc" },
        take: 1,
        select: PICTURE_SELECT,
      },
    },
  });
  const byId = new Map(products.map((p) => [p.id, p]));
  const stayLines = lines.filter((l) => l.checkIn && l.nights);
  const taken = stayLines.length
    ? await takenNights(
        [...new Set(stayLines.map((l) => l.productId))],
        stayLines.map((l) => l.checkIn!).sort()[0],
        stayLines
          .map((l) => addDays(l.checkIn!, l.nights!))
          .sort()
          .at(-1)!,
      )
    : [];
  const groups = new Map<string, CartProducerGroup>();
  let hasProblems = false;
  for (const line of lines) {
    const product = byId.get(line.productId);
    if (!product) {
      hasProblems = true;
      continue;
    }
    const variant = line.variantId ? product.variants.find((v) => v.id === line.variantId) : undefined;
    const slot = line.slotId ? product.slots.find((s) => s.id === line.slotId) : undefined;
    const visible = product.status === "PUBLISHED" && product.producer.status === "ACTIVE";
    const slotOpen = !line.slotId || (!!slot && !slot.closed && slot.startsAt > now);
    const variantOk = !line.variantId || !!variant;
    const kind = listingKind(product.kind);
    let available = slot ? slot.capacity - slot.seatsTaken : variant ? variant.stock : product.stock;
    let unitPriceQ = variant?.priceQ ?? product.priceQ;
    let stayProblem: StayProblem | null = null;
    let stayOk = !line.checkIn;
    if (kind === "STAY") {
      const quote =
        line.checkIn && line.nights
          ? quoteStay(
              product,
              line.checkIn,
              line.nights,
              line.quantity,
              taken.filter((t) => t.productId === product.id),
              now,
            )
          : ({ ok: false, problem: "stay.datesInvalid" } as const);
      stayOk = quote.ok;
      stayProblem = quote.ok ? null : quote.problem;
      // The stay's price is all its nights (quoted for the nights even when a problem shows).
      unitPriceQ = quote.ok ? quote.totalQ : line.checkIn && line.nights ? stayTotalQ(product, line.checkIn, line.nights) : product.priceQ;
      available = product.maxGuests;
    }
    const purchasable = visible && slotOpen && variantOk && stayOk && line.quantity <= available;
    if (!purchasable || unitPriceQ !== line.priceQ) hasProblems = true;
    const group =
      groups.get(product.producer.id) ??
      groups
        .set(product.producer.id, {
          producerId: product.producer.id,
          producerName: product.producer.name,
          producerSlug: product.producer.slug,
          zones: [],
          centres: [],
          offersPickup: product.producer.offersPickup,
          pickupAddress: product.producer.pickupAddress,
          lines: [],
          subtotalQ: 0,
        })
        .get(product.producer.id)!;
    const lineTotalQ = kind === "STAY" ? unitPriceQ : unitPriceQ * line.quantity;
    group.lines.push({
      productId: product.id,
      variantId: line.variantId,
      slotId: line.slotId,
      slug: product.slug,
      title: pickLocalized(product, "title", locale),
      variantName: variant ? pickLocalized(variant, "name", locale) : null,
      slotStartsAt: slot ? slot.startsAt.toISOString() : null,
      checkIn: line.checkIn,
      checkOut: line.checkIn && line.nights ? addDays(line.checkIn, line.nights) : null,
      nights: line.nights,
      stayProblem,
      meetingPoint: product.meetingPoint,
      cancellationPolicy: product.cancellationPolicy,
      unit: product.unit,
      kind,
      quantity: line.quantity,
      unitPriceQ,
      previousPriceQ: unitPriceQ !== line.priceQ ? line.priceQ : null,
      lineTotalQ,
      available: Math.max(0, available),
      purchasable,
      image: product.images[0] ? withoutPlaceholder(pictureData(product.images[0])) : null,
    });
    group.subtotalQ += lineTotalQ;
  }
  const list = [...groups.values()];
  const zones = await zonesByProducer(list.map((g) => g.producerId));
  const centres = await centresByProducer(
    list.map((g) => g.producerId),
    locale,
  );
  for (const group of list) {
    group.zones = zones.get(group.producerId) ?? [];
    group.centres = centres.get(group.producerId) ?? [];
  }
  return {
    groups: list,
    totalQ: list.reduce((sum, g) => sum + g.subtotalQ, 0),
    itemCount: lines.reduce((sum, l) => sum + countedUnits(l), 0),
    hasProblems,
  };
}

/** Marks every line as seen at today's price (after the shopper has been shown the change). */
export async function acceptCurrentPrices(request: Request, userId: string | null, view: CartView) {
  const lines = await loadCartLines(request, userId);
  const prices = new Map(view.groups.flatMap((g) => g.lines.map((l) => [lineKeyString(l), l.unitPriceQ] as const)));
  const next = lines.map((l) => ({ ...l, priceQ: prices.get(lineKeyString(l)) ?? l.priceQ }));
  return saveCartLines(userId, next);
}

/** On login or sign-up: the guest's cookie lines join the account cart; returns a cookie clearing the guest cart. */
export async function mergeGuestCartIntoAccount(request: Request, userId: string): Promise<string | null> {
  const guestLines = await readGuestCart(request);
  if (guestLines.length === 0) return null;
  const merged = await loadAccountCartLines(userId);
  for (const line of guestLines) {
    const existing = merged.find((l) => sameLine(l, line));
    if (existing) existing.quantity += line.quantity;
    else merged.push({ ...line });
  }
  // Added together, a line keeps to the per-line limit and to what is in stock (a line that
  // cannot be bought at all stays, so the cart page can say why).
  const view = await buildCartView(merged, "az");
  const viewLines = view.groups.flatMap((g) => g.lines);
  const kept = merged.flatMap((line) => {
    const seen = viewLines.find((v) => sameLine(v, line));
    if (!seen) return [];
    const limit = Math.min(MAX_LINE_QUANTITY, seen.available > 0 ? seen.available : line.quantity);
    return [{ ...line, quantity: Math.max(1, Math.min(line.quantity, limit)) }];
  });
  await saveCartLines(userId, kept.slice(0, MAX_CART_LINES));
  return clearGuestCart();
}
