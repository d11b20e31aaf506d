import { listSendableItems, receiveConsignment, sendConsignment } from "~/models/centres/consignments.server";
import { sellAtCounter } from "~/models/centres/counter.server";
import { db } from "~/utils/db.server";

const DAY = 24 * 60 * 60 * 1000;

/**
 * The demo family's goods at the Baku centre, made through the same functions the pages use, so
 * stock and ledger agree: a note received nine days ago (boxes of halva and şəkərbura) and two
 * counter sales from it, one in cash and one on the centre's card terminal; and a note of walnut
 * halva sent yesterday, still on its way.
 */
export async function seedConsignments(centreId: string) {
  const producer = await db.producer.findUniqueOrThrow({ where: { slug: "mammadovlar-shirniyyat-evi" }, select: { id: true } });
  const member = await db.user.findUniqueOrThrow({ where: { email: "producer@example.az" }, select: { id: true } });
  const staff = await db.user.findUniqueOrThrow({ where: { email: "centre@example.az" }, select: { id: true } });
  const items = await listSendableItems(producer.id, "az");
  const code = (title: string) => {
    const item = items.find((i) => i.title === title);
    if (!item) throw new Error(`seed: no ${title} to send`);
    return item.code;
  };
  const halva = code("Şəki halvası (ənənəvi) — 0,5 kq qutu");
  const shakarbura = code("Şəkərbura (12 ədədlik qutu)");
  const walnut = code("Qozlu Şəki halvası");
  const now = Date.now();

  const sent = await sendConsignment(
    member.id,
    producer.id,
    {
      centreId,
      lines: [
        { code: halva, quantity: 8 },
        { code: shakarbura, quantity: 10 },
      ],
    },
    new Date(now - 10 * DAY),
  );
  if (!sent.ok) throw new Error(`seed: consignment ${sent.error}`);
  const received = await receiveConsignment(staff.id, centreId, sent.id, new Map(), new Date(now - 9 * DAY));
  if (!received.ok) throw new Error(`seed: receipt ${received.error}`);
  const sales = [
    {
      saleId: "seed-counter-sale-0001",
      payment: "CASH" as const,
      lines: [
        { code: halva, quantity: 2 },
        { code: shakarbura, quantity: 1 },
      ],
      at: 8 * DAY,
    },
    { saleId: "seed-counter-sale-0002", payment: "CARD_PRESENT" as const, lines: [{ code: shakarbura, quantity: 3 }], at: 3 * DAY },
  ];
  for (const { at, ...sale } of sales) {
    const result = await sellAtCounter(staff.id, centreId, sale, new Date(now - at));
    if (!result.ok) throw new Error(`seed: counter sale ${result.error}`);
  }

  const onTheWay = await sendConsignment(member.id, producer.id, { centreId, lines: [{ code: walnut, quantity: 5 }] }, new Date(now - DAY));
  if (!onTheWay.ok) throw new Error(`seed: consignment ${onTheWay.error}`);
}
