import type { Locale } from "~/utils/i18n";

/**
 * One sentence per economic region about what its families make and show, for the region's
 * header in the catalogue and on a family's page. Kept on the server (a page sends only its own
 * region's sentence) and written from prisma/data/regions.json's "known for".
 */
const LEADS: Record<string, Record<Locale, string>> = {
  baki: {
    az: "Xəzər sahilində paytaxt: İçərişəhər emalatxanalarının suvenirləri, miniatür kitablar və şəhərin mətbəxi ilə tanışlıq.",
    en: "The capital on the Caspian: souvenirs from İçərişəhər's workshops, miniature books and food walks through the city.",
    ru: "Столица на берегу Каспия: сувениры мастерских Ичеришехер, миниатюрные книги и гастрономические прогулки по городу.",
  },
  "abseron-xizi": {
    az: "Quru, günəşli yarımada və Xızının qırmızı dağları: zəfəran, əncir, zeytun və dağlarda gəzintilər.",
    en: "A dry, sunny peninsula and the red mountains of Xızı: saffron, figs, olives and hikes.",
    ru: "Сухой солнечный полуостров и красные горы Хызы: шафран, инжир, оливки и походы.",
  },
  "daglig-sirvan": {
    az: "Lahıcın mis qabları, Basqalın ipək kəlağayıları, Şamaxının üzümü və xalçaları, dağ balı.",
    en: "Lahıc copperware, Basqal silk kəlağayı, Şamaxı grapes and carpets, mountain honey.",
    ru: "Медная посуда Лагича, шёлковые келагаи Басгала, виноград и ковры Шемахи, горный мёд.",
  },
  "gence-daskesen": {
    az: "Gəncə xalçaları, Göygölə səfərlər, heyva, xurma və qoz.",
    en: "Gəncə carpets, trips to Lake Göygöl, quince, persimmons and walnuts.",
    ru: "Гянджинские ковры, поездки к озеру Гёйгёль, айва, хурма и грецкие орехи.",
  },
  qarabag: {
    az: "Qarabağ xalçaları, Şuşa sənətkarlarının işləri, tut doşabı və nar.",
    en: "Qarabağ carpets, crafts from Şuşa, mulberry doşab and pomegranates.",
    ru: "Карабахские ковры, ремёсла Шуши, тутовый дошаб и гранаты.",
  },
  "qazax-tovuz": {
    az: "Qazax xalçaları, Tovuzun üzümü, Gədəbəyin kartofu və Şəmkirin pendiri.",
    en: "Qazax carpets, Tovuz grapes, Gədəbəy potatoes and Şəmkir cheese.",
    ru: "Газахские ковры, товузский виноград, гедабекский картофель и шамкирский сыр.",
  },
  "quba-xacmaz": {
    az: "Quba almaları və xalçaları, Qusar balı, Xınalığa yürüşlər, alma mürəbbəsi və alma qurusu.",
    en: "Quba apples and carpets, Qusar honey, treks to Xınalıq, apple jam and dried apples.",
    ru: "Губинские яблоки и ковры, кусарский мёд, походы в Хыналыг, яблочное варенье и сушёные яблоки.",
  },
  "lenkeran-astara": {
    az: "Lənkəran çayı, sitrus meyvələri və feyxoa, düyü, Lerikin otları və ləvəngi bişirmə dərsləri.",
    en: "Lənkəran tea, citrus and feijoa, rice, Lerik's herbs and ləvəngi cooking classes.",
    ru: "Ленкоранский чай, цитрусовые и фейхоа, рис, травы Лерика и уроки приготовления лявянги.",
  },
  "merkezi-aran": {
    az: "Göyçay narı, nar şirəsi və narşərab, qovun və Zərdabın balığı.",
    en: "Göyçay pomegranates, pomegranate juice and narşərab, melons and fish from Zərdab.",
    ru: "Гёйчайские гранаты, гранатовый сок и наршараб, дыни и зардабская рыба.",
  },
  "mil-mugan": {
    az: "Geniş düzənlik: pambıq, qarpız, buğda və un, süd məhsulları.",
    en: "A wide plain: cotton, watermelons, wheat and flour, dairy.",
    ru: "Широкая равнина: хлопок, арбузы, пшеница и мука, молочные продукты.",
  },
  naxcivan: {
    az: "Ordubadın quru meyvələri və limonu, Duzdağ duzu, ərik və köhnə Ordubad məhəllələrinə gəzintilər.",
    en: "Ordubad's dried fruit and lemons, Duzdağ salt, apricots and walks through old Ordubad.",
    ru: "Ордубадские сухофрукты и лимоны, соль Дуздага, абрикосы и прогулки по старому Ордубаду.",
  },
  "seki-zaqatala": {
    az: "Şəki halvası və ipək kəlağayıları, Zaqatala və Qax fındığı, şabalıd, piti dərsləri və Qəbələnin dağ qonaq evləri.",
    en: "Şəki halva and silk kəlağayı, Zaqatala and Qax hazelnuts, chestnuts, piti classes and Qəbələ's mountain guesthouses.",
    ru: "Шекинская халва и шёлковые келагаи, фундук Загаталы и Гаха, каштаны, уроки пити и горные гостевые дома Габалы.",
  },
  "serqi-zengezur": {
    az: "Kəlbəcər balı, dağ otları və İstisu mineral bulaqları.",
    en: "Kəlbəcər honey, mountain herbs and the İstisu mineral springs.",
    ru: "Кельбаджарский мёд, горные травы и минеральные источники Истису.",
  },
  "sirvan-salyan": {
    az: "Kür balığı, turşular və Şirvan Milli Parkına turlar.",
    en: "Fish from the Kür, pickles and tours of Şirvan National Park.",
    ru: "Куринская рыба, соленья и туры в Ширванский национальный парк.",
  },
};

/** The region's sentence in the page language ("" for a region without one). */
export function regionLead(slug: string, locale: Locale) {
  return LEADS[slug]?.[locale] ?? "";
}
