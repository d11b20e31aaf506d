import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as newNote from "~/routes/dashboard/dashboard.consignments.new";
import * as producerNote from "~/routes/dashboard/dashboard.consignments.$id";
import * as centreNote from "~/routes/centre/centre.consignments.$id";
import * as counter from "~/routes/centre/centre.counter._index";
import * as receipt from "~/routes/centre/centre.counter.$saleId";
import { loader as productLoader } from "~/routes/products.$slug";
import type { PrintedConsignmentNote } from "~/models/centres/consignments.server";
import { sellAtCounter } from "~/models/centres/counter.server";
import { producerBalance } from "~/models/payments/ledger.server";
import { db } from "~/utils/db.server";
import { qrCode } from "~/utils/qr.server";
import { resetEnvCache } from "~/utils/env.server";
import { createProducerWithMember, createProduct, createUser } from "../support/factories";
import { dataOf, getRequest, headerOf, loadContext, postRequest, sessionCookieFor, settle, statusOf } from "../support/http";
import { expectMoneyInvariants } from "../support/stripe-env";

const centreData = (nameEn: string, district: string) => ({
  nameAz: nameEn,
  nameEn,
  nameRu: nameEn,
  address: "Kiçik Qala küç. 5",
  district,
  hoursAz: "Hər gün 10:00–20:00",
  phone: "+994 12 505 00 10",
});

let centreA = "";
let centreB = "";
let staffA = "";
let staffB = "";
let staffAId = "";

beforeAll(async () => {
  process.env.COMMISSION_BPS = "500";
  resetEnvCache();
  centreA = (await db.centre.create({ data: centreData("Old City centre", "Səbail") })).id;
  centreB = (await db.centre.create({ data: centreData("Shaki centre", "Şəki") })).id;
  const a = await createUser({ role: "CENTRE_STAFF" });
  const b = await createUser({ role: "CENTRE_STAFF" });
  await db.user.update({ where: { id: a.id }, data: { centreId: centreA } });
  await db.user.update({ where: { id: b.id }, data: { centreId: centreB } });
  staffAId = a.id;
  staffA = await sessionCookieFor(a.id);
  staffB = await sessionCookieFor(b.id);
});

afterAll(() => {
  delete process.env.COMMISSION_BPS;
  resetEnvCache();
});

/** A producer with a jar of jam (no variants, 25 ₼) and a carpet in two sizes (the small one 120 ₼). */
async function family() {
  const { producer, member } = await createProducerWithMember();
  const jam = await createProduct(producer.id, { stock: 10, priceQ: 2500, titleAz: "Əncir mürəbbəsi" });
  const carpet = await createProduct(producer.id, { stock: 5, priceQ: 12_000, titleAz: "Xalça" });
  const small = await db.variant.create({ data: { productId: carpet.id, nameAz: "Kiçik", priceQ: 12_000, stock: 5 } });
  return { producer, member, jam, carpet, small, cookie: await sessionCookieFor(member.id) };
}

const send = (cookie: string, form: Record<string, string>) =>
  settle(() => newNote.action({ request: postRequest("/dashboard/consignments/new", form, { cookie }), params: {}, context: loadContext }));
const receive = (cookie: string, id: string, form: Record<string, string> = {}) =>
  settle(() => centreNote.action({ request: postRequest(`/centre/consignments/${id}`, form, { cookie }), params: { id }, context: loadContext }));
const sell = (cookie: string, form: Record<string, string>) =>
  settle(() => counter.action({ request: postRequest("/centre/counter", form, { cookie }), params: {}, context: loadContext }));
const atCentres = async (slug: string) =>
  dataOf<{ product: { atCentres: { name: string; quantity: number }[] } }>(
    await productLoader({ request: getRequest(`/products/${slug}`), params: { slug }, context: loadContext }),
  ).product.atCentres;
/** The note a send redirected to: /dashboard/consignments/<id>?sent=1. */
const noteIdOf = (sent: unknown) => new URL(headerOf(sent, "Location") ?? "", "http://localhost").pathname.split("/").pop() ?? "";
const stockAt = async (centreId: string, code: string) =>
  (await db.centreStock.findUnique({ where: { centreId_code: { centreId, code } }, select: { quantity: true } }))?.quantity ?? 0;

/** Sends and receives a note of 4 jars to centre A: the centre then holds them. */
async function jamAtCentreA() {
  const f = await family();
  const sent = await send(f.cookie, { centreId: centreA, [`qty.${f.jam.id}`]: "4" });
  const id = noteIdOf(sent);
  expect(statusOf(await receive(staffA, id))).toBe(302);
  return { ...f, noteId: id };
}

describe("consignment stock at an ABAD centre", () => {
  it("sending a note takes the goods out of the producer's home stock; more than is in stock refuses the whole note", async () => {
    const f = await family();
    const refused = await send(f.cookie, { centreId: centreA, [`qty.${f.jam.id}`]: "3", [`qty.${f.small.id}`]: "6" });
    expect(statusOf(refused)).toBe(409);
    expect(dataOf<{ error: string; item: string }>(refused)).toMatchObject({ error: "consignment.notEnough", item: "Xalça — Kiçik" });
    expect((await db.product.findUniqueOrThrow({ where: { id: f.jam.id } })).stock).toBe(10);
    expect(await db.consignment.count({ where: { producerId: f.producer.id } })).toBe(0);

    const sent = await send(f.cookie, { centreId: centreA, [`qty.${f.jam.id}`]: "3", [`qty.${f.small.id}`]: "2", [`qty.${f.carpet.id}`]: "" });
    expect(statusOf(sent)).toBe(302);
    expect((await db.product.findUniqueOrThrow({ where: { id: f.jam.id } })).stock).toBe(7);
    expect((await db.variant.findUniqueOrThrow({ where: { id: f.small.id } })).stock).toBe(3);
    const note = await db.consignment.findFirstOrThrow({ where: { producerId: f.producer.id }, include: { lines: true } });
    expect(note).toMatchObject({ status: "SENT", centreId: centreA });
    expect(note.lines.map((l) => [l.title, l.quantity]).sort()).toEqual([
      ["Xalça — Kiçik", 2],
      ["Əncir mürəbbəsi", 3],
    ]);
    // Nothing at the centre until it counts the goods in.
    expect(await stockAt(centreA, f.jam.id)).toBe(0);

    // Another family's goods, or a product with variants by its own id, are not this note's to send.
    const other = await family();
    expect(dataOf<{ error: string }>(await send(f.cookie, { centreId: centreA, [`qty.${other.jam.id}`]: "1" })).error).toBe("consignment.unknownItem");
    expect(dataOf<{ error: string }>(await send(f.cookie, { centreId: centreA, [`qty.${f.carpet.id}`]: "1" })).error).toBe("consignment.unknownItem");
    expect((await db.product.findUniqueOrThrow({ where: { id: other.jam.id } })).stock).toBe(10);
  });

  it("the centre counts the note in once, with what really arrived, and the product page shows it at once (shared cache)", async () => {
    const f = await family();
    expect(await atCentres(f.jam.slug)).toEqual([]);
    const sent = await send(f.cookie, { centreId: centreA, [`qty.${f.jam.id}`]: "4", [`qty.${f.small.id}`]: "1" });
    const id = noteIdOf(sent);
    const jamLine = await db.consignmentLine.findFirstOrThrow({ where: { consignmentId: id, productId: f.jam.id } });

    // One jar broke on the way: the centre receives 3; it cannot receive more than was sent.
    expect(dataOf<{ error: string }>(await receive(staffA, id, { [`received.${jamLine.id}`]: "5" })).error).toBe("consignment.receivedTooMany");
    expect(await stockAt(centreA, f.jam.id)).toBe(0);
    expect(statusOf(await receive(staffA, id, { [`received.${jamLine.id}`]: "3" }))).toBe(302);
    expect(await stockAt(centreA, f.jam.id)).toBe(3);
    expect(await stockAt(centreA, f.small.id)).toBe(1);
    expect(await db.consignmentLine.findUniqueOrThrow({ where: { id: jamLine.id } })).toMatchObject({ quantity: 4, receivedQty: 3 });
    expect(await atCentres(f.jam.slug)).toEqual([{ id: centreA, name: "Old City centre", address: "Kiçik Qala küç. 5, Səbail", quantity: 3 }]);
    expect((await atCentres(f.carpet.slug)).map((c) => c.quantity)).toEqual([1]);

    const again = await receive(staffA, id);
    expect(statusOf(again)).toBe(409);
    expect(dataOf<{ error: string }>(again).error).toBe("consignment.alreadyReceived");
    expect(await stockAt(centreA, f.jam.id)).toBe(3);
  });

  it("a producer never reads another's note, and staff of another centre never read or receive it", async () => {
    const f = await family();
    const sent = await send(f.cookie, { centreId: centreA, [`qty.${f.jam.id}`]: "2" });
    const id = noteIdOf(sent);
    const other = await family();
    const read = (cookie: string) =>
      settle(() => producerNote.loader({ request: getRequest(`/dashboard/consignments/${id}`, { cookie }), params: { id }, context: loadContext }));
    expect(statusOf(await read(f.cookie))).toBe(200);
    expect(statusOf(await read(other.cookie))).toBe(404);
    const centreRead = (cookie: string) =>
      settle(() => centreNote.loader({ request: getRequest(`/centre/consignments/${id}`, { cookie }), params: { id }, context: loadContext }));
    expect(statusOf(await centreRead(staffA))).toBe(200);
    expect(statusOf(await centreRead(staffB))).toBe(404);
    expect(statusOf(await receive(staffB, id))).toBe(404);
    expect(statusOf(await centreRead(f.cookie))).toBe(403);
    expect((await db.consignment.findUniqueOrThrow({ where: { id } })).status).toBe("SENT");
  });
});

describe("the centre's counter", () => {
  it("sells from the centre's stock, and the ledger owes the producer the sale minus commission (qəpik)", async () => {
    const f = await jamAtCentreA();
    const before = await producerBalance(f.producer.id);
    const sold = await sell(staffA, { saleId: "sale-0000-0000-0001", payment: "CASH", [`qty.${f.jam.id}`]: "2" });
    expect(headerOf(sold, "Location")).toBe("/centre/counter/sale-0000-0000-0001");
    expect(await stockAt(centreA, f.jam.id)).toBe(2);
    // The producer's home stock is not touched: those jars left it when they were sent.
    expect((await db.product.findUniqueOrThrow({ where: { id: f.jam.id } })).stock).toBe(6);

    const journal = await db.ledgerJournal.findUniqueOrThrow({ where: { key: "counter:sale-0000-0000-0001" }, include: { postings: true } });
    expect(journal.kind).toBe("COUNTER_SALE");
    expect(journal.postings.map((p) => [p.account, p.producerId, p.amountQ]).sort()).toEqual(
      [
        ["COMMISSION_INCOME", null, -250],
        ["COUNTER_TAKINGS", null, 5000],
        ["PAYABLE", f.producer.id, -4750],
      ].sort(),
    );
    expect(await producerBalance(f.producer.id)).toEqual({ payableQ: before.payableQ + 4750, receivableQ: before.receivableQ, netQ: before.netQ + 4750 });
    const page = dataOf<{ receipt: { totalQ: number; payment: string; lines: { quantity: number; unitPriceQ: number }[] } }>(
      await settle(() =>
        receipt.loader({
          request: getRequest("/centre/counter/sale-0000-0000-0001", { cookie: staffA }),
          params: { saleId: "sale-0000-0000-0001" },
          context: loadContext,
        }),
      ),
    );
    expect(page.receipt).toMatchObject({ totalQ: 5000, payment: "CASH", lines: [{ quantity: 2, unitPriceQ: 2500 }] });
    expect(await atCentres(f.jam.slug)).toMatchObject([{ quantity: 2 }]);
    await expectMoneyInvariants();
  });

  it("the same form sent twice (a double tap, a dropped connection) sells once and shows the same receipt", async () => {
    const f = await jamAtCentreA();
    const form = { saleId: "sale-0000-0000-0002", payment: "CARD_PRESENT", [`qty.${f.jam.id}`]: "1" };
    const first = await sell(staffA, form);
    const second = await sell(staffA, form);
    expect(headerOf(second, "Location")).toBe(headerOf(first, "Location"));
    // Two arriving together: the sale's primary key lets one through.
    const input = { saleId: "sale-0000-0000-0003", payment: "CASH" as const, lines: [{ code: f.jam.id, quantity: 1 }] };
    const together = await Promise.all([sellAtCounter(staffAId, centreA, input), sellAtCounter(staffAId, centreA, input)]);
    expect(together.map((r) => r.ok && r.saleId)).toEqual(["sale-0000-0000-0003", "sale-0000-0000-0003"]);
    expect(await db.counterSale.count({ where: { id: { in: ["sale-0000-0000-0002", "sale-0000-0000-0003"] } } })).toBe(2);
    expect(await stockAt(centreA, f.jam.id)).toBe(2);
    expect(await db.ledgerJournal.count({ where: { key: { in: ["counter:sale-0000-0000-0002", "counter:sale-0000-0000-0003"] } } })).toBe(2);
    await expect(db.counterSale.create({ data: { id: "sale-0000-0000-0002", centreId: centreA, payment: "CASH", totalQ: 1 } })).rejects.toMatchObject({
      code: "P2002",
    });
    await expectMoneyInvariants();
  });

  it("refuses more than the centre holds, and sells nothing of the sale", async () => {
    const f = await jamAtCentreA();
    const journals = await db.ledgerJournal.count();
    const refused = await sell(staffA, { saleId: "sale-0000-0000-0004", payment: "CASH", [`qty.${f.jam.id}`]: "5" });
    expect(statusOf(refused)).toBe(409);
    expect(dataOf<{ error: string; item: string }>(refused)).toEqual({ error: "counter.notEnough", item: "Əncir mürəbbəsi" });
    expect(await stockAt(centreA, f.jam.id)).toBe(4);
    expect(await db.counterSale.count({ where: { id: "sale-0000-0000-0004" } })).toBe(0);
    expect(await db.ledgerJournal.count()).toBe(journals);
    expect(statusOf(await sell(staffA, { saleId: "sale-0000-0000-0004", payment: "CASH" }))).toBe(400);
  });

  it("staff of another centre cannot sell this centre's stock, read its receipts or take over its sale ids", async () => {
    const f = await jamAtCentreA();
    const elsewhere = await sell(staffB, { saleId: "sale-0000-0000-0005", payment: "CASH", [`qty.${f.jam.id}`]: "1" });
    expect(statusOf(elsewhere)).toBe(409);
    expect(dataOf<{ error: string }>(elsewhere).error).toBe("counter.unknownItem");
    expect(await stockAt(centreA, f.jam.id)).toBe(4);

    await sell(staffA, { saleId: "sale-0000-0000-0006", payment: "CASH", [`qty.${f.jam.id}`]: "1" });
    const read = (cookie: string) =>
      settle(() =>
        receipt.loader({
          request: getRequest("/centre/counter/sale-0000-0000-0006", { cookie }),
          params: { saleId: "sale-0000-0000-0006" },
          context: loadContext,
        }),
      );
    expect(statusOf(await read(staffA))).toBe(200);
    expect(statusOf(await read(staffB))).toBe(404);
    expect(statusOf(await read(f.cookie))).toBe(403);
    // Centre B sending the same sale id again finds no sale of its own.
    expect(statusOf(await sell(staffB, { saleId: "sale-0000-0000-0006", payment: "CASH", [`qty.${f.jam.id}`]: "1" }))).toBe(404);
    expect(await stockAt(centreA, f.jam.id)).toBe(3);
  });

  it("the code printed on the note, as text and as its QR code, goes straight into the sale; a search finds items by any word of their title or family", async () => {
    const f = await jamAtCentreA();
    const { note } = dataOf<{ note: PrintedConsignmentNote }>(
      await settle(() =>
        producerNote.loader({
          request: getRequest(`/dashboard/consignments/${f.noteId}`, { cookie: f.cookie }),
          params: { id: f.noteId },
          context: loadContext,
        }),
      ),
    );
    const [line] = note.lines;
    // The QR code holds exactly the printed code, which a scanner types (any case) with its Enter.
    expect(line.qr).toEqual(qrCode(line.code));
    for (const typed of [line.code, line.code.toUpperCase()]) {
      const scan = await settle(() =>
        counter.loader({ request: getRequest(`/centre/counter?q=${typed}`, { cookie: staffA }), params: {}, context: loadContext }),
      );
      expect(headerOf(scan, "Location")).toBe(`/centre/counter?item=${f.jam.id}`);
    }
    const page = dataOf<{ basket: { code: string; count: number }[]; matches: { code: string }[]; saleId: string }>(
      await settle(() =>
        counter.loader({
          request: getRequest(`/centre/counter?item=${f.jam.id}&item=${f.jam.id}&q=ƏNCİR`, { cookie: staffA }),
          params: {},
          context: loadContext,
        }),
      ),
    );
    expect(page.basket).toMatchObject([{ code: f.jam.id, count: 2 }]);
    expect(page.matches.map((m) => m.code)).toContain(f.jam.id);
    expect(page.saleId).toMatch(/^[a-z0-9-]{16,64}$/);
  });
});
