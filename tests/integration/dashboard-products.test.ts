import { describe, expect, it } from "vitest";
import { action as overviewAction, loader as overviewLoader } from "~/routes/dashboard/dashboard._index";
import { action as listAction, loader as listLoader } from "~/routes/dashboard/dashboard.products._index";
import { action as newAction } from "~/routes/dashboard/dashboard.products.new";
import { action as editAction, loader as editLoader } from "~/routes/dashboard/dashboard.products.$id";
import { loader as layoutLoader } from "~/routes/dashboard/dashboard";
import { parseAzn } from "~/utils/money-input";
import { db } from "~/utils/db.server";
import { createProducer, createProduct, createUser } from "../support/factories";
import { dataOf, getRequest, headerOf, postRequest, sessionCookieFor, settle, statusOf } from "../support/http";
import { createMentorTask, listingForm, producerSnapshot, routeArgs, twoProducers } from "../support/dashboard-factories";

type Reply = { error?: Record<string, string[] | null> };

describe("prices typed in AZN", () => {
  it("reads decimal commas and points into qəpik without floating point", () => {
    expect(parseAzn("4,50")).toEqual({ ok: true, qepik: 450 });
    expect(parseAzn("4.50")).toEqual({ ok: true, qepik: 450 });
    expect(parseAzn("4,5")).toEqual({ ok: true, qepik: 450 });
    expect(parseAzn(" 1 250 ")).toEqual({ ok: true, qepik: 125000 });
    expect(parseAzn("0.29")).toEqual({ ok: true, qepik: 29 });
    expect(parseAzn("-1")).toEqual({ ok: false, error: "dashboard.error.priceNegative" });
    expect(parseAzn("4.505")).toEqual({ ok: false, error: "dashboard.error.priceFormat" });
    expect(parseAzn("abc")).toEqual({ ok: false, error: "dashboard.error.priceFormat" });
  });
});

describe("another producer's listings", () => {
  it("are 404 on every products loader and action, and nothing changes", async () => {
    const { a, b } = await twoProducers();
    const variantB = await db.variant.create({ data: { productId: b.product.id, nameAz: "1 kq", priceQ: 900, stock: 3 } });
    const before = await producerSnapshot(b.producer.id);
    const id = b.product.id;
    const cookie = a.cookie;

    expect(statusOf(await settle(async () => editLoader(routeArgs(getRequest(`/dashboard/products/${id}`, { cookie }), { id }))))).toBe(404);
    const form = await listingForm({ price: "1" });
    for (const body of <Record<string, string>[]>[
      form,
      { intent: "addVariant", nameAz: "2 kq", price: "1", stock: "1" },
      { intent: "updateVariant", variantId: variantB.id, nameAz: "x", price: "1", stock: "1" },
      { intent: "removeVariant", variantId: variantB.id },
    ]) {
      const result = await settle(async () => editAction(routeArgs(postRequest(`/dashboard/products/${id}`, body, { cookie }), { id })));
      expect(statusOf(result), JSON.stringify(body)).toBe(404);
    }
    // B's variant through A's own product id is not found either.
    const ownId = a.product.id;
    for (const body of <Record<string, string>[]>[
      { intent: "updateVariant", variantId: variantB.id, nameAz: "x", price: "1", stock: "1" },
      { intent: "removeVariant", variantId: variantB.id },
    ]) {
      const result = await settle(async () => editAction(routeArgs(postRequest(`/dashboard/products/${ownId}`, body, { cookie }), { id: ownId })));
      expect(statusOf(result)).toBe(404);
    }
    for (const intent of ["archive", "restore"]) {
      const result = await settle(async () => listAction(routeArgs(postRequest("/dashboard/products", { intent, id }, { cookie }))));
      expect(statusOf(result)).toBe(404);
    }
    expect(await producerSnapshot(b.producer.id)).toBe(before);

    const list = dataOf<{ items: { id: string }[] }>(await listLoader(routeArgs(getRequest("/dashboard/products", { cookie }))));
    expect(list.items.map((item) => item.id)).toEqual([a.product.id]);
  });

  it("keeps mentor tasks to their own producer", async () => {
    const { a, b } = await twoProducers();
    const taskB = await createMentorTask(b.producer.id);
    const result = await settle(async () =>
      overviewAction(routeArgs(postRequest("/dashboard", { intent: "completeTask", taskId: taskB.id }, { cookie: a.cookie }))),
    );
    expect(statusOf(result)).toBe(404);
    expect((await db.mentorTask.findUniqueOrThrow({ where: { id: taskB.id } })).doneAt).toBeNull();
  });
});

describe("creating a listing", () => {
  it("stores the price in qəpik and sends the listing to review", async () => {
    const { a } = await twoProducers();
    const result = await settle(async () =>
      newAction(routeArgs(postRequest("/dashboard/products/new", { ...(await listingFormFor()), months: ["6", "7"] }, { cookie: a.cookie }))),
    );
    expect(statusOf(result)).toBe(302);
    const product = await db.product.findFirstOrThrow({ where: { producerId: a.producer.id, titleAz: "Ev tutu mürəbbəsi" } });
    expect(headerOf(result, "Location")).toBe(`/dashboard/products/${product.id}/photos?created=1`);
    expect(product.priceQ).toBe(450);
    expect(product.stock).toBe(12);
    expect(product.status).toBe("PENDING_REVIEW");
    expect(product.seasonMonths).toBe((1 << 5) | (1 << 6));
  });

  it("answers a negative price or stock with field errors and writes nothing", async () => {
    const { a } = await twoProducers();
    const before = await db.product.count();
    const result = await settle(async () =>
      newAction(routeArgs(postRequest("/dashboard/products/new", await listingForm({ price: "-4,50", stock: "-2" }), { cookie: a.cookie }))),
    );
    expect(statusOf(result)).toBe(400);
    const reply = dataOf<Reply>(result);
    expect(reply.error?.price).toEqual(["dashboard.error.priceNegative"]);
    expect(reply.error?.stock).toEqual(["dashboard.error.stockNegative"]);
    expect(await db.product.count()).toBe(before);
  });

  it("requires the Azerbaijani texts, and a meeting point and duration for experiences", async () => {
    const { a } = await twoProducers();
    const result = await settle(async () =>
      newAction(
        routeArgs(postRequest("/dashboard/products/new", await listingForm({ titleAz: "", kind: "EXPERIENCE", unit: "person" }), { cookie: a.cookie })),
      ),
    );
    expect(statusOf(result)).toBe(400);
    expect(dataOf<Reply>(result).error?.titleAz).toEqual(["form.required"]);
    const experience = await settle(async () =>
      newAction(routeArgs(postRequest("/dashboard/products/new", await listingForm({ kind: "EXPERIENCE", unit: "person" }), { cookie: a.cookie }))),
    );
    expect(statusOf(experience)).toBe(400);
    const reply = dataOf<Reply>(experience);
    expect(reply.error?.meetingPoint).toEqual(["dashboard.error.meetingPointRequired"]);
    expect(reply.error?.durationMin).toEqual(["dashboard.error.durationRequired"]);
  });

  it("refuses an unknown category", async () => {
    const { a } = await twoProducers();
    const result = await settle(async () =>
      newAction(routeArgs(postRequest("/dashboard/products/new", await listingForm({ categoryId: "99999" }), { cookie: a.cookie }))),
    );
    expect(statusOf(result)).toBe(400);
    expect(dataOf<{ error: Record<string, string[]> }>(result).error.categoryId).toEqual(["dashboard.error.categoryMissing"]);
  });
});

async function listingFormFor() {
  return listingForm();
}

describe("editing a published listing", () => {
  it("applies price and stock at once; text changes wait in a revision while the listing stays on sale", async () => {
    const { a } = await twoProducers();
    const id = a.product.id;
    const base = await listingForm({ titleAz: a.product.titleAz, titleEn: a.product.titleEn, descriptionAz: a.product.descriptionAz || "Təsvir" });
    await db.product.update({ where: { id }, data: { descriptionAz: base.descriptionAz, unit: "jar" } });

    const priceOnly = await settle(async () =>
      editAction(routeArgs(postRequest(`/dashboard/products/${id}`, { ...base, price: "5.20", stock: "7" }, { cookie: a.cookie }), { id })),
    );
    expect(statusOf(priceOnly)).toBe(200);
    let product = await db.product.findUniqueOrThrow({ where: { id } });
    expect(product).toMatchObject({ priceQ: 520, stock: 7, status: "PUBLISHED" });

    await settle(async () =>
      editAction(routeArgs(postRequest(`/dashboard/products/${id}`, { ...base, price: "5.20", stock: "7", titleAz: "Yeni ad" }, { cookie: a.cookie }), { id })),
    );
    product = await db.product.findUniqueOrThrow({ where: { id } });
    expect(product).toMatchObject({ titleAz: a.product.titleAz, status: "PUBLISHED" });
    expect(JSON.parse((await db.revision.findFirstOrThrow({ where: { subjectId: id, status: "PENDING" } })).changes).fields).toEqual({ titleAz: "Yeni ad" });
  });

  it("rejects a negative price with a field error and changes nothing", async () => {
    const { a } = await twoProducers();
    const id = a.product.id;
    const result = await settle(async () =>
      editAction(routeArgs(postRequest(`/dashboard/products/${id}`, await listingForm({ price: "-1", stock: "-1" }), { cookie: a.cookie }), { id })),
    );
    expect(statusOf(result)).toBe(400);
    const reply = dataOf<{ reply: Reply }>(result).reply;
    expect(reply.error?.price).toEqual(["dashboard.error.priceNegative"]);
    expect(reply.error?.stock).toEqual(["dashboard.error.stockNegative"]);
    expect((await db.product.findUniqueOrThrow({ where: { id } })).priceQ).toBe(a.product.priceQ);
  });

  it("adds, edits and removes variants of a listing in review; price changes never send a live listing back", async () => {
    const { a } = await twoProducers();
    const id = a.product.id;
    const post = (body: Record<string, string>) =>
      settle(async () => editAction(routeArgs(postRequest(`/dashboard/products/${id}`, body, { cookie: a.cookie }), { id })));

    const bad = await post({ intent: "addVariant", nameAz: "1 kq", price: "-3", stock: "-1" });
    expect(statusOf(bad)).toBe(400);
    expect(dataOf<{ errors: Record<string, string[]> }>(bad).errors).toMatchObject({
      price: ["dashboard.error.priceNegative"],
      stock: ["dashboard.error.stockNegative"],
    });
    expect(await db.variant.count({ where: { productId: id } })).toBe(0);

    await db.product.update({ where: { id }, data: { status: "REJECTED" } });
    expect(statusOf(await post({ intent: "addVariant", nameAz: "1 kq", price: "9,90", stock: "4" }))).toBe(200);
    const variant = await db.variant.findFirstOrThrow({ where: { productId: id } });
    expect(variant).toMatchObject({ nameAz: "1 kq", priceQ: 990, stock: 4 });
    expect((await db.product.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING_REVIEW");

    await db.product.update({ where: { id }, data: { status: "PUBLISHED" } });
    await post({ intent: "updateVariant", variantId: variant.id, nameAz: "1 kq", price: "8.00", stock: "2" });
    expect(await db.variant.findUniqueOrThrow({ where: { id: variant.id } })).toMatchObject({ priceQ: 800, stock: 2 });
    expect((await db.product.findUniqueOrThrow({ where: { id } })).status).toBe("PUBLISHED");

    await post({ intent: "removeVariant", variantId: variant.id });
    expect(await db.variant.count({ where: { productId: id } })).toBe(0);
  });
});

describe("archiving", () => {
  it("archives and restores to review; filters by status", async () => {
    const { a } = await twoProducers();
    const id = a.product.id;
    await listAction(routeArgs(postRequest("/dashboard/products", { intent: "archive", id }, { cookie: a.cookie })));
    expect((await db.product.findUniqueOrThrow({ where: { id } })).status).toBe("ARCHIVED");
    const archived = dataOf<{ items: { id: string }[] }>(await listLoader(routeArgs(getRequest("/dashboard/products?status=ARCHIVED", { cookie: a.cookie }))));
    expect(archived.items.map((i) => i.id)).toEqual([id]);
    const again = await settle(async () => listAction(routeArgs(postRequest("/dashboard/products", { intent: "archive", id }, { cookie: a.cookie }))));
    expect(statusOf(again)).toBe(400);
    await listAction(routeArgs(postRequest("/dashboard/products", { intent: "restore", id }, { cookie: a.cookie })));
    expect((await db.product.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING_REVIEW");
  });
});

describe("overview", () => {
  it("shows low stock, out-of-season and rejected listings and completes a task", async () => {
    const { a } = await twoProducers();
    await createProduct(a.producer.id, { titleAz: "Az qalan", stock: 2 });
    await createProduct(a.producer.id, { titleAz: "Mövsümsüz", seasonMonths: 0 });
    const rejected = await createProduct(a.producer.id, { titleAz: "Rədd", status: "REJECTED" });
    await db.product.update({ where: { id: rejected.id }, data: { reviewNote: "Şəkil bulanıqdır" } });
    const task = await createMentorTask(a.producer.id);
    const overview = dataOf<{
      active: true;
      stock: { items: { title: string }[] };
      warnings: { outOfSeason: { title: string }[]; rejected: { reason: string }[] };
      tasks: { id: string }[];
    }>(await overviewLoader(routeArgs(getRequest("/dashboard", { cookie: a.cookie }))));
    expect(overview.stock.items.map((i) => i.title)).toContain("Az qalan");
    expect(overview.warnings.outOfSeason.map((i) => i.title)).toContain("Mövsümsüz");
    expect(overview.warnings.rejected.map((i) => i.reason)).toEqual(["Şəkil bulanıqdır"]);
    expect(overview.tasks.map((t) => t.id)).toEqual([task.id]);
    await overviewAction(routeArgs(postRequest("/dashboard", { intent: "completeTask", taskId: task.id }, { cookie: a.cookie })));
    expect((await db.mentorTask.findUniqueOrThrow({ where: { id: task.id } })).doneById).toBe(a.member.id);
  });

  it("shows an applicant only the status; other dashboard pages send them back", async () => {
    const member = await createUser();
    await createProducer({ status: "APPLIED", memberId: member.id });
    const cookie = await sessionCookieFor(member.id);
    const layout = dataOf<{ producer: { status: string } }>(await layoutLoader(routeArgs(getRequest("/dashboard", { cookie }))));
    expect(layout.producer.status).toBe("APPLIED");
    expect(dataOf<{ active: boolean }>(await overviewLoader(routeArgs(getRequest("/dashboard", { cookie })))).active).toBe(false);
    const products = await settle(async () => listLoader(routeArgs(getRequest("/dashboard/products", { cookie }))));
    expect(statusOf(products)).toBe(302);
    expect(headerOf(products, "Location")).toBe("/dashboard");
  });
});

describe("each kind has its own form", () => {
  const experienceForm = (overrides: Record<string, string | string[]> = {}) =>
    listingForm({
      kind: "EXPERIENCE",
      titleAz: "Şəki mətbəxi: ustad dərsi",
      unit: "",
      stock: "",
      price: "35",
      groupSize: "8",
      durationMin: "150",
      meetingPoint: "Şəki, Kiş kəndi",
      languages: ["az", "en"],
      included: "Ərzaq və çay",
      bring: "Önlük",
      cancellationPolicy: "FLEXIBLE",
      ...overrides,
    });
  const stayForm = (overrides: Record<string, string | string[]> = {}) =>
    listingForm({
      kind: "STAY",
      titleAz: "Lahıcda iki nəfərlik otaq",
      unit: "",
      stock: "",
      price: "60",
      weekendPrice: "75",
      seasonPrice: "80",
      months: ["6", "7", "8"],
      maxGuests: "2",
      minNights: "2",
      address: "Lahıc, Hüseynov küçəsi 12",
      languages: ["az", "ru"],
      included: "Səhər yeməyi",
      bring: "",
      cancellationPolicy: "STRICT",
      ...overrides,
    });

  it("creates an experience with places per date, languages and a policy, and no stock", async () => {
    const { a } = await twoProducers();
    const result = await settle(async () =>
      newAction(routeArgs(postRequest("/dashboard/products/new?kind=EXPERIENCE", await experienceForm(), { cookie: a.cookie }))),
    );
    expect(statusOf(result)).toBe(302);
    const product = await db.product.findFirstOrThrow({ where: { producerId: a.producer.id, titleAz: "Şəki mətbəxi: ustad dərsi" } });
    expect(product).toMatchObject({
      kind: "EXPERIENCE",
      unit: "person",
      priceQ: 3500,
      stock: 0,
      maxGuests: 8,
      durationMin: 150,
      meetingPoint: "Şəki, Kiş kəndi",
      languages: "az,en",
      included: "Ərzaq və çay",
      bring: "Önlük",
      cancellationPolicy: "FLEXIBLE",
    });
  });

  it("creates a stay with nightly, weekend and season prices, guests, minimum nights and an address", async () => {
    const { a } = await twoProducers();
    const result = await settle(async () => newAction(routeArgs(postRequest("/dashboard/products/new?kind=STAY", await stayForm(), { cookie: a.cookie }))));
    expect(statusOf(result)).toBe(302);
    const product = await db.product.findFirstOrThrow({ where: { producerId: a.producer.id, titleAz: "Lahıcda iki nəfərlik otaq" } });
    expect(product).toMatchObject({
      kind: "STAY",
      unit: "night",
      priceQ: 6000,
      weekendPriceQ: 7500,
      seasonPriceQ: 8000,
      seasonMonths: (1 << 5) | (1 << 6) | (1 << 7),
      maxGuests: 2,
      minNights: 2,
      meetingPoint: "Lahıc, Hüseynov küçəsi 12",
      languages: "az,ru",
      cancellationPolicy: "STRICT",
      durationMin: 0,
    });
  });

  it("checks each kind for its own fields: bad input gets field errors and writes nothing", async () => {
    const { a } = await twoProducers();
    const before = await db.product.count();
    const post = async (form: Record<string, string | string[]>) => {
      const result = await settle(async () => newAction(routeArgs(postRequest("/dashboard/products/new", form, { cookie: a.cookie }))));
      expect(statusOf(result)).toBe(400);
      return dataOf<Reply>(result).error ?? {};
    };

    const good = await post(await listingForm({ stock: "", unit: "night" }));
    expect(good.stock).toEqual(["form.required"]);
    // Nights and people are not units of goods.
    expect(good.unit).toEqual(["form.required"]);

    const experience = await post(
      await experienceForm({ groupSize: "0", durationMin: "", meetingPoint: "", cancellationPolicy: "SOMETIMES", languages: ["az", "fr"] }),
    );
    expect(experience.groupSize).toEqual(["dashboard.slots.capacityMin"]);
    expect(experience.durationMin).toEqual(["dashboard.error.durationRequired"]);
    expect(experience.meetingPoint).toEqual(["dashboard.error.meetingPointRequired"]);
    expect(experience.cancellationPolicy).toEqual(["dashboard.error.policyRequired"]);
    expect(experience["languages[1]"]).toEqual(["form.invalid"]);
    // An experience has no stock to check.
    expect(experience.stock).toBeUndefined();

    const stay = await post(await stayForm({ maxGuests: "", minNights: "0", address: "", weekendPrice: "-5" }));
    expect(stay.maxGuests).toEqual(["form.required"]);
    expect(stay.minNights).toEqual(["dashboard.error.nightsMin"]);
    expect(stay.address).toEqual(["dashboard.error.addressRequired"]);
    expect(stay.weekendPrice).toEqual(["dashboard.error.priceNegative"]);
    expect(stay.stock).toBeUndefined();
    // A season price with no season months would never apply.
    expect((await post(await stayForm({ months: [] }))).months).toEqual(["dashboard.error.seasonMonthsRequired"]);

    const unknown = await post(await listingForm({ kind: "BOAT" }));
    expect(unknown.kind).toEqual(["form.required"]);
    expect(await db.product.count()).toBe(before);
  });

  it("edits a stay with the stay's own fields and keeps its kind", async () => {
    const { a } = await twoProducers();
    await settle(async () => newAction(routeArgs(postRequest("/dashboard/products/new?kind=STAY", await stayForm(), { cookie: a.cookie }))));
    const stay = await db.product.findFirstOrThrow({ where: { producerId: a.producer.id, kind: "STAY" } });
    const edit = dataOf<{ listing: { kind: string; maxGuests: number; weekendPriceQ: number | null } }>(
      await editLoader(routeArgs(getRequest(`/dashboard/products/${stay.id}`, { cookie: a.cookie }), { id: stay.id })),
    );
    expect(edit.listing).toMatchObject({ kind: "STAY", maxGuests: 2, weekendPriceQ: 7500 });
    const result = await settle(async () =>
      editAction(
        routeArgs(postRequest(`/dashboard/products/${stay.id}`, await stayForm({ maxGuests: "3", weekendPrice: "" }), { cookie: a.cookie }), { id: stay.id }),
      ),
    );
    expect(statusOf(result)).toBe(200);
    expect(await db.product.findUniqueOrThrow({ where: { id: stay.id } })).toMatchObject({ maxGuests: 3, weekendPriceQ: null, minNights: 2 });
  });
});

describe("the products list for experiences and stays", () => {
  it("counts places on open dates and booked nights, not stock", async () => {
    const { a } = await twoProducers();
    const tour = await createProduct(a.producer.id, { kind: "EXPERIENCE", unit: "person", stock: 0 });
    const soon = new Date(Date.now() + 5 * 86_400_000);
    await db.slot.createMany({
      data: [
        { productId: tour.id, startsAt: soon, capacity: 8, seatsTaken: 3 },
        { productId: tour.id, startsAt: new Date(soon.getTime() + 86_400_000), capacity: 6 },
        { productId: tour.id, startsAt: new Date(soon.getTime() + 2 * 86_400_000), capacity: 6, closed: true },
      ],
    });
    const room = await createProduct(a.producer.id, { kind: "STAY", unit: "night", stock: 0 });
    await db.product.update({ where: { id: room.id }, data: { maxGuests: 3 } });
    const { addDays } = await import("~/models/bookings/stay-dates");
    const { bakuToday } = await import("~/utils/baku-time");
    // A blocked night is not a booking.
    await db.stayNight.create({ data: { productId: room.id, night: addDays(bakuToday(), 3) } });
    const list = dataOf<{ items: { id: string; openDates: number; placesLeft: number; bookedNights: number; maxGuests: number }[] }>(
      await listLoader(routeArgs(getRequest("/dashboard/products", { cookie: a.cookie }))),
    );
    expect(list.items.find((i) => i.id === tour.id)).toMatchObject({ openDates: 2, placesLeft: 11 });
    expect(list.items.find((i) => i.id === room.id)).toMatchObject({ maxGuests: 3, bookedNights: 0 });
  });
});
