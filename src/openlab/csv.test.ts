import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_CSV_BYTES, MAX_CSV_ROWS, MIN_CSV_ROWS, parseCsv } from './csv';

const codeOf = (text: string, bytes?: number) => {
  const r = parseCsv(text, bytes);
  return r.ok ? 'ok' : r.message.code;
};

const lines = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i));

describe('reading a CSV series', () => {
  it('reads the shipped airline-passenger file: 144 months summing to 40,363', () => {
    const r = parseCsv(readFileSync('public/data/air-passengers.csv', 'utf8'));
    if (!r.ok) throw new Error(r.message.code);
    expect(r.table.rows).toBe(144);
    expect(r.table.skipped).toHaveLength(1);
    const values = r.table.columns.at(-1)!.values;
    expect(values.reduce((a, b) => a + b, 0)).toBe(40363);
  });

  it('takes numeric columns of a header-less, semicolon-separated, quoted, CRLF file with a BOM', () => {
    const text = '\uFEFF' + lines(12, (i) => `"${i}";${i * 0.5};x${i}`).join('\r\n') + '\r\n';
    const r = parseCsv(text);
    if (!r.ok) throw new Error(r.message.code);
    expect(r.table.columns.map((c) => c.name)).toEqual(['column 1', 'column 2']);
    expect(r.table.columns[1].values[11]).toBe(5.5);
    expect(r.table.skipped).toEqual(['column 3']);
  });

  it('keeps header names as plain, unique text', () => {
    const text = ['<b>a</b>,<b>a</b>', ...lines(10, (i) => `${i},${-i}`)].join('\n');
    const r = parseCsv(text);
    if (!r.ok) throw new Error(r.message.code);
    expect(r.table.columns.map((c) => c.name)).toEqual(['<b>a</b>', '<b>a</b> (2)']);
  });

  it('names what is wrong with each kind of bad file', () => {
    const ten = lines(10, (i) => String(i));
    expect(codeOf('')).toBe('csv.empty');
    expect(codeOf(' \n\n\t\n')).toBe('csv.empty');
    expect(codeOf('a,b\u0000c')).toBe('csv.binary');
    expect(codeOf(['v', '"1', ...ten].join('\n'))).toBe('csv.malformed');
    expect(codeOf(['a,b', '1,2', '3', ...ten.map((v) => `${v},1`)].join('\n'))).toBe('csv.ragged');
    expect(codeOf(['name', ...lines(20, (i) => `n${i}`)].join('\n'))).toBe('csv.nonNumeric');
    expect(codeOf(['v', '1', '2', 'Infinity', ...ten].join('\n'))).toBe('csv.nonNumeric');
    expect(codeOf(['v', '1', '2', '3'].join('\n'))).toBe('csv.tooShort');
    expect(codeOf(['v', ...ten].join('\n'), MAX_CSV_BYTES + 1)).toBe('csv.tooBig');
    expect(codeOf(['v', ...lines(MAX_CSV_ROWS + 1, (i) => String(i % 7))].join('\n'))).toBe(
      'csv.tooManyRows',
    );
    expect(codeOf(['v', ...lines(MAX_CSV_ROWS, (i) => String(i % 7))].join('\n'))).toBe('ok');
  });

  it('says where the first non-number is', () => {
    const r = parseCsv(['when,v', ...lines(12, (i) => `d${i},${i === 4 ? 'n/a' : i}`)].join('\n'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.params).toMatchObject({ row: 2, column: 'when', value: 'd0' });
  });
});

const CODES = [
  'csv.empty',
  'csv.binary',
  'csv.malformed',
  'csv.ragged',
  'csv.nonNumeric',
  'csv.tooShort',
  'csv.tooBig',
  'csv.tooManyRows',
];

/** CSV-like text: rows of numbers, words, quotes and junk, joined by a random delimiter. */
const csvLike = fc
  .tuple(
    fc.array(
      fc.array(
        fc.oneof(
          fc.double().map(String),
          fc.integer().map(String),
          fc.string({ maxLength: 6 }),
          fc.constantFrom('"', '""', '"a,b"', '', ' ', 'NaN', '1e999', '\u0000', '\uFEFF', '\r'),
        ),
        { minLength: 1, maxLength: 4 },
      ),
      { maxLength: 30 },
    ),
    fc.constantFrom(',', ';', '\t', '|'),
    fc.constantFrom('\n', '\r\n', '\r'),
  )
  .map(([rows, d, nl]) => rows.map((r) => r.join(d)).join(nl));

describe('CSV fuzz', () => {
  it('never throws on 1,000 random and hostile files: data or a message', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          csvLike,
          fc.string({ maxLength: 300 }),
          fc.string({ unit: 'binary', maxLength: 300 }),
        ),
        (text) => {
          const r = parseCsv(text);
          if (r.ok) {
            expect(r.table.rows).toBeGreaterThanOrEqual(MIN_CSV_ROWS);
            for (const c of r.table.columns) {
              expect(c.values).toHaveLength(r.table.rows);
              expect(c.values.every(Number.isFinite)).toBe(true);
            }
          } else {
            expect(CODES).toContain(r.message.code);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
