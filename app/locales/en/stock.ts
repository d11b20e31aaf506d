export const stock = {
  "dashboard.stock.hint":
    "At or under the low-stock alert you set for each product. The team gets a mail each morning when something new falls under it or runs out.",
  "dashboard.stock.soldOut": "Sold out",
  "dashboard.stock.low": "{name}: {stock} left (alert at {threshold})",
  "dashboard.stock.waitingStock.one": "{count} shopper waiting to hear it is back",
  "dashboard.stock.waitingStock.other": "{count} shoppers waiting to hear it is back",
  "dashboard.stock.waitingSeason.one": "{count} shopper waiting for the season",
  "dashboard.stock.waitingSeason.other": "{count} shoppers waiting for the season",
  "dashboard.stock.seasonTitle": "Season starts this month",
  "dashboard.stock.mail.subject": "Stock and season news for {producer}",
  "dashboard.stock.mail.body":
    "Hello,\n\nToday on ABAD Market for {producer}:\n\n{lines}\n\nUpdate stock and seasons: {appUrl}/dashboard/products\n\nABAD Market",
  "dashboard.stock.mail.soldOut": "{name}: sold out.",
  "dashboard.stock.mail.low": "{name}: {stock} left (your alert is at {threshold}).",
  "dashboard.stock.mail.season": "{name}: its season starts this month.",
  "dashboard.listing.lowStockThreshold": "Low-stock alert at",
  "dashboard.listing.lowStockHint":
    "You are told on the overview and by a morning mail when stock is at or under this number (0: only when sold out). Default {count}.",
  "dashboard.error.thresholdFormat": "Enter a whole number from 0 to 10,000.",
};
