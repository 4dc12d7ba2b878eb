/**
 * The weekly table of the course notes (source D, "RNN 개요"): for 23 weeks of 2021, the number of
 * searches for a game company and its closing stock price in won. Plain data plus the small
 * statistics the widget reads from it.
 */

export interface WeekRow {
  /** Week as written in the notes, year.month.day. */
  date: string;
  search: number;
  price: number;
}

export const WEEKS: readonly WeekRow[] = [
  { date: '2021.3.21', search: 38, price: 932000 },
  { date: '2021.3.28', search: 39, price: 834000 },
  { date: '2021.4.4', search: 36, price: 885000 },
  { date: '2021.4.11', search: 31, price: 906000 },
  { date: '2021.4.18', search: 32, price: 894000 },
  { date: '2021.4.25', search: 27, price: 861000 },
  { date: '2021.5.2', search: 27, price: 820000 },
  { date: '2021.5.9', search: 26, price: 850000 },
  { date: '2021.5.16', search: 29, price: 823000 },
  { date: '2021.5.23', search: 26, price: 856000 },
  { date: '2021.5.30', search: 29, price: 854000 },
  { date: '2021.6.6', search: 30, price: 858000 },
  { date: '2021.6.13', search: 31, price: 848000 },
  { date: '2021.6.20', search: 37, price: 825000 },
  { date: '2021.6.27', search: 34, price: 820000 },
  { date: '2021.7.4', search: 40, price: 834000 },
  { date: '2021.7.11', search: 29, price: 778000 },
  { date: '2021.7.18', search: 27, price: 809000 },
  { date: '2021.7.25', search: 25, price: 809000 },
  { date: '2021.8.1', search: 24, price: 812000 },
  { date: '2021.8.8', search: 31, price: 790000 },
  { date: '2021.8.15', search: 35, price: 853000 },
  { date: '2021.8.22', search: 38, price: 709000 },
];

export type Column = 'search' | 'price';

export function column(key: Column): number[] {
  return WEEKS.map((w) => w[key]);
}

/** Min–max scaling to [0, 1], so two columns of very different size share one axis. */
export function minMax(values: readonly number[]): number[] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = hi - lo || 1;
  return values.map((v) => (v - lo) / span);
}

/** Pearson correlation of two equally long columns. */
export function correlation(a: readonly number[], b: readonly number[]): number {
  const n = a.length;
  const ma = a.reduce((s, v) => s + v, 0) / n;
  const mb = b.reduce((s, v) => s + v, 0) / n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (a[i] - ma) * (b[i] - mb);
    saa += (a[i] - ma) ** 2;
    sbb += (b[i] - mb) ** 2;
  }
  return sab / Math.sqrt(saa * sbb);
}

/** Week-to-week changes x(t) − x(t−1). */
export function changes(values: readonly number[]): number[] {
  return values.slice(1).map((v, i) => v - values[i]);
}

/**
 * The weeks a fixed window of `size` weeks feeds a predictor of week `target` (0-based): the
 * indices target − size … target − 1, cut at the start of the table.
 */
export function windowWeeks(target: number, size: number): number[] {
  const out: number[] = [];
  for (let k = Math.max(0, target - size); k < target; k++) out.push(k);
  return out;
}
