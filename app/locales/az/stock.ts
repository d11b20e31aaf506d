export const stock = {
  "dashboard.stock.hint":
    "Stoku sizin təyin etdiyiniz həddə çatan və ya ondan aşağı düşən məhsullar. Nəsə yenicə həddən aşağı düşəndə və ya tükənəndə komandaya səhər məktub gəlir.",
  "dashboard.stock.soldOut": "Tükənib",
  "dashboard.stock.low": "{name}: {stock} qalıb (hədd {threshold})",
  "dashboard.stock.waitingStock.one": "{count} alıcı yenidən satışa çıxmasını gözləyir",
  "dashboard.stock.waitingStock.other": "{count} alıcı yenidən satışa çıxmasını gözləyir",
  "dashboard.stock.waitingSeason.one": "{count} alıcı mövsümü gözləyir",
  "dashboard.stock.waitingSeason.other": "{count} alıcı mövsümü gözləyir",
  "dashboard.stock.seasonTitle": "Bu ay mövsümü başlayanlar",
  "dashboard.stock.mail.subject": "{producer}: stok və mövsüm xəbərləri",
  "dashboard.stock.mail.body":
    "Salam,\n\nBu gün ABAD Market-də {producer} üçün:\n\n{lines}\n\nStoku və mövsümləri yeniləyin: {appUrl}/dashboard/products\n\nABAD Market",
  "dashboard.stock.mail.soldOut": "{name}: tükənib.",
  "dashboard.stock.mail.low": "{name}: {stock} qalıb (həddiniz {threshold}).",
  "dashboard.stock.mail.season": "{name}: mövsümü bu ay başlayır.",
  "dashboard.listing.lowStockThreshold": "Stok azalanda xəbərdarlıq həddi",
  "dashboard.listing.lowStockHint": "Stok bu saya və ya daha aza düşəndə icmalda və səhər məktubunda bildirilir (0: yalnız tükənəndə). Standart: {count}.",
  "dashboard.error.thresholdFormat": "0-dan 10 000-ə qədər tam ədəd yazın.",
};
