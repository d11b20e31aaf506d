const TRANSLIT: Record<string, string> = {
  ə: "e",
  ı: "i",
  ş: "sh",
  ç: "ch",
  ğ: "g",
  ö: "o",
  ü: "u",
  İ: "i",
  Ə: "e",
  Ş: "sh",
  Ç: "ch",
  Ğ: "g",
  Ö: "o",
  Ü: "u",
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "e",
  ж: "zh",
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
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "sch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
};

/** ASCII kebab-case for URLs, transliterating Azerbaijani and Russian letters. */
export function slugify(text: string): string {
  return text
    .split("")
    .map((ch) => TRANSLIT[ch] ?? TRANSLIT[ch.toLowerCase()] ?? ch)
    .join("")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}
