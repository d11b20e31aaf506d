import { isoWeekday, monthOf, nightList } from "./stay-dates";

export type StayPrices = {
  priceQ: number;
  weekendPriceQ: number | null;
  seasonPriceQ: number | null;
  /** bit (m-1) set for the months the season price applies in (Product.seasonMonths) */
  seasonMonths: number;
};

/** Friday and Saturday nights are the weekend. */
export function isWeekendNight(night: string): boolean {
  const weekday = isoWeekday(night);
  return weekday === 5 || weekday === 6;
}

/**
 * One night's price in qəpik: the weekday price, or the weekend or season price where they
 * apply (when both do, the higher one: a season weekend is never cheaper than either).
 * A stay whose season covers the whole year has no season price in effect.
 */
export function nightPriceQ(prices: StayPrices, night: string): number {
  const candidates = [prices.priceQ];
  if (prices.weekendPriceQ && isWeekendNight(night)) candidates.push(prices.weekendPriceQ);
  const inSeason = prices.seasonMonths !== 4095 && (prices.seasonMonths & (1 << (monthOf(night) - 1))) !== 0;
  if (prices.seasonPriceQ && inSeason) {
    // The season price replaces the weekday price; a higher weekend price still applies.
    candidates[0] = prices.seasonPriceQ;
  }
  return Math.max(...candidates);
}

/** The whole stay: each night at its own price. */
export function stayTotalQ(prices: StayPrices, checkIn: string, nights: number): number {
  return nightList(checkIn, nights).reduce((sum, night) => sum + nightPriceQ(prices, night), 0);
}
