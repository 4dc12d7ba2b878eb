import { describe, expect, it } from 'vitest';
import { WEEKS, changes, column, correlation, minMax, windowWeeks } from './data';

describe('the weekly table of the notes', () => {
  it('holds the 23 rows as printed, first and last', () => {
    expect(WEEKS.length).toBe(23);
    expect(WEEKS[0]).toEqual({ date: '2021.3.21', search: 38, price: 932000 });
    expect(WEEKS[22]).toEqual({ date: '2021.8.22', search: 38, price: 709000 });
  });

  // numpy 2.4: np.corrcoef(search, price) and of np.diff of both.
  it("gives numpy's correlations of the columns and of their weekly changes", () => {
    const s = column('search');
    const p = column('price');
    expect(correlation(s, p)).toBeCloseTo(0.06285494437734315, 12);
    expect(correlation(changes(s), changes(p))).toBeCloseTo(-0.05927395196863225, 12);
  });

  it('scales a column onto [0, 1] with its extremes at the ends', () => {
    const m = minMax(column('price'));
    expect(Math.min(...m)).toBe(0);
    expect(Math.max(...m)).toBe(1);
    expect(m[22]).toBe(0); // 709,000 is the lowest price
    expect(m[0]).toBe(1); // 932,000 the highest
  });

  it('lists the weeks a window feeds, cut at the start of the table', () => {
    expect(windowWeeks(11, 5)).toEqual([6, 7, 8, 9, 10]);
    expect(windowWeeks(2, 5)).toEqual([0, 1]);
    expect(windowWeeks(0, 3)).toEqual([]);
  });
});
