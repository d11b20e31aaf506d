import { describe, expect, it } from "vitest";
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
});
