import { isMessageKey } from "~/locales/index.server";
import type { MessageKey } from "~/locales/types";
import { z } from "zod";
import { db } from "~/utils/db.server";
import { CsvSyntaxError, parseCsv, writeCsv } from "~/utils/csv";
import { listingSchema, type ListingInput } from "~/models/listings/listing-schema";
import { formatAznInput } from "~/utils/money-input";
import { createListing, listingColumns, updateListing } from "~/models/listings/listings.server";
import { isNotFound, orNotFound, type NotFound } from "~/utils/result";
import { ALL_YEAR, maskToMonths } from "~/models/catalog/season";
import {
  allowedFacts,
  factRule,
  factsFields,
  factsFromInput,
  FACT_FIELDS,
  missingFacts,
  type FactField,
  type ProductFacts,
} from "~/models/catalog/product-facts";
import { isOneOf } from "~/utils/one-of";

/**
 * The listing CSV: what the export writes is exactly what the import reads, so an exported file
 * imports back with no change. `status` is informative and ignored on import; variants, photos and
 * slots are managed in the dashboard, not in the file. A good's facts have a column each (empty:
 * not stated; allergens as codes with spaces between, or "none"); a file made before they existed
 * has none of those columns and leaves every listing's facts as they are.
 */
export const LISTING_CSV_COLUMNS = [
  "id",
  "kind",
  "category",
  "unit",
  "price_azn",
  "stock",
  "season_months",
  "title_az",
  "title_en",
  "title_ru",
  "description_az",
  "description_en",
  "description_ru",
  "meeting_point",
  "duration_min",
  "width_cm",
  "length_cm",
  "height_cm",
  "weight_g",
  "volume_ml",
  "shelf_life_days",
  "material",
  "allergens",
  "status",
] as const;
type Column = (typeof LISTING_CSV_COLUMNS)[number];

/** Each fact's column; a file may leave all of them out (then a row keeps the facts it has). */
const FACT_COLUMN: Record<FactField, Column> = {
  widthCm: "width_cm",
  lengthCm: "length_cm",
  heightCm: "height_cm",
  weightG: "weight_g",
  volumeMl: "volume_ml",
  shelfLifeDays: "shelf_life_days",
  material: "material",
  allergens: "allergens",
};
const OPTIONAL_COLUMNS: readonly Column[] = Object.values(FACT_COLUMN);

export const MAX_CSV_BYTES = 1024 * 1024;
export const MAX_CSV_ROWS = 500;

const FIELD_COLUMN: Record<string, Column> = {
  titleAz: "title_az",
  titleEn: "title_en",
  titleRu: "title_ru",
  descriptionAz: "description_az",
  descriptionEn: "description_en",
  descriptionRu: "description_ru",
  categoryId: "category",
  unit: "unit",
  kind: "kind",
  price: "price_azn",
  stock: "stock",
  months: "season_months",
  meetingPoint: "meeting_point",
  address: "meeting_point",
  durationMin: "duration_min",
  ...FACT_COLUMN,
};

function seasonText(mask: number) {
  return mask === ALL_YEAR ? "all" : maskToMonths(mask).join(" ");
}

const factsSchema = z.object(factsFields);

const FACT_SELECT = Object.fromEntries(FACT_FIELDS.map((f) => [f, true])) as Record<FactField, true>;

/** A good's facts as cells, kept to what its category takes (as its page shows them). */
function factCells(product: ProductFacts & { kind: string; category: { slug: string; sector: { slug: string } } }) {
  if (product.kind !== "GOOD") return FACT_FIELDS.map(() => "");
  const facts = allowedFacts(factRule({ slug: product.category.slug, sectorSlug: product.category.sector.slug }), product);
  return FACT_FIELDS.map((field) => (field === "allergens" ? (facts.allergens ?? "").split(",").join(" ") : String(facts[field] ?? "")));
}

/** The facts as the form sends them: a cell of the file, or (no such column) what the listing has now. */
function factsInput(cell: (column: Column) => string | undefined, current: ProductFacts | undefined) {
  const text = (field: FactField) => {
    const value = cell(FACT_COLUMN[field]);
    if (value !== undefined) return value;
    const now = current?.[field];
    return now === null || now === undefined ? "" : String(now);
  };
  return {
    facts: "1",
    ...Object.fromEntries(FACT_FIELDS.filter((f) => f !== "allergens").map((f) => [f, text(f)])),
    material: text("material").toLowerCase(),
    allergens: text("allergens")
      .toLowerCase()
      .split(/[\s;,]+/)
      .filter(Boolean),
  };
}

export async function exportListingsCsv(producerId: string) {
  const products = await db.product.findMany({
    where: { producerId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      kind: true,
      unit: true,
      priceQ: true,
      stock: true,
      seasonMonths: true,
      titleAz: true,
      titleEn: true,
      titleRu: true,
      descriptionAz: true,
      descriptionEn: true,
      descriptionRu: true,
      meetingPoint: true,
      durationMin: true,
      status: true,
      ...FACT_SELECT,
      category: { select: { slug: true, sector: { select: { slug: true } } } },
    },
  });
  return writeCsv([
    LISTING_CSV_COLUMNS,
    ...products.map((p) => [
      p.id,
      p.kind,
      p.category.slug,
      p.unit,
      formatAznInput(p.priceQ),
      p.stock,
      seasonText(p.seasonMonths),
      p.titleAz,
      p.titleEn,
      p.titleRu,
      p.descriptionAz,
      p.descriptionEn,
      p.descriptionRu,
      p.meetingPoint,
      p.durationMin,
      ...factCells(p),
      p.status,
    ]),
  ]);
}

export type CsvFileError =
  | { code: "dashboard.csv.empty" }
  | { code: "dashboard.csv.tooLarge" }
  | { code: "dashboard.csv.tooManyRows"; max: number }
  | { code: "dashboard.csv.syntax"; line: number }
  | { code: "dashboard.csv.header"; missing: string[]; unknown: string[] };

export type CsvRowError = { column: string; message: MessageKey };
export type PreviewRow = {
  line: number;
  id: string;
  action: "create" | "update" | "unchanged";
  title: string;
  category: string;
  priceQ: number | null;
  stock: number | null;
  errors: CsvRowError[];
};
export type CsvPreview = { ok: true; rows: PreviewRow[]; errorCount: number } | { ok: false; error: CsvFileError };

type ValidRow = { line: number; id: string; input: ListingInput; action: PreviewRow["action"] };

function parseSeason(text: string): { months: string[] } | { error: "dashboard.csv.season" } {
  const value = text.trim().toLowerCase();
  if (value === "" || value === "all") return { months: [] };
  const parts = value.split(/[\s;,]+/).filter(Boolean);
  if (!parts.every((p) => /^(?:[1-9]|1[0-2])$/.test(p))) return { error: "dashboard.csv.season" };
  return { months: [...new Set(parts)] };
}

/** A listing's hosting facts as form values (new rows get the form's defaults and must be completed there). */
function hostingOf(
  current:
    | {
        languages: string;
        included: string;
        bring: string;
        cancellationPolicy: string;
        maxGuests: number;
        minNights: number;
        weekendPriceQ: number | null;
        seasonPriceQ: number | null;
      }
    | undefined,
  biggestSlot: number | undefined,
) {
  if (!current) return { cancellationPolicy: "MODERATE" };
  return {
    languages: current.languages.split(",").filter(Boolean),
    included: current.included,
    bring: current.bring,
    cancellationPolicy: current.cancellationPolicy,
    // Older experiences kept their group size only on their dates.
    groupSize: String(current.maxGuests || biggestSlot || ""),
    maxGuests: String(current.maxGuests),
    minNights: String(current.minNights),
    weekendPrice: current.weekendPriceQ ? formatAznInput(current.weekendPriceQ) : "",
    seasonPrice: current.seasonPriceQ ? formatAznInput(current.seasonPriceQ) : "",
  };
}

async function validate(producerId: string, text: string): Promise<{ preview: CsvPreview; valid: ValidRow[] }> {
  const fail = (error: CsvFileError) => ({ preview: { ok: false as const, error }, valid: [] });
  if (Buffer.byteLength(text) > MAX_CSV_BYTES) return fail({ code: "dashboard.csv.tooLarge" });
  let table: string[][];
  try {
    table = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return fail({ code: "dashboard.csv.syntax", line: error.line });
    throw error;
  }
  if (table.length === 0) return fail({ code: "dashboard.csv.empty" });
  const header = table[0].map((h) => h.trim().toLowerCase());
  const missing = LISTING_CSV_COLUMNS.filter((c) => !header.includes(c) && !OPTIONAL_COLUMNS.includes(c));
  const unknown = header.filter((h) => !isOneOf(LISTING_CSV_COLUMNS, h));
  if (missing.length || unknown.length || new Set(header).size !== header.length) {
    return fail({ code: "dashboard.csv.header", missing, unknown });
  }
  const body = table.slice(1);
  if (body.length === 0) return fail({ code: "dashboard.csv.empty" });
  if (body.length > MAX_CSV_ROWS) return fail({ code: "dashboard.csv.tooManyRows", max: MAX_CSV_ROWS });

  const [categories, existing, biggestSlots] = await Promise.all([
    db.category.findMany({ select: { id: true, slug: true, sector: { select: { slug: true } } } }),
    db.product.findMany({ where: { producerId } }),
    db.slot.groupBy({ by: ["productId"], where: { product: { producerId, kind: "EXPERIENCE" } }, _max: { capacity: true } }),
  ]);
  const biggestSlot = new Map(biggestSlots.map((row) => [row.productId, row._max.capacity ?? 0]));
  const categoryBySlug = new Map(categories.map((c) => [c.slug, c.id]));
  const ruleByCategory = new Map(categories.map((c) => [c.id, factRule({ slug: c.slug, sectorSlug: c.sector.slug })]));
  const productById = new Map(existing.map((p) => [p.id, p]));
  const seenIds = new Set<string>();

  const rows: PreviewRow[] = [];
  const valid: ValidRow[] = [];
  body.forEach((cells, index) => {
    const line = index + 2;
    const cell = (column: Column) => (cells[header.indexOf(column)] ?? "").trim();
    const optionalCell = (column: Column) => (header.includes(column) ? cell(column) : undefined);
    const errors: CsvRowError[] = [];
    if (cells.length !== header.length) errors.push({ column: "", message: "dashboard.csv.columnCount" });
    const id = cell("id");
    const current = id ? productById.get(id) : undefined;
    if (id && !current) errors.push({ column: "id", message: "dashboard.csv.unknownId" });
    if (id && seenIds.has(id)) errors.push({ column: "id", message: "dashboard.csv.duplicateId" });
    if (id) seenIds.add(id);
    const categoryId = categoryBySlug.get(cell("category"));
    if (!categoryId) errors.push({ column: "category", message: "dashboard.error.categoryMissing" });
    const season = parseSeason(cell("season_months"));
    if ("error" in season) errors.push({ column: "season_months", message: season.error });
    const factValues = factsInput(optionalCell, current);
    const parsed = listingSchema.safeParse({
      titleAz: cell("title_az"),
      titleEn: cell("title_en"),
      titleRu: cell("title_ru"),
      descriptionAz: cell("description_az"),
      descriptionEn: cell("description_en"),
      descriptionRu: cell("description_ru"),
      categoryId: categoryId ?? 0,
      unit: cell("unit"),
      kind: cell("kind") || "GOOD",
      price: cell("price_azn"),
      stock: cell("stock"),
      months: "months" in season ? season.months : [],
      meetingPoint: cell("meeting_point"),
      address: cell("meeting_point"),
      durationMin: cell("duration_min"),
      // The file has no columns for what a host tells guests: a row keeps what the form set.
      ...hostingOf(current, current ? biggestSlot.get(current.id) : undefined),
      ...factValues,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = FIELD_COLUMN[String(issue.path[0])] ?? String(issue.path[0] ?? "");
        if (column === "category" && !categoryId) continue;
        if (!errors.some((e) => e.column === column)) errors.push({ column, message: isMessageKey(issue.message) ? issue.message : "form.invalid" });
      }
    }
    // A good's facts by its category's rule, as the form checks them: what it needs, and nothing it does not take.
    const rule = categoryId ? ruleByCategory.get(categoryId) : undefined;
    const takes = (field: FactField) => (cell("kind") || "GOOD") === "GOOD" && (rule?.allowed.includes(field) ?? false);
    for (const field of FACT_FIELDS) {
      const column = FACT_COLUMN[field];
      if (rule && optionalCell(column) && !takes(field) && !errors.some((e) => e.column === column)) {
        errors.push({ column, message: "dashboard.csv.factNotTaken" });
      }
    }
    // Checked apart from the rest of the row, so a row wrong elsewhere still hears which facts it lacks.
    const factsParsed = factsSchema.safeParse(factValues);
    const stated = (cell("kind") || "GOOD") === "GOOD" && factsParsed.success ? factsFromInput(factsParsed.data) : null;
    if (stated && rule) {
      for (const [field, messages] of Object.entries(missingFacts(rule, cell("unit"), allowedFacts(rule, stated)))) {
        const column = FACT_COLUMN[field as FactField];
        if (!errors.some((e) => e.column === column)) errors.push({ column, message: messages[0] });
      }
    }
    let action: PreviewRow["action"] = current ? "update" : "create";
    if (parsed.success && current) {
      const next = { ...listingColumns(parsed.data), ...(stated && rule ? allowedFacts(rule, stated) : {}) };
      const same = (Object.keys(next) as (keyof typeof next)[]).every((key) => current[key] === next[key]);
      if (same) action = "unchanged";
    }
    rows.push({
      line,
      id,
      action,
      title: cell("title_az"),
      category: cell("category"),
      priceQ: parsed.success ? parsed.data.price : null,
      stock: parsed.success && parsed.data.kind === "GOOD" ? parsed.data.stock : null,
      errors,
    });
    if (parsed.success && errors.length === 0) valid.push({ line, id, input: parsed.data, action });
  });
  return { preview: { ok: true, rows, errorCount: rows.filter((r) => r.errors.length).length }, valid };
}

/** Reads and checks a CSV without writing anything: one preview row per line, with its problems. */
export async function previewListingCsv(producerId: string, text: string): Promise<CsvPreview> {
  return (await validate(producerId, text)).preview;
}

export type ImportResult = { ok: true; created: number; updated: number; unchanged: number } | { ok: false; preview: CsvPreview };

/**
 * All or nothing: any row with a problem and nothing is written; otherwise every row is created or
 * updated in one transaction (with the same review rules as the form). Unchanged rows are not touched.
 * NOT_FOUND when a listing a row updates stopped being the producer's after the check.
 */
export async function importListingCsv(producerId: string, text: string): Promise<ImportResult | NotFound> {
  const { preview, valid } = await validate(producerId, text);
  if (!preview.ok || preview.errorCount > 0) return { ok: false, preview };
  const counts = { created: 0, updated: 0, unchanged: 0 };
  const written = await orNotFound(() =>
    db.$transaction(
      async (tx) => {
        for (const row of valid) {
          if (row.action === "unchanged") counts.unchanged++;
          else if (row.action === "update") {
            await updateListing(producerId, row.id, row.input, tx);
            counts.updated++;
          } else {
            await createListing(producerId, row.input, tx);
            counts.created++;
          }
        }
      },
      { timeout: 30_000 },
    ),
  );
  return isNotFound(written) ? written : { ok: true, ...counts };
}
