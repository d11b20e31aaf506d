/**
 * Azerbaijani-aware folding shared with the FTS triggers (migration product_search):
 * ə and ı are letters of their own to SQLite's unicode61 tokenizer, so both sides map them
 * to e and i; the tokenizer then folds case and the remaining diacritics (ş ç ğ ö ü, İ).
 */
export function foldAzerbaijani(text: string): string {
  return text.replace(/ə/g, "e").replace(/Ə/g, "E").replace(/ı/g, "i").replace(/İ/g, "I");
}

const MAX_TERMS = 8;

/**
 * Turns free text into a safe FTS5 MATCH expression: each word quoted (so FTS syntax in the
 * input is just text) and prefix-matched, all words required. Null when nothing searchable is left.
 */
export function toFtsQuery(input: string): string | null {
  const terms = foldAzerbaijani(input)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_TERMS);
  if (terms.length === 0) return null;
  return terms.map((term) => `"${term}"*`).join(" ");
}
