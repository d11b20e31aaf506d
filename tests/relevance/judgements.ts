/**
 * Judged search queries over the demo catalogue (tests/relevance/demo-catalogue.ts), typed the way
 * shoppers type them on a phone: az with and without its letters, English spellings of places,
 * Russian with е for ё, word forms, typos, intent words. A query is answered when a relevant
 * product (by English title or by category slug) is among the first three results; `first` asks
 * for the very first. No titles and no categories: nothing on sale answers it, so zero results.
 * The first block is issue #14's table.
 */
export type Judgement = {
  q: string;
  lang: "az" | "en" | "ru";
  titles?: string[];
  categories?: string[];
  first?: boolean;
};

const HONEY = { categories: ["honey"] };
const MOUNTAIN_HONEY = { titles: ["Gusar mountain honey", "Shamakhi mountain honey", "Kalbajar mountain honey"] };
const CARPETS = { categories: ["carpets"] };
const SHAKI_HALVA = { titles: ["Shaki halva (traditional)", "Shaki halva with walnuts"] };
const HALVA = { titles: [...SHAKI_HALVA.titles, "Halva and shakarbura workshop"] };
const LANKARAN = { titles: ["Lankaran black tea", "Lankaran green tea", "Lankaran feijoa", "Lankaran tangerines", "Lankaran lemons"] };
const KHINALIG = {
  titles: [
    "One-day trek to Khinalig village",
    "Two-day Khinalig – Galakhudat trek",
    "Guest room in a Khinalig stone house",
    "Khinalig table: khangal and mountain cheese",
  ],
};
const POMEGRANATE = {
  titles: [
    "Goychay pomegranates (Guloysha)",
    "Goychay pomegranates (Bala Mursal)",
    "Goychay pomegranate juice",
    "Dried pomegranate seeds",
    "Pomegranate jam",
    "Pomegranate lavashana",
    "Narsharab from Karabakh pomegranates",
  ],
};
const TOURS = { categories: ["tours"] };
const COOKING = { titles: ["Shaki piti cooking class", "Chicken lavangi cooking class", "Fish lavangi masterclass", "Halva and shakarbura workshop"] };
const HAZELNUTS = { titles: ["Roasted hazelnut kernels", "Zagatala hazelnuts (in shell)", "Raw hazelnut kernels"] };
const WALNUTS = {
  titles: ["Walnut kernels (light grade)", "Goygol walnuts (in shell)", "Shaki halva with walnuts", "Green walnut preserve", "Walnut grape sujuk"],
};
const SHAKI = {
  titles: [
    ...SHAKI_HALVA.titles,
    "Shakarbura (box of 12)",
    "Shaki kelaghayi (heyrati red)",
    "Shaki piti cooking class",
    "Shaki Khan's Palace and caravanserai walk",
    "Shaki family dinner",
  ],
};
const GUBA_APPLES = { titles: ["Guba apples (Gizil Ahmadi)", "Guba apples (Simirenko)"] };
const GUBA = {
  titles: [
    ...GUBA_APPLES.titles,
    "Guba pears (Nar armud)",
    'Guba carpet "Gimil"',
    "Handwoven wool kilim (Guba)",
    "Qirmizi Qasaba and Guba carpet workshop tour",
  ],
};
const KELAGHAYI = { categories: ["silk"] };
const APRICOTS = { titles: ["Ordubad dried apricots", "Kernel-stuffed apricots (Ordubad)", "Apricot lavashana", "Apricot harvest in an Ordubad orchard"] };
const DOSHAB = { titles: ["Grape doshab syrup", "Black mulberry doshab"] };
const LAHIJ = {
  titles: [
    "Lahij copper water jug (guyum)",
    "Coppersmithing workshop in Lahij",
    "Lahij craftsmen's street tour",
    "Double room in a Lahij stone house",
    "Family room with balcony in Lahij",
    "Lahij village breakfast",
  ],
};
const GABALA = { titles: ["Family room for four (Gabala)"] };
const TEA = {
  titles: [
    "Lankaran black tea",
    "Lankaran green tea",
    "Shahdag herbal tea (thyme and rosehip)",
    "Kalbajar mountain tea (thyme and mint)",
    "Talysh tea ceremony on a tea plantation",
  ],
};
const CHEESE = { categories: ["cheese"], titles: ["Shor (village cottage cheese)", "Khinalig table: khangal and mountain cheese"] };
const SAFFRON = { titles: ["Absheron saffron"] };
const MULBERRY = {
  titles: ["Black mulberry doshab", "White mulberry bahmaz", "Dried white mulberries", "Black mulberry jam", "Mulberry fruit leather (lavashana)"],
};
const COPPER = { categories: ["copperware"] };
const NONE = {};

export const JUDGEMENTS: Judgement[] = [
  // issue #14
  { q: "мед", lang: "ru", ...HONEY, first: true },
  { q: "горный мед", lang: "ru", ...MOUNTAIN_HONEY },
  { q: "ковер", lang: "ru", ...CARPETS },
  { q: "ковры", lang: "ru", ...CARPETS },
  { q: "sheki halva", lang: "en", ...SHAKI_HALVA },
  { q: "lenkoran", lang: "en", ...LANKARAN },
  { q: "xalcha", lang: "az", ...CARPETS },
  { q: "khinalug", lang: "en", ...KHINALIG },
  { q: "хиналуг", lang: "ru", ...KHINALIG },
  { q: "pomegranite", lang: "en", ...POMEGRANATE },
  { q: "halwa", lang: "en", ...HALVA },
  { q: "bal", lang: "az", ...HONEY, first: true },
  { q: "tur", lang: "az", ...TOURS, first: true },
  { q: "cooking class", lang: "en", ...COOKING },
  // the ones that already worked keep working
  { q: "seki", lang: "az", ...SHAKI },
  { q: "lenkeran", lang: "az", ...LANKARAN },
  { q: "xalca", lang: "az", ...CARPETS },
  { q: "Шеки", lang: "ru", ...SHAKI },
  { q: "ковёр", lang: "ru", ...CARPETS },
  // az: letters, word forms, intent
  { q: "balı", lang: "az", ...HONEY, first: true },
  { q: "dağ balı", lang: "az", ...MOUNTAIN_HONEY },
  { q: "dag bali", lang: "az", ...MOUNTAIN_HONEY },
  { q: "halvası", lang: "az", ...HALVA },
  { q: "Şəki halvası", lang: "az", ...SHAKI_HALVA, first: true },
  { q: "xalçaları", lang: "az", ...CARPETS },
  { q: "fındıq", lang: "az", ...HAZELNUTS },
  { q: "findiq", lang: "az", ...HAZELNUTS },
  { q: "qoz", lang: "az", ...WALNUTS },
  { q: "nar şirəsi", lang: "az", titles: ["Goychay pomegranate juice"], first: true },
  { q: "narşərab", lang: "az", titles: ["Narsharab sauce (Goychay)", "Narsharab from Karabakh pomegranates"] },
  { q: "pendir", lang: "az", ...CHEESE },
  { q: "ustad dərsi", lang: "az", categories: ["workshops", "food-experiences"], first: true },
  { q: "qonaq evi", lang: "az", categories: ["guesthouses"], first: true },
  { q: "kəlağayı", lang: "az", ...KELAGHAYI },
  { q: "kelagayi", lang: "az", ...KELAGHAYI },
  { q: "zeferan", lang: "az", ...SAFFRON },
  { q: "çay", lang: "az", ...TEA },
  { q: "qaysı", lang: "az", ...APRICOTS },
  { q: "doşab", lang: "az", ...DOSHAB },
  { q: "Quba alması", lang: "az", ...GUBA_APPLES, first: true },
  { q: "turşu", lang: "az", categories: ["pickles"], first: true },
  { q: "Xınalıq", lang: "az", ...KHINALIG },
  { q: "lahic", lang: "az", ...LAHIJ },
  { q: "Qəbələ", lang: "az", ...GABALA },
  { q: "tut", lang: "az", ...MULBERRY },
  { q: "mis", lang: "az", ...COPPER },
  // en: spellings of places and products, plurals, intent, typos
  { q: "honey", lang: "en", ...HONEY, first: true },
  { q: "mountain honey", lang: "en", ...MOUNTAIN_HONEY },
  { q: "carpets", lang: "en", ...CARPETS, first: true },
  { q: "rug", lang: "en", ...CARPETS },
  { q: "hazelnuts", lang: "en", ...HAZELNUTS },
  { q: "hazlenut", lang: "en", ...HAZELNUTS },
  { q: "pomegranate juice", lang: "en", titles: ["Goychay pomegranate juice"], first: true },
  { q: "saffron", lang: "en", ...SAFFRON, first: true },
  { q: "safforn", lang: "en", ...SAFFRON },
  { q: "apricots", lang: "en", ...APRICOTS },
  { q: "Kuba apples", lang: "en", ...GUBA_APPLES },
  { q: "Guba", lang: "en", ...GUBA },
  { q: "Sheki", lang: "en", ...SHAKI },
  { q: "Lankaran tea", lang: "en", titles: ["Lankaran black tea", "Lankaran green tea"] },
  { q: "Gabala", lang: "en", ...GABALA },
  { q: "guesthouse", lang: "en", categories: ["guesthouses"], first: true },
  { q: "tour", lang: "en", ...TOURS, first: true },
  { q: "masterclass", lang: "en", categories: ["workshops", "food-experiences"], first: true },
  { q: "copper pot", lang: "en", titles: ["Tin-lined copper pot", "Handmade copper coffee pot (jazva)"] },
  { q: "kelaghayi", lang: "en", ...KELAGHAYI },
  { q: "Ganja", lang: "en", titles: ["Quince dolma and a Ganja-style table"] },
  { q: "Khinalig", lang: "en", ...KHINALIG },
  { q: "mulberries", lang: "en", ...MULBERRY },
  { q: "pickles", lang: "en", categories: ["pickles"] },
  { q: "wool socks", lang: "en", titles: ["Wool sock knitting lesson"], first: true },
  { q: "carpts", lang: "en", ...CARPETS },
  // ru: ё, cases and plurals, Cyrillic spellings of Azerbaijani names, intent
  { q: "мёд", lang: "ru", ...HONEY, first: true },
  { q: "горного меда", lang: "ru", ...MOUNTAIN_HONEY },
  { q: "халва", lang: "ru", ...HALVA },
  { q: "шекинская халва", lang: "ru", ...SHAKI_HALVA, first: true },
  { q: "фундук", lang: "ru", ...HAZELNUTS },
  { q: "грецкие орехи", lang: "ru", ...WALNUTS },
  { q: "гранатовый сок", lang: "ru", titles: ["Goychay pomegranate juice"], first: true },
  { q: "сыр", lang: "ru", ...CHEESE },
  { q: "черный чай", lang: "ru", titles: ["Lankaran black tea"], first: true },
  { q: "шафран", lang: "ru", ...SAFFRON },
  { q: "курага", lang: "ru", ...APRICOTS },
  { q: "яблоки", lang: "ru", ...GUBA_APPLES },
  { q: "экскурсия", lang: "ru", ...TOURS, first: true },
  { q: "мастер-класс", lang: "ru", categories: ["workshops", "food-experiences"], first: true },
  { q: "гостевой дом", lang: "ru", categories: ["guesthouses"], first: true },
  { q: "кялагаи", lang: "ru", ...KELAGHAYI },
  { q: "варенье", lang: "ru", categories: ["preserves"] },
  { q: "Лахыдж", lang: "ru", ...LAHIJ },
  { q: "Ленкорань", lang: "ru", ...LANKARAN },
  { q: "Куба", lang: "ru", ...GUBA },
  { q: "дошаб", lang: "ru", ...DOSHAB },
  // nothing on sale answers these
  { q: "avocado", lang: "en", ...NONE },
  { q: "кумыс", lang: "ru", ...NONE },
  { q: "truffle", lang: "en", ...NONE },
  { q: "zzzqx", lang: "az", ...NONE },
];
