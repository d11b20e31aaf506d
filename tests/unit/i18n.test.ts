import { afterEach, describe, expect, it, vi } from "vitest";
import { az } from "~/locales/az";
import { en } from "~/locales/en";
import { ru } from "~/locales/ru";
import { createTranslator, formatMoney, localeFromAcceptLanguage, pickLocalized } from "~/utils/i18n";

describe("money", () => {
  it("formats qəpik as AZN in each language", () => {
    // Intl separates with no-break spaces; compare them as plain spaces.
    const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");
    expect(plain(formatMoney(1250, "az"))).toBe("12,50 ₼");
    expect(plain(formatMoney(123450, "ru"))).toBe("1 234,50 ₼");
    expect(formatMoney(1250, "en")).toBe("₼12.50");
  });
});

describe("language negotiation", () => {
  it("honours Accept-Language quality order and ignores unsupported languages", () => {
    expect(localeFromAcceptLanguage("ru-RU,ru;q=0.9,en;q=0.8")).toBe("ru");
    expect(localeFromAcceptLanguage("de-DE,de;q=0.9,en;q=0.5")).toBe("en");
    expect(localeFromAcceptLanguage("fr")).toBeNull();
    expect(localeFromAcceptLanguage(null)).toBeNull();
  });
});

describe("translator", () => {
  it("interpolates and picks Russian plural forms", () => {
    const t = createTranslator("ru", ru);
    expect(t.plural("nav.cartUnits", 1)).toBe("товар");
    expect(t.plural("nav.cartUnits", 3)).toBe("товара");
    expect(t.plural("nav.cartUnits", 5)).toBe("товаров");
    expect(t.plural("catalog.count", 21)).toBe("21 товар");
    expect(t.t("footer.rights", { year: 2026 })).toBe("© 2026 ABAD Market");
  });

  it("falls back to Azerbaijani for an empty translation", () => {
    expect(pickLocalized({ titleAz: "Bal", titleEn: "", titleRu: "Мёд" }, "title", "en")).toBe("Bal");
    expect(pickLocalized({ titleAz: "Bal", titleEn: "Honey", titleRu: "Мёд" }, "title", "ru")).toBe("Мёд");
  });

  it("has every English key in Azerbaijani and Russian, none left empty", () => {
    for (const messages of [az, ru]) {
      for (const key of Object.keys(en)) {
        expect(messages[key], key).toBeTruthy();
      }
    }
  });

  it("has no Azerbaijani or Russian key that English lacks (Russian adds only the few/many plural forms)", () => {
    const english = en as Record<string, string>;
    const extra = (messages: Record<string, string>) =>
      Object.keys(messages).filter((key) => !(key in english) && !(/\.(few|many)$/.test(key) && `${key.replace(/\.(few|many)$/, "")}.one` in english));
    expect(extra(az as Record<string, string>)).toEqual([]);
    expect(extra(ru as Record<string, string>)).toEqual([]);
  });
});

describe("Azerbaijani formats without the browser's az locale data", () => {
  // Chromium builds with a reduced ICU have no `az` data; the server has it. Both must print the
  // same text, so Azerbaijani must never reach Intl. Here Intl refuses az outright.
  const realIntl = globalThis.Intl;
  const refuseAz = <T extends typeof Intl.NumberFormat | typeof Intl.DateTimeFormat | typeof Intl.PluralRules>(Ctor: T) =>
    new Proxy(Ctor, {
      construct(target, args) {
        if (String(args[0] ?? "").startsWith("az")) throw new Error(`Intl asked for ${args[0]}`);
        return Reflect.construct(target, args);
      },
    });

  async function freshTranslator() {
    vi.resetModules();
    const { createTranslator: fresh } = await import("~/utils/i18n");
    return fresh("az", az);
  }

  afterEach(() => {
    globalThis.Intl = realIntl;
  });

  it("prints the glossary's money, dates, weekdays, months and durations", async () => {
    globalThis.Intl = {
      ...realIntl,
      NumberFormat: refuseAz(realIntl.NumberFormat),
      DateTimeFormat: refuseAz(realIntl.DateTimeFormat),
      PluralRules: refuseAz(realIntl.PluralRules),
    };
    const t = await freshTranslator();
    expect(t.money(1250)).toBe("12,50\u00a0₼");
    expect(t.money(12345600)).toBe("123.456,00\u00a0₼");
    expect(t.money(-700)).toBe("-7,00\u00a0₼");
    expect(t.number(1234567)).toBe("1.234.567");
    expect(t.percent(0.125)).toBe("12,5%");
    // 06:00 UTC is 10:00 in Baku.
    expect(t.date("2026-12-05T06:00:00Z")).toBe("5 dek 2026");
    expect(t.dateTime("2026-12-05T06:00:00Z")).toBe("5 dek 2026, 10:00");
    expect(t.dateTime("2026-12-31T21:30:00Z")).toBe("1 yan 2027, 01:30");
    expect(t.time(new Date("2026-06-01T05:05:00Z"))).toBe("09:05");
    expect(t.dayMonth("2026-03-08")).toBe("8 mar");
    expect(t.month(12)).toBe("dekabr");
    expect(t.month(8)).toBe("avqust");
    expect(t.weekday(1)).toBe("bazar ertəsi");
    expect(t.weekday(7)).toBe("bazar");
    expect(t.hours(150)).toBe("2,5 saat");
    expect(t.hours(120)).toBe("2 saat");
    expect(t.plural("catalog.count", 1)).toMatch(/^1 /);
  });

  it("matches what full ICU prints for money and numbers, so nothing changes on the server", () => {
    const t = createTranslator("az", az);
    for (const q of [0, 5, 1250, 99999, 123456789]) {
      expect(t.money(q)).toBe(new Intl.NumberFormat("az-Latn-AZ", { style: "currency", currency: "AZN", currencyDisplay: "narrowSymbol" }).format(q / 100));
    }
    expect(t.number(1234.5)).toBe(new Intl.NumberFormat("az-Latn-AZ").format(1234.5));
  });

  it("keeps Intl for English and Russian", () => {
    expect(createTranslator("en", en).dateTime("2026-12-05T06:00:00Z")).toBe("5 Dec 2026, 10:00");
    expect(createTranslator("en", en).hours(150)).toBe("2.5 h");
    expect(createTranslator("ru", ru).weekday(3)).toBe("среда");
    expect(createTranslator("ru", ru).hours(150)).toBe("2,5 ч");
  });
});
