/**
 * How search reads words, shared by the index (search-index.server.ts) and the query
 * (search-query.ts) so both sides always agree. Pure TypeScript with no database in sight:
 * a PostgreSQL port can index and query with the same keys.
 *
 * Every word becomes one key:
 * - Latin words (Azerbaijani and English): folded (case, ə→e, ı→i, diacritics), stemmed
 *   (Azerbaijani suffixes or the English Snowball stemmer, by the field's language), then reduced
 *   to a spelling skeleton so the ways people type Azerbaijani in ASCII meet: sh/ş, ch/ç, gh/ğ,
 *   kh/x, q/g/k, dj/j/c, w/v, a/e/ə, doubled letters.
 * - Cyrillic words: ё→е, the Russian Snowball stemmer, and a fleeting vowel dropped
 *   (ковёр/ковры → ковр). A Cyrillic query word is also transliterated and tried as Latin, so
 *   Шеки and Хиналуг find Şəki and Xınalıq.
 */
import { stemmer as stemEnglish } from "@orama/stemmers/english";
import { stemmer as stemRussian } from "@orama/stemmers/russian";

export type SearchLanguage = "az" | "en" | "ru";

const CYRILLIC = /[\u0400-\u04ff]/;
const WORD_SPLIT = /[^\p{L}\p{N}]+/u;

/** Words that carry no meaning in a product search; dropped on both sides. */
const STOPWORDS = new Set([
  // az
  "ve",
  "ile",
  "ucun",
  "bu",
  "bir",
  "ya",
  // en
  "and",
  "or",
  "the",
  "a",
  "an",
  "of",
  "for",
  "with",
  "in",
  "on",
  "to",
  "from",
  "by",
  "at",
  // ru
  "и",
  "в",
  "во",
  "с",
  "со",
  "из",
  "для",
  "на",
  "по",
  "к",
  "от",
  "или",
  "у",
]);

/** Lower case, ё→е, ə→e, ı→i and Latin diacritics off (ş ç ğ ö ü); Cyrillic keeps й. */
export function foldWord(word: string): string {
  const lower = word.toLowerCase().replace(/ё/g, "е").replace(/ə/g, "e").replace(/ı/g, "i");
  if (CYRILLIC.test(lower)) return lower.replace(/ә/g, "е");
  return lower.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

/** The words of a text, folded, without stopwords. */
export function searchWords(text: string): string[] {
  return text
    .split(WORD_SPLIT)
    .map(foldWord)
    .filter((word) => word && !STOPWORDS.has(word));
}

/** Each word of a text as written (lower case, for display) and folded (for its key). */
export function searchWordPairs(text: string): [written: string, folded: string][] {
  return text
    .split(WORD_SPLIT)
    .map((word): [string, string] => [word.toLocaleLowerCase("az"), foldWord(word)])
    .filter(([, folded]) => folded && !STOPWORDS.has(folded));
}

export function isCyrillic(word: string): boolean {
  return CYRILLIC.test(word);
}

const VOWELS = new Set(["a", "e", "i", "o", "u"]);
const isVowel = (ch: string | undefined) => !!ch && VOWELS.has(ch);
// Folded forms: ı/i/u/ü and a/ə fall together, so each list covers the vowel-harmony variants.
// Genitive and accusative (-ın, -nı…) stay: too many roots end that way (zeytun, qazan).
const AZ_CASE = ["ndan", "nden", "nda", "nde", "dan", "den", "da", "de", "ya", "ye"];
const AZ_MIN_STEM = 2;

function strip(word: string, suffixes: string[], check: (stem: string) => boolean = () => true): string {
  for (const suffix of suffixes) {
    if (word.length - suffix.length < AZ_MIN_STEM || !word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    if (check(stem)) return stem;
  }
  return word;
}

/**
 * Light Azerbaijani stemming on a folded word (npm has no Azerbaijani stemmer, and Turkish
 * Snowball misreads it: halvası → halvas, bala → bal). Outermost first: a case ending, the
 * possessive (-sı after a vowel, -ı after a consonant), the plural, else -lı/-lu:
 * balı → bal, halvası → halva, xalçaları → xalca, fındığı → findig, Lahıcda → lahic, qozlu → qoz.
 * The dative -a/-ə stays: "bala" is a word of its own far more often than "to the honey".
 */
export function stemAzerbaijani(word: string): string {
  let stem = word.length > 4 ? strip(word, AZ_CASE, (s) => s.length >= 3) : word;
  const plural = strip(stem, ["lari", "leri", "lar", "ler"]);
  if (plural !== stem) return plural;
  const derived = word.length > 4 ? strip(stem, ["li", "lu"], (s) => s.length >= 3 && !isVowel(s.at(-1))) : stem;
  if (derived !== stem) return derived;
  stem = strip(stem, ["si", "su"], (s) => isVowel(s.at(-1)));
  return strip(stem, ["i", "u"], (s) => !isVowel(s.at(-1)));
}

/** The spelling skeleton of a folded Latin word: the ways one name is typed in ASCII meet here. */
export function latinSkeleton(word: string): string {
  return word
    .replace(/sh/g, "s")
    .replace(/ch/g, "c")
    .replace(/kh/g, "x")
    .replace(/gh/g, "g")
    .replace(/zh|dj|dzh|j/g, "c")
    .replace(/[qk]/g, "g")
    .replace(/w/g, "v")
    .replace(/e/g, "a")
    .replace(/(.)\1+/g, "$1");
}

// Russian fleeting vowels: ковёр/ковра, перец/перца, рынок/рынка.
const FLEETING = /([бвгджзклмнпрстфхцчшщ])[ео]([рлнкц])$/;

export function russianKey(folded: string): string {
  const stem = stemRussian(folded);
  return stem.length >= 4 ? stem.replace(FLEETING, "$1$2") : stem;
}

const TRANSLIT: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ж: "j",
  з: "z",
  и: "i",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "x",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "sh",
  ъ: "",
  ы: "i",
  ь: "",
  э: "e",
  ю: "u",
  я: "a",
  ә: "e",
  ғ: "g",
  ҹ: "c",
  һ: "h",
  ө: "o",
  ү: "u",
  ј: "y",
  ҝ: "g",
};

/** Cyrillic spelling of an Azerbaijani name to Latin letters (Хыналыг → xinalig). */
export function transliterate(folded: string): string {
  return [...folded].map((ch) => TRANSLIT[ch] ?? ch).join("");
}

const keyCache = new Map<string, string>();

/** The one key a folded word of a field in `language` is indexed under. */
export function wordKey(folded: string, language: SearchLanguage): string {
  const cacheKey = `${language}:${folded}`;
  let key = keyCache.get(cacheKey);
  if (key === undefined) {
    if (isCyrillic(folded)) key = russianKey(folded);
    else if (/^\d+$/.test(folded)) key = folded;
    else key = latinSkeleton(language === "en" ? stemEnglish(folded) : stemAzerbaijani(folded));
    if (keyCache.size > 200_000) keyCache.clear();
    keyCache.set(cacheKey, key);
  }
  return key;
}

/** Indexed text of one field: the keys of its words, space separated. */
export function fieldKeys(text: string, language: SearchLanguage): string {
  return searchWords(text)
    .map((word) => wordKey(word, language))
    .join(" ");
}

/** The keys a typed word may stand for: its language is unknown, so every reading is tried. */
export function queryWordKeys(folded: string): string[] {
  const keys = isCyrillic(folded) ? [wordKey(folded, "ru"), wordKey(transliterate(folded), "az")] : [wordKey(folded, "az"), wordKey(folded, "en")];
  return [...new Set(keys.filter(Boolean))];
}

/** The number of edits a word of this length may carry (Typesense's and Meilisearch's rule). */
export function allowedTypos(length: number): number {
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

/** Optimal string alignment distance (a swap of neighbours is one edit), or max+1 once past max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, prevPrev[j - 2] + 1);
      row.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length];
}
