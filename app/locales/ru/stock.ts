export const stock = {
  "dashboard.stock.hint":
    "Товары, остаток которых дошёл до заданного вами порога или опустился ниже. Каждое утро команда получает письмо, если что-то новое опустилось до порога или закончилось.",
  "dashboard.stock.soldOut": "Нет в наличии",
  "dashboard.stock.low": "{name}: осталось {stock} (порог {threshold})",
  "dashboard.stock.waitingStock.one": "{count} покупатель ждёт поступления",
  "dashboard.stock.waitingStock.few": "{count} покупателя ждут поступления",
  "dashboard.stock.waitingStock.many": "{count} покупателей ждут поступления",
  "dashboard.stock.waitingStock.other": "{count} покупателя ждут поступления",
  "dashboard.stock.waitingSeason.one": "{count} покупатель ждёт сезона",
  "dashboard.stock.waitingSeason.few": "{count} покупателя ждут сезона",
  "dashboard.stock.waitingSeason.many": "{count} покупателей ждут сезона",
  "dashboard.stock.waitingSeason.other": "{count} покупателя ждут сезона",
  "dashboard.stock.seasonTitle": "Сезон начинается в этом месяце",
  "dashboard.stock.mail.subject": "{producer}: новости об остатках и сезоне",
  "dashboard.stock.mail.body":
    "Здравствуйте!\n\nСегодня на ABAD Market для {producer}:\n\n{lines}\n\nОбновить остатки и сезоны: {appUrl}/dashboard/products\n\nABAD Market",
  "dashboard.stock.mail.soldOut": "{name}: нет в наличии.",
  "dashboard.stock.mail.low": "{name}: осталось {stock} (ваш порог {threshold}).",
  "dashboard.stock.mail.season": "{name}: сезон начинается в этом месяце.",
  "dashboard.listing.lowStockThreshold": "Предупреждать при остатке",
  "dashboard.listing.lowStockHint":
    "Когда остаток равен этому числу или меньше, это видно в обзоре и приходит в утреннем письме (0: только когда товар закончился). По умолчанию {count}.",
  "dashboard.error.thresholdFormat": "Введите целое число от 0 до 10 000.",
};
