/**
 * Product facts: what a good is made of and how big it is, per category. A category's rule says
 * which facts it takes (others are not stored) and which it needs before it can be published: a
 * carpet its width and length, packed food its weight or volume (not when sold by kg, g or l: the
 * unit already says how much). Rules come from the category tree (../shared/data/categories.json):
 * a category without a rule of its own takes its sector's.
 */
import { z } from "zod";
import type { Translator } from "~/utils/i18n";

export const MEASURES = ["widthCm", "lengthCm", "heightCm", "weightG", "volumeMl", "shelfLifeDays"] as const;
export type Measure = (typeof MEASURES)[number];
export const FACT_FIELDS = [...MEASURES, "material", "allergens"] as const;
export type FactField = (typeof FACT_FIELDS)[number];

/** Materials a producer can name (labels: `facts.material.<code>`). */
export const PRODUCT_MATERIALS = ["wool", "silk", "cotton", "velvet", "copper", "clay", "wood", "leather"] as const;
/** Allergens a food can contain (labels: `facts.allergen.<code>`), the ones Azerbaijani kitchens use. */
export const ALLERGENS = ["gluten", "milk", "eggs", "nuts", "peanuts", "sesame", "soy", "sulphites", "fish", "celery", "mustard"] as const;
/**
 * The family's word that the product contains none of them: stored as this code, so "none" (said)
 * stays apart from null (not stated), which a shopper with an allergy must not read as safe.
 */
export const NO_ALLERGENS = "none";

/** The stored material code read back as one of the vocabulary (a code no longer offered reads as none). */
const materialOf = (code: string | null) => PRODUCT_MATERIALS.find((material) => material === code) ?? null;
/** The stored comma-separated allergen codes, in their order, as the vocabulary. */
const allergensOf = (codes: string | null) => (codes ? codes.split(",") : []).flatMap((code) => ALLERGENS.filter((allergen) => allergen === code));

export type ProductFacts = {
  widthCm: number | null;
  lengthCm: number | null;
  heightCm: number | null;
  weightG: number | null;
  volumeMl: number | null;
  shelfLifeDays: number | null;
  material: string | null;
  /** comma-separated codes, NO_ALLERGENS when the family said there are none, null when not stated */
  allergens: string | null;
};

type FactRule = { allowed: readonly FactField[]; required: readonly Measure[]; weightOrVolume?: boolean };

const FOOD: FactRule = { allowed: ["weightG", "volumeMl", "shelfLifeDays", "allergens"], required: [], weightOrVolume: true };
const OBJECT: FactRule = { allowed: ["widthCm", "lengthCm", "heightCm", "weightG", "material"], required: [] };
const NONE: FactRule = { allowed: [], required: [] };

const BY_CATEGORY: Record<string, FactRule> = {
  carpets: { allowed: ["widthCm", "lengthCm", "material"], required: ["widthCm", "lengthCm"] },
  silk: { allowed: ["widthCm", "lengthCm", "material"], required: [] },
  embroidery: { allowed: ["widthCm", "lengthCm", "material"], required: [] },
};

const BY_SECTOR: Record<string, FactRule> = { agriculture: FOOD, "agro-processing": FOOD, handicraft: OBJECT };

/** Units that already state the amount, so a food sold by them needs no weight or volume of its own. */
const MEASURED_UNITS = ["kg", "g", "l"];

export function factRule(category: { slug: string; sectorSlug: string }): FactRule {
  return BY_CATEGORY[category.slug] ?? BY_SECTOR[category.sectorSlug] ?? NONE;
}

/** Facts the rule does not take are dropped (null), so a category change never leaves stray ones on the page. */
export function allowedFacts(rule: FactRule, facts: ProductFacts): ProductFacts {
  const kept = { ...facts };
  for (const field of FACT_FIELDS) if (!rule.allowed.includes(field)) kept[field] = null;
  return kept;
}

/** What is still needed before publishing, as field errors (locale keys). */
type MissingFact = "facts.error.required" | "facts.error.weightOrVolume";

export function missingFacts(rule: FactRule, unit: string, facts: ProductFacts): Partial<Record<FactField, MissingFact[]>> {
  const errors: Partial<Record<FactField, MissingFact[]>> = {};
  for (const field of rule.required) if (facts[field] === null) errors[field] = ["facts.error.required"];
  if (rule.weightOrVolume && !MEASURED_UNITS.includes(unit) && facts.weightG === null && facts.volumeMl === null) {
    errors.weightG = ["facts.error.weightOrVolume"];
  }
  return errors;
}

const LIMITS: Record<Measure, number> = { widthCm: 5000, lengthCm: 5000, heightCm: 5000, weightG: 1_000_000, volumeMl: 1_000_000, shelfLifeDays: 3650 };

/** A whole number above zero, or empty for "not stated". */
const measureField = (max: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (!value) return null;
      if (!/^\d{1,7}$/.test(value) || Number(value) === 0 || Number(value) > max) {
        ctx.addIssue({ code: "custom", message: "facts.error.number" });
        return z.NEVER;
      }
      return Number(value);
    });

/**
 * The facts part of the goods form. `facts` marks a form that shows them: without it (the CSV
 * import) a product's facts stay as they are; with it, an empty field or no ticked allergen clears one.
 */
export const factsFields = {
  facts: z.literal("1").optional(),
  ...(Object.fromEntries(MEASURES.map((m) => [m, measureField(LIMITS[m])])) as Record<Measure, ReturnType<typeof measureField>>),
  material: z
    .union([z.enum(PRODUCT_MATERIALS), z.literal("")], { error: "form.invalid" })
    .optional()
    .transform((value) => value || null),
  allergens: z
    .array(z.enum([NO_ALLERGENS, ...ALLERGENS], { error: "form.invalid" }))
    .max(ALLERGENS.length + 1)
    .optional()
    .default([])
    .refine((codes) => !codes.includes(NO_ALLERGENS) || codes.every((code) => code === NO_ALLERGENS), "facts.error.noneAndSome"),
};

type FactsInput = { facts?: "1" } & Record<Measure, number | null> & { material: string | null; allergens: string[] };

/** The facts a parsed form states, or null when the form did not show them. */
export function factsFromInput(input: FactsInput): ProductFacts | null {
  if (!input.facts) return null;
  return {
    widthCm: input.widthCm,
    lengthCm: input.lengthCm,
    heightCm: input.heightCm,
    weightG: input.weightG,
    volumeMl: input.volumeMl,
    shelfLifeDays: input.shelfLifeDays,
    material: input.material,
    allergens: input.allergens.length ? [...new Set(input.allergens)].join(",") : null,
  };
}

/** A carpet's area in m² from its sides in cm. */
export function areaM2(widthCm: number, lengthCm: number): number {
  return Math.round((widthCm * lengthCm) / 100) / 100;
}

export type FactRow = { label: string; text: string };
type FactTranslator = Pick<Translator, "t" | "plural" | "number">;

/** One fact in the page's words: "150 sm", "1,2 kq", "450 ml", "30 gün", "yun", "süd, küncüt". */
export function factText(field: FactField, value: number | string, tr: FactTranslator): string {
  const { t, number } = tr;
  if (field === "material") {
    const material = materialOf(String(value));
    return material ? t(`facts.material.${material}`) : String(value);
  }
  if (field === "allergens") {
    if (value === NO_ALLERGENS) return t("facts.allergensNone");
    return allergensOf(String(value))
      .map((code) => t(`facts.allergen.${code}`))
      .join(", ");
  }
  const n = Number(value);
  if (field === "weightG") return n >= 1000 ? t("facts.kg", { value: number(n / 1000) }) : t("facts.g", { value: number(n) });
  if (field === "volumeMl") return n >= 1000 ? t("facts.l", { value: number(n / 1000) }) : t("facts.ml", { value: number(n) });
  if (field === "shelfLifeDays") return tr.plural("facts.days", n);
  return t("facts.cm", { value: number(n) });
}

/**
 * The facts as the product page lists them, in the page's language: size as "150 × 200 sm" with a
 * carpet's area beside it, weight in g or kg, volume in ml or l, shelf life in days; allergens
 * "not stated" where the category asks for them (and something else is stated: no list of one "not stated").
 */
export function factRows(facts: ProductFacts, tr: FactTranslator, allergensAsked = false): FactRow[] {
  const { t, number } = tr;
  const rows: FactRow[] = [];
  const sides = [facts.widthCm, facts.lengthCm, facts.heightCm].filter((v): v is number => v !== null);
  if (sides.length > 0) {
    rows.push({ label: t("facts.size"), text: t("facts.cm", { value: sides.map((v) => number(v)).join(" × ") }) });
  }
  if (facts.widthCm !== null && facts.lengthCm !== null && facts.heightCm === null) {
    const area = areaM2(facts.widthCm, facts.lengthCm);
    rows.push({ label: t("facts.area"), text: t("facts.m2", { value: number(area) }) });
  }
  if (facts.weightG !== null) rows.push({ label: t("facts.weight"), text: factText("weightG", facts.weightG, tr) });
  if (facts.volumeMl !== null) rows.push({ label: t("facts.volume"), text: factText("volumeMl", facts.volumeMl, tr) });
  if (facts.shelfLifeDays !== null) rows.push({ label: t("facts.shelfLife"), text: factText("shelfLifeDays", facts.shelfLifeDays, tr) });
  if (facts.material) rows.push({ label: t("facts.material"), text: factText("material", facts.material, tr) });
  if (facts.allergens) {
    rows.push({ label: t(facts.allergens === NO_ALLERGENS ? "facts.allergens" : "facts.contains"), text: factText("allergens", facts.allergens, tr) });
  } else if (allergensAsked && rows.length > 0) {
    rows.push({ label: t("facts.allergens"), text: t("facts.allergensNotStated") });
  }
  return rows;
}

/**
 * The facts as schema.org PropertyValues (Product.additionalProperty): numbers with their UN/CEFACT
 * unit codes, names in the page's language.
 */
export function factProperties(facts: ProductFacts, t: Translator["t"]) {
  const properties: Record<string, unknown>[] = [];
  const add = (name: string, value: number | string, unitCode?: string) =>
    properties.push({ "@type": "PropertyValue", name, value, ...(unitCode ? { unitCode } : {}) });
  if (facts.widthCm !== null) add(t("facts.width"), facts.widthCm, "CMT");
  if (facts.lengthCm !== null) add(t("facts.length"), facts.lengthCm, "CMT");
  if (facts.heightCm !== null) add(t("facts.height"), facts.heightCm, "CMT");
  if (facts.widthCm !== null && facts.lengthCm !== null && facts.heightCm === null) add(t("facts.area"), areaM2(facts.widthCm, facts.lengthCm), "MTK");
  if (facts.weightG !== null) add(t("facts.weight"), facts.weightG, "GRM");
  if (facts.volumeMl !== null) add(t("facts.volume"), facts.volumeMl, "MLT");
  if (facts.shelfLifeDays !== null) add(t("facts.shelfLife"), facts.shelfLifeDays, "DAY");
  const material = materialOf(facts.material);
  if (material) add(t("facts.material"), t(`facts.material.${material}`));
  if (facts.allergens === NO_ALLERGENS) add(t("facts.allergens"), t("facts.allergensNone"));
  else for (const code of allergensOf(facts.allergens)) add(t("facts.contains"), t(`facts.allergen.${code}`));
  return properties;
}

/**
 * The measures schema.org gives a Product its own properties for (width, depth, height, weight),
 * as QuantitativeValues: read by machines that do not look into additionalProperty.
 */
export function factDimensions(facts: ProductFacts) {
  const quantity = (value: number | null, unitCode: string) => (value === null ? {} : { "@type": "QuantitativeValue", value, unitCode });
  const entries = [
    ["width", quantity(facts.widthCm, "CMT")],
    ["depth", quantity(facts.lengthCm, "CMT")],
    ["height", quantity(facts.heightCm, "CMT")],
    ["weight", quantity(facts.weightG, "GRM")],
  ] as const;
  return Object.fromEntries(entries.filter(([, value]) => "value" in value));
}
