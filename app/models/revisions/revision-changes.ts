/**
 * What a pending revision holds. Field values are the proposed ones that differ from the live
 * record; photos added by the revision are Image rows carrying its id (not part of this JSON).
 */
import type { RevisionSubject } from "~/generated/prisma/enums";

export type VariantNames = { nameAz: string; nameEn: string; nameRu: string };
export type NewVariant = VariantNames & { priceQ: number; stock: number };

export type RevisionChanges = {
  /** null: a fact taken away (a product's facts are nullable) */
  fields: Record<string, string | number | null>;
  /** new names of existing variants, by variant id */
  variantNames: Record<string, VariantNames>;
  /** variants created on approval (their price and stock are the producer's, not reviewed) */
  newVariants: NewVariant[];
  /** new alt text of live photos, by image id */
  alts: Record<string, string>;
  /** live photos to take down on approval */
  removePhotos: string[];
};

export type SubjectType = RevisionSubject;

export function emptyChanges(): RevisionChanges {
  return { fields: {}, variantNames: {}, newVariants: [], alts: {}, removePhotos: [] };
}

export function parseChanges(json: string): RevisionChanges {
  try {
    return { ...emptyChanges(), ...(JSON.parse(json) as Partial<RevisionChanges>) };
  } catch {
    return emptyChanges();
  }
}

/** True when nothing is left to review (photos added are counted by the caller). */
export function hasNoChanges(changes: RevisionChanges) {
  return (
    Object.keys(changes.fields).length === 0 &&
    Object.keys(changes.variantNames).length === 0 &&
    changes.newVariants.length === 0 &&
    Object.keys(changes.alts).length === 0 &&
    changes.removePhotos.length === 0
  );
}

/** The proposed values of `fields` that differ from `live`: the whole proposal, recomputed on every save. */
export function diffFields<F extends string>(fields: readonly F[], live: Record<string, unknown>, next: Record<string, unknown>) {
  const changed: Record<string, string | number | null> = {};
  for (const field of fields) {
    if (field in next && next[field] !== live[field]) changed[field] = next[field] as string | number | null;
  }
  return changed;
}
