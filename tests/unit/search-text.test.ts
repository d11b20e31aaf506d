import { describe, expect, it } from "vitest";
import { createVocabulary, planSearch } from "~/models/catalog/search-query";
import { editDistance, fieldKeys, foldWord, queryWordKeys, stemAzerbaijani } from "~/models/catalog/search-text";

/** The key a typed word shares with the indexed word (index and query use the same functions). */
const meets = (typed: string, indexed: string, language: "az" | "en" | "ru") => queryWordKeys(foldWord(typed)).includes(fieldKeys(indexed, language));

describe("spellings fold to one key on both sides", () => {
  it.each([
    ["sheki", "Şəki", "az"],
    ["Shaki", "Şəki", "az"],
    ["seki", "Şəki", "az"],
    ["xalcha", "xalça", "az"],
    ["khalcha", "xalça", "az"],
    ["Lankaran", "Lənkəran", "az"],
    ["Kuba", "Quba", "az"],
    ["Guba", "Quba", "az"],
    ["Khinalig", "Xınalıq", "az"],
    ["Ganja", "Gəncə", "az"],
    ["Kalbajar", "Kəlbəcər", "az"],
    ["Lahij", "Lahıc", "az"],
    ["halwa", "halva", "az"],
    ["Goychay", "Göyçay", "az"],
    ["Mughan", "Muğan", "az"],
    ["Шеки", "Şəki", "az"],
    ["Хыналыг", "Xınalıq", "az"],
    ["Гянджа", "Gəncə", "az"],
    ["мед", "мёд", "ru"],
    ["ковер", "ковёр", "ru"],
  ] as const)("%s meets %s", (typed, indexed, language) => {
    expect(meets(typed, indexed, language)).toBe(true);
  });

  it("keeps й, and ё/е apart from nothing else", () => {
    expect(foldWord("Чёрный")).toBe("черный");
    expect(foldWord("гостевой")).toBe("гостевой");
  });
});

describe("word forms", () => {
  it.each([
    ["balı", "bal"],
    ["halvası", "halva"],
    ["xalçaları", "xalca"],
    ["xalçası", "xalca"],
    ["fındığı", "findig"],
    ["Lahıcda", "lahic"],
    ["qozlu", "qoz"],
    ["turşusu", "turs"],
    ["turşu", "turs"],
    ["kəlağayısı", "kelagay"],
    ["kəlağayı", "kelagay"],
    ["evi", "ev"],
    ["dərsləri", "ders"],
    ["zeytun", "zeytun"],
  ])("Azerbaijani %s → %s", (word, stem) => {
    expect(stemAzerbaijani(foldWord(word))).toBe(stem);
  });

  it("keeps bala (child) apart from bal (honey)", () => {
    expect(queryWordKeys("bala")).not.toContain("bal");
  });

  it.each([
    ["ковры", "ковёр", "ru"],
    ["ковров", "ковёр", "ru"],
    ["горного", "горный", "ru"],
    ["меда", "мёд", "ru"],
    ["carpets", "carpet", "en"],
    ["cherries", "cherry", "en"],
    ["apricots", "apricot", "en"],
  ] as const)("%s meets %s", (typed, indexed, language) => {
    expect(meets(typed, indexed, language)).toBe(true);
  });
});

describe("typos", () => {
  it("counts a swap of neighbours as one edit", () => {
    expect(editDistance("hazlenut", "hazelnut", 2)).toBe(1);
    expect(editDistance("abc", "xyz", 1)).toBe(2);
  });

  const vocabulary = createVocabulary([
    ["pomagran", "pomegranates"],
    ["halva", "halva"],
    ["langaran", "lənkəran"],
    ["safron", "saffron"],
    ["bal", "balı"],
  ]);

  it("corrects one edit from 5 letters and two from 9, and says what it read", () => {
    expect(planSearch("lenkoran", vocabulary)?.corrected).toBe("lənkəran");
    expect(planSearch("pomegranite", vocabulary)?.corrected).toBe("pomegranates");
    expect(planSearch("safforn", vocabulary)?.corrected).toBe("saffron");
  });

  it("leaves short words, known words and prefixes of known words alone", () => {
    expect(planSearch("bql", vocabulary)?.corrected).toBeNull();
    expect(planSearch("halva", vocabulary)?.corrected).toBeNull();
    expect(planSearch("pomag", vocabulary)?.corrected).toBeNull();
    // 4 letters allow no typo, 8 letters allow one.
    expect(planSearch("halv", vocabulary)?.corrected).toBeNull();
    expect(planSearch("lxnkxran", vocabulary)?.corrected).toBeNull();
  });
});

describe("the MATCH expression", () => {
  it("quotes every key, prefixes only the last word, and finds intent", () => {
    const plan = planSearch('qoz "x*" ) bal')!;
    expect(plan.match).toBe('"goz" AND "x" AND ("bal" OR "bal"* OR "patag")');
    expect(plan.categories).toEqual(expect.arrayContaining(["honey"]));
  });

  it("reads intent phrases across words", () => {
    expect(planSearch("ustad dərsi")!.categories).toContain("workshops");
    expect(planSearch("qonaq evi")!.categories).toEqual(["guesthouses"]);
  });

  it("leaves out synonyms the catalogue does not hold, unless none of a word's keys is known", () => {
    const vocabulary = createVocabulary([
      ["tur", "tur"],
      ["тур", "тур"],
      ["goz", "qoz"],
    ]);
    expect(planSearch("qoz tur", vocabulary)!.match).toBe('"goz" AND ("tur" OR "tur"* OR "тур")');
    expect(planSearch("qoz tur")!.match).toContain('"sayahat"');
    expect(planSearch("bal", vocabulary)!.match).toBe('("bal" OR "bal"* OR "patag")');
  });

  it("returns nothing for input with no words", () => {
    expect(planSearch(" *() ")).toBeNull();
  });
});
