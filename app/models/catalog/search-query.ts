/**
 * From what a shopper typed to an FTS5 MATCH expression over the keys of search-text.ts, plus
 * the intent (categories to lift) and typo corrections. Pure: the vocabulary comes in as an
 * argument, so this runs the same against SQLite's index or any other.
 */
import az from "~/models/catalog/search-synonyms/az.json";
import en from "~/models/catalog/search-synonyms/en.json";
import ru from "~/models/catalog/search-synonyms/ru.json";
import { allowedTypos, editDistance, queryWordKeys, searchWords, wordKey, isCyrillic, transliterate } from "~/models/catalog/search-text";

const MAX_TERMS = 8;
/**
 * Prefix matching needs this many letters (of the key): a two-letter prefix reads a large part of
 * the index at 100,000 products, and bm25 then scores every row it matched.
 */
const MIN_PREFIX = 3;

/** What the index knows: its keys, sorted, and a word each came from. */
export type Vocabulary = {
  has(key: string): boolean;
  hasPrefix(key: string): boolean;
  /** Keys within `max` edits, nearest first. */
  near(key: string, max: number): string[];
  word(key: string): string | undefined;
};

type Alternative = { key: string; prefix: boolean };
type Term = { word: string; alternatives: Alternative[]; correction?: string };

export type SearchPlan = {
  /** The FTS5 MATCH expression: every term required, each as any of its alternatives. */
  match: string;
  /**
   * The same without prefixes (whole words only), or null when there is no prefix to drop. Cheaper
   * by far for a broad word (bm25 scores every row matched); the search widens to `match` only
   * when whole words find too little.
   */
  wholeWords: string | null;
  /** Category slugs the query's intent words point at. */
  categories: string[];
  /** The query with typos corrected, when a correction was used. */
  corrected: string | null;
  /** Each word's keys, and whether it may be a prefix (the last word), for matching short lists in memory. */
  terms: { keys: string[]; prefix: boolean }[];
};

type Group = { phrases: string[][][]; singles: string[]; categories: string[] };

/** Synonym and intent groups of all three languages: a query's language is not known. */
const GROUPS: Group[] = [az, en, ru].flatMap((file) =>
  file.groups.map((group) => {
    const phrases = group.words.map((text) => searchWords(text).map((word) => queryWordKeys(word)));
    const singles = phrases.filter((phrase) => phrase.length === 1).flatMap((phrase) => phrase[0]);
    return { phrases, singles: [...new Set(singles)], categories: "categories" in group ? (group.categories ?? []) : [] };
  }),
);

const overlaps = (a: string[], b: string[]) => a.some((key) => b.includes(key));

/** Where `phrase` (keys per word) occurs in the query's words, or -1. */
function findPhrase(termKeys: string[][], phrase: string[][]): number {
  for (let start = 0; start + phrase.length <= termKeys.length; start++) {
    if (phrase.every((keys, i) => overlaps(keys, termKeys[start + i]))) return start;
  }
  return -1;
}

const quote = (key: string) => `"${key.replace(/"/g, "")}"`;

function termExpression(term: Term): string {
  const parts = term.alternatives.flatMap(({ key, prefix }) => (prefix ? [quote(key), `${quote(key)}*`] : [quote(key)]));
  return parts.length === 1 ? parts[0] : `(${[...new Set(parts)].join(" OR ")})`;
}

function typoCorrections(term: Term, vocabulary: Vocabulary): string[] {
  const max = allowedTypos([...term.word].length);
  if (max === 0) return [];
  if (term.alternatives.some(({ key, prefix }) => vocabulary.has(key) || (prefix && vocabulary.hasPrefix(key)))) return [];
  return [...new Set(term.alternatives.flatMap(({ key }) => vocabulary.near(key, max)))].slice(0, 4);
}

/**
 * The search for `input`. Each word is required and matches by its keys exactly (which counts
 * twice in bm25, so whole words rank above prefixes) or, the last word only, as a prefix; synonyms add keys; a word the
 * catalogue does not know is corrected within the allowed edits. Null when nothing is searchable.
 */
export function planSearch(input: string, vocabulary?: Vocabulary): SearchPlan | null {
  const words = searchWords(input).slice(0, MAX_TERMS);
  if (words.length === 0) return null;
  const terms: Term[] = words.map((word, index) => {
    // Only the last word may be unfinished (the shopper is still typing it); earlier ones are whole.
    const last = index === words.length - 1;
    const alternatives: Alternative[] = isCyrillic(word)
      ? // The Latin reading of a Cyrillic word only counts whole: мед is not a prefix of Mədrəsə.
        [
          { key: wordKey(word, "ru"), prefix: true },
          { key: wordKey(transliterate(word), "az"), prefix: false },
        ]
      : queryWordKeys(word).map((key) => ({ key, prefix: true }));
    return { word, alternatives: alternatives.map((a) => ({ ...a, prefix: last && a.prefix && a.key.length >= MIN_PREFIX })) };
  });
  const termKeys = terms.map((term) => term.alternatives.map((a) => a.key));
  const categories = new Set<string>();
  for (const group of GROUPS) {
    let matched = false;
    for (const phrase of group.phrases) {
      const at = findPhrase(termKeys, phrase);
      if (at < 0) continue;
      matched = true;
      if (phrase.length !== 1) continue;
      const term = terms[at];
      const known = new Set(term.alternatives.map((a) => a.key));
      for (const key of group.singles) if (!known.has(key)) term.alternatives.push({ key, prefix: false });
    }
    if (matched) for (const slug of group.categories) categories.add(slug);
  }
  let corrected = false;
  if (vocabulary) {
    for (const term of terms) {
      const fixes = typoCorrections(term, vocabulary);
      if (fixes.length === 0) continue;
      // Corrections only: the typed keys match nothing, and the nearest key is what "did you mean" shows.
      term.alternatives = fixes.map((key) => ({ key, prefix: false }));
      term.correction = vocabulary.word(fixes[0]) ?? fixes[0];
      corrected = true;
    }
  }
  if (vocabulary) {
    for (const term of terms) {
      // A key the catalogue never held matches nothing, but bm25 still weighs every phrase of the
      // expression on every row matched: `tur` with its synonyms is 21 phrases, 4 of them known.
      const known = term.alternatives.filter(({ key, prefix }) => vocabulary.has(key) || (prefix && vocabulary.hasPrefix(key)));
      if (known.length > 0) term.alternatives = known;
    }
  }
  const match = terms.map(termExpression).join(" AND ");
  const wholeWords = terms.map((term) => termExpression({ ...term, alternatives: term.alternatives.map((a) => ({ ...a, prefix: false })) })).join(" AND ");
  return {
    match,
    wholeWords: wholeWords === match ? null : wholeWords,
    categories: [...categories],
    corrected: corrected ? terms.map((term) => term.correction ?? term.word).join(" ") : null,
    terms: terms.map((term) => ({ keys: term.alternatives.map((a) => a.key), prefix: term.alternatives.some((a) => a.prefix) })),
  };
}

/** Whether a name (its words' keys) answers every word of the plan, as the index would. */
export function nameMatches(plan: SearchPlan, nameKeys: string[]): boolean {
  return plan.terms.every(({ keys, prefix }) => keys.some((key) => nameKeys.some((nameKey) => nameKey === key || (prefix && nameKey.startsWith(key)))));
}

/** An in-memory vocabulary over sorted keys (binary search for prefixes, a length-bounded scan for typos). */
export function createVocabulary(entries: Iterable<[string, string]>): Vocabulary & { add(key: string, word: string): void } {
  const words = new Map<string, string>();
  let sorted: string[] | null = null;
  const keys = () => (sorted ??= [...words.keys()].sort());
  // Keys by length: a typo lookup reads only the lengths within reach of the typed key.
  const byLength = new Map<number, string[]>();
  const add = (key: string, word: string) => {
    if (words.has(key)) return;
    words.set(key, word);
    sorted = null;
    const bucket = byLength.get(key.length);
    if (bucket) bucket.push(key);
    else byLength.set(key.length, [key]);
  };
  for (const [key, word] of entries) add(key, word);
  return {
    add,
    has: (key) => words.has(key),
    hasPrefix(key) {
      const list = keys();
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid] < key) lo = mid + 1;
        else hi = mid;
      }
      return lo < list.length && list[lo].startsWith(key);
    },
    near(key, max) {
      const found: [string, number][] = [];
      if (/\d/.test(key)) return [];
      for (let length = key.length - max; length <= key.length + max; length++) {
        for (const candidate of byLength.get(length) ?? []) {
          const distance = editDistance(key, candidate, max);
          if (distance <= max) found.push([candidate, distance]);
        }
      }
      return found.sort((a, b) => a[1] - b[1]).map(([candidate]) => candidate);
    },
    word: (key) => words.get(key),
  };
}
