import { describe, expect, it } from "vitest";
import { action as importAction, loader as importLoader } from "~/routes/dashboard/dashboard.products.import";
import { loader as exportLoader } from "~/routes/dashboard/dashboard.products.export[.]csv";
import { parseCsv, writeCsv } from "~/utils/csv";
import { LISTING_CSV_COLUMNS } from "~/models/listings/listing-csv.server";
import { db } from "~/utils/db.server";
import { createProduct } from "../support/factories";
import { dataOf, getRequest, postRequest, settle, statusOf } from "../support/http";
import { createExperience, multipartRequest, producerSnapshot, routeArgs, twoProducers } from "../support/dashboard-factories";

type Reply = {
  stage: string;
  error?: { code: string; missing?: string[]; unknown?: string[] };
  preview?: { ok: boolean; errorCount: number; rows: { line: number; action: string; errors: { column: string; message: string }[] }[] };
  csv?: string;
  created?: number;
  updated?: number;
  unchanged?: number;
};

async function exportCsv(cookie: string) {
  const response = await exportLoader(routeArgs(getRequest("/dashboard/products/export.csv", { cookie })));
  expect(response.headers.get("Content-Type")).toContain("text/csv");
  // A byte-order mark first, or spreadsheet programs misread ə and ş (bytes: text() would drop it).
  const bytes = Buffer.from(await response.arrayBuffer());
  expect(bytes.subarray(0, 3).toString("hex")).toBe("efbbbf");
  return bytes.toString("utf8");
}

const upload = (cookie: string, csv: string, intent = "preview") =>
  settle(() =>
    importAction(
      routeArgs(
        multipartRequest("/dashboard/products/import", { intent }, { name: "listings.csv", field: "file", type: "text/csv", data: Buffer.from(csv) }, cookie),
      ),
    ),
  );
const confirm = (cookie: string, csv: string) =>
  settle(() => importAction(routeArgs(postRequest("/dashboard/products/import", { intent: "import", csv }, { cookie }))));

const FACT_COLUMNS = ["width_cm", "length_cm", "height_cm", "weight_g", "volume_ml", "shelf_life_days", "material", "allergens"];

async function ensureCarpets() {
  const sector =
    (await db.sector.findUnique({ where: { slug: "handicraft" } })) ??
    (await db.sector.create({ data: { slug: "handicraft", nameAz: "Sənətkarlıq", nameEn: "Handicraft", nameRu: "Ремёсла" } }));
  return (
    (await db.category.findUnique({ where: { slug: "carpets" } })) ??
    (await db.category.create({ data: { slug: "carpets", sectorId: sector.id, nameAz: "Xalça", nameEn: "Carpets", nameRu: "Ковры" } }))
  );
}

async function tricky(producerId: string) {
  const product = await createProduct(producerId, { titleAz: 'Bal, "dağ" balı', titleEn: "Mountain honey", seasonMonths: 0b111000 });
  await db.product.update({
    where: { id: product.id },
    data: { descriptionAz: "Birinci sətir\nİkinci sətir, vergüllə", descriptionRu: "Мёд «горный»", priceQ: 1205, stock: 0 },
  });
  // Text a spreadsheet would run as a formula, and text that only looks escaped already.
  const formulas = await createProduct(producerId, { titleAz: '=HYPERLINK("http://evil.example","Bal")', titleEn: "+1+1" });
  await db.product.update({
    where: { id: formulas.id },
    data: { titleRu: "'=already quoted", descriptionAz: "@SUM(A1)", descriptionEn: "-2+3", descriptionRu: "=1" },
  });
  const experience = await createExperience(producerId);
  await db.product.update({ where: { id: experience.id }, data: { descriptionAz: "Şəki turu", status: "ARCHIVED" } });
}

describe("listing CSV", () => {
  it("exports listings that re-import unchanged", async () => {
    const { a } = await twoProducers();
    await db.product.update({ where: { id: a.product.id }, data: { descriptionAz: "Təsvir" } });
    await tricky(a.producer.id);
    const before = await producerSnapshot(a.producer.id);
    const csv = await exportCsv(a.cookie);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...LISTING_CSV_COLUMNS]);
    expect(rows).toHaveLength(5);
    expect(rows.find((r) => r.includes("+1+1"))).toContain('=HYPERLINK("http://evil.example","Bal")');
    // As a spreadsheet reads the file: no cell starts with = + - @ or a tab.
    expect(csv).not.toMatch(/(^|,|\n)"?[=+\-@\t]/);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""Bal"")"`);

    const preview = dataOf<Reply>(await upload(a.cookie, csv));
    expect(preview.stage).toBe("preview");
    expect(preview.preview?.errorCount).toBe(0);
    expect(preview.preview?.rows.map((r) => r.action)).toEqual(["unchanged", "unchanged", "unchanged", "unchanged"]);

    const done = dataOf<Reply>(await confirm(a.cookie, preview.csv!));
    expect(done).toMatchObject({ stage: "done", created: 0, updated: 0, unchanged: 4 });
    expect(await producerSnapshot(a.producer.id)).toBe(before);
    expect(await exportCsv(a.cookie)).toBe(csv);
  });

  it("creates new rows and updates changed ones in one go, with the review rules of the form", async () => {
    const { a } = await twoProducers();
    await db.product.update({ where: { id: a.product.id }, data: { descriptionAz: "Təsvir" } });
    const rows = parseCsv(await exportCsv(a.cookie));
    const header = rows[0];
    const col = (name: string) => header.indexOf(name);
    const changed = [...rows[1]];
    changed[col("price_azn")] = "9,99";
    const fresh = header.map(() => "");
    Object.assign(fresh, {
      [col("kind")]: "GOOD",
      [col("category")]: "sweets",
      [col("unit")]: "box",
      [col("price_azn")]: "12",
      [col("stock")]: "5",
      [col("season_months")]: "all",
      [col("title_az")]: "Paxlava",
      [col("description_az")]: "Şəki paxlavası",
      [col("duration_min")]: "0",
      [col("weight_g")]: "1000",
    });
    const done = dataOf<Reply>(await confirm(a.cookie, writeCsv([header, changed, fresh])));
    expect(done).toMatchObject({ stage: "done", created: 1, updated: 1 });
    expect(await db.product.findUniqueOrThrow({ where: { id: a.product.id } })).toMatchObject({ priceQ: 999, status: "PUBLISHED" });
    expect(await db.product.findFirstOrThrow({ where: { producerId: a.producer.id, titleAz: "Paxlava" } })).toMatchObject({
      priceQ: 1200,
      status: "PENDING_REVIEW",
      weightG: 1000,
    });
  });

  it("carries a good's facts both ways, checked by its category's rule, row by row, all or nothing", async () => {
    const { a } = await twoProducers();
    const carpets = await ensureCarpets();
    await db.product.update({
      where: { id: a.product.id },
      data: { descriptionAz: "Təsvir", unit: "jar", volumeMl: 450, shelfLifeDays: 365, allergens: "nuts,milk", status: "PENDING_REVIEW" },
    });
    const rows = parseCsv(await exportCsv(a.cookie));
    const header = rows[0];
    const col = (name: string) => header.indexOf(name);
    expect(rows[1][col("volume_ml")]).toBe("450");
    expect(rows[1][col("allergens")]).toBe("nuts milk");
    expect(rows[1][col("width_cm")]).toBe("");

    const before = await producerSnapshot(a.producer.id);
    const blank = header.map(() => "");
    const carpet = Object.assign([...blank], {
      [col("kind")]: "GOOD",
      [col("category")]: carpets.slug,
      [col("unit")]: "piece",
      [col("price_azn")]: "900",
      [col("stock")]: "1",
      [col("title_az")]: "Qazax xalçası",
      [col("description_az")]: "Yun xalça",
      [col("duration_min")]: "0",
      [col("length_cm")]: "230",
      [col("material")]: "wool",
    });
    const jam = [...rows[1]];
    jam[col("volume_ml")] = "";
    const contradiction = Object.assign([...jam], { [col("id")]: "", [col("volume_ml")]: "300", [col("allergens")]: "none milk" });
    const stray = Object.assign([...carpet], { [col("width_cm")]: "150", [col("shelf_life_days")]: "30", [col("material")]: "plastic" });
    const csv = writeCsv([header, carpet, jam, contradiction, stray]);
    const reply = dataOf<Reply>(await confirm(a.cookie, csv));
    expect(reply.stage).toBe("preview");
    const [carpetRow, jamRow, contradictionRow, strayRow] = reply.preview!.rows;
    expect(carpetRow.errors).toEqual([{ column: "width_cm", message: "facts.error.required" }]);
    expect(jamRow.errors).toEqual([{ column: "weight_g", message: "facts.error.weightOrVolume" }]);
    expect(contradictionRow.errors).toEqual([{ column: "allergens", message: "facts.error.noneAndSome" }]);
    expect(strayRow.errors).toEqual([
      { column: "material", message: "form.invalid" },
      { column: "shelf_life_days", message: "dashboard.csv.factNotTaken" },
    ]);
    // Wrong elsewhere too, a row still hears which facts it lacks.
    const unpriced = Object.assign([...carpet], { [col("price_azn")]: "", [col("length_cm")]: "" });
    expect(dataOf<Reply>(await upload(a.cookie, writeCsv([header, unpriced]))).preview!.rows[0].errors).toEqual(
      expect.arrayContaining([
        { column: "price_azn", message: expect.any(String) },
        { column: "width_cm", message: "facts.error.required" },
        { column: "length_cm", message: "facts.error.required" },
      ]),
    );
    expect(reply.preview!.errorCount).toBe(4);
    expect(await producerSnapshot(a.producer.id)).toBe(before);

    // Put right, the carpet is created with its size and the jam says it has no allergens.
    carpet[col("width_cm")] = "150";
    jam[col("volume_ml")] = "450";
    jam[col("allergens")] = "none";
    expect(dataOf<Reply>(await confirm(a.cookie, writeCsv([header, carpet, jam])))).toMatchObject({ stage: "done", created: 1, updated: 1 });
    expect(await db.product.findFirstOrThrow({ where: { producerId: a.producer.id, titleAz: "Qazax xalçası" } })).toMatchObject({
      widthCm: 150,
      lengthCm: 230,
      material: "wool",
      status: "PENDING_REVIEW",
    });
    expect(await db.product.findUniqueOrThrow({ where: { id: a.product.id } })).toMatchObject({ volumeMl: 450, allergens: "none" });

    // A file from before the facts had columns leaves them as they are.
    const old = parseCsv(await exportCsv(a.cookie)).map((row) => row.filter((_, i) => !FACT_COLUMNS.includes(header[i])));
    old[1][old[0].indexOf("price_azn")] = "5,00";
    expect(dataOf<Reply>(await confirm(a.cookie, writeCsv(old)))).toMatchObject({ stage: "done", updated: 1 });
    expect(await db.product.findUniqueOrThrow({ where: { id: a.product.id } })).toMatchObject({ priceQ: 500, volumeMl: 450, allergens: "none" });
  });

  it("shows per-row errors and writes nothing when any row is wrong", async () => {
    const { a, b } = await twoProducers();
    await db.product.update({ where: { id: a.product.id }, data: { descriptionAz: "Təsvir" } });
    const rows = parseCsv(await exportCsv(a.cookie));
    const header = rows[0];
    const col = (name: string) => header.indexOf(name);
    const good = [...rows[1]];
    good[col("price_azn")] = "7.00";
    const negative = [...rows[1]];
    negative[col("id")] = "";
    negative[col("price_azn")] = "-1";
    negative[col("stock")] = "-4";
    const foreign = [...rows[1]];
    foreign[col("id")] = b.product.id;
    const badCategory = [...rows[1]];
    badCategory[col("id")] = "";
    badCategory[col("category")] = "no-such-category";
    badCategory[col("season_months")] = "13";
    const before = [await producerSnapshot(a.producer.id), await producerSnapshot(b.producer.id)];
    const csv = writeCsv([header, good, negative, foreign, badCategory]);

    for (const result of [await upload(a.cookie, csv), await confirm(a.cookie, csv)]) {
      expect(statusOf(result)).toBeLessThan(500);
      const reply = dataOf<Reply>(result);
      expect(reply.stage).toBe("preview");
      const previewRows = reply.preview!.rows;
      expect(previewRows[0].errors).toEqual([]);
      expect(previewRows[1].errors).toEqual(
        expect.arrayContaining([
          { column: "price_azn", message: "dashboard.error.priceNegative" },
          { column: "stock", message: "dashboard.error.stockNegative" },
        ]),
      );
      expect(previewRows[2].errors).toEqual([{ column: "id", message: "dashboard.csv.unknownId" }]);
      expect(previewRows[3].errors).toEqual(
        expect.arrayContaining([
          { column: "category", message: "dashboard.error.categoryMissing" },
          { column: "season_months", message: "dashboard.csv.season" },
        ]),
      );
      expect(reply.preview!.errorCount).toBe(3);
    }
    expect([await producerSnapshot(a.producer.id), await producerSnapshot(b.producer.id)]).toEqual(before);
  });

  it("answers a wrong header with a clear message and writes nothing", async () => {
    const { a } = await twoProducers();
    const before = await producerSnapshot(a.producer.id);
    const csv = "name,price\nBal,4.50\n";
    const result = await upload(a.cookie, csv);
    expect(statusOf(result)).toBe(400);
    const reply = dataOf<Reply>(result);
    expect(reply.error?.code).toBe("dashboard.csv.header");
    expect(reply.error?.missing).toContain("title_az");
    expect(reply.error?.unknown).toEqual(["name", "price"]);
    expect(statusOf(await confirm(a.cookie, csv))).toBe(400);
    expect(await producerSnapshot(a.producer.id)).toBe(before);
  });

  it("reports an unclosed quote and an empty upload", async () => {
    const { a } = await twoProducers();
    const header = LISTING_CSV_COLUMNS.join(",");
    expect(dataOf<Reply>(await upload(a.cookie, `${header}\n"abc,1\n`)).error?.code).toBe("dashboard.csv.syntax");
    expect(dataOf<Reply>(await upload(a.cookie, `${header}\n`)).error?.code).toBe("dashboard.csv.empty");
    expect(statusOf(await settle(() => importLoader(routeArgs(getRequest("/dashboard/products/import", { cookie: a.cookie })))))).toBe(200);
  });

  it("exports only the producer's own listings", async () => {
    const { a, b } = await twoProducers();
    const csv = await exportCsv(a.cookie);
    expect(csv).toContain(a.product.id);
    expect(csv).not.toContain(b.product.id);
  });
});
