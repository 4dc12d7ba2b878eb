/**
 * A student's CSV file of a time series, read into numeric columns. Papa Parse splits the text
 * (quotes, delimiters, line endings); this file decides what is usable. It never throws: every
 * file gives either columns of finite numbers or one message saying what is wrong (empty, binary,
 * malformed quotes, ragged rows, no numeric column, too short, too big, too many rows).
 */
import Papa from 'papaparse';
import type { EngineMessage } from '../engine/types';

/** Largest file read at all, in bytes. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;
/** Most data rows read; longer series are refused rather than cut silently. */
export const MAX_CSV_ROWS = 100_000;
/** Fewest values a usable column holds. */
export const MIN_CSV_ROWS = 10;
/** Longest column name kept (names are shown as text, never as markup). */
const MAX_NAME = 40;

export interface CsvColumn {
  name: string;
  values: number[];
}

export interface CsvTable {
  /** Columns whose every cell is a finite number, in file order. */
  columns: CsvColumn[];
  /** Data rows (the header, when there is one, not counted). */
  rows: number;
  /** Names of the columns left out because some cell is not a number. */
  skipped: string[];
}

export type CsvResult = { ok: true; table: CsvTable } | { ok: false; message: EngineMessage };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

function refuse(code: string, params: Record<string, string | number> = {}): CsvResult {
  return { ok: false, message: { code: `csv.${code}`, params, severity: 'error' } };
}

/** The number a cell holds, or null (empty cells, text, infinities). */
export function cellNumber(cell: string): number | null {
  const s = cell.trim();
  if (!NUMBER.test(s)) return null;
  const v = Number(s);
  return Number.isFinite(v) ? v : null;
}

/** A short, printable excerpt of a cell for a message. */
function excerpt(cell: string): string {
  const s = [...cell.trim()].filter((c) => c >= ' ' && c !== '\u007f').join('');
  return s.length > 20 ? `${s.slice(0, 20)}…` : s;
}

/** Refuses a file by its size before its text is read. */
export function checkCsvSize(bytes: number): CsvResult | null {
  return bytes > MAX_CSV_BYTES
    ? refuse('tooBig', { size: Math.ceil(bytes / 1024 / 1024), max: MAX_CSV_BYTES / 1024 / 1024 })
    : null;
}

/** Unique, non-empty, printable column names. */
function columnNames(header: string[] | null, width: number): string[] {
  const seen = new Set<string>();
  return Array.from({ length: width }, (_, i) => {
    let name = excerpt(header?.[i] ?? '').slice(0, MAX_NAME) || `column ${i + 1}`;
    while (seen.has(name)) name = `${name} (${i + 1})`;
    seen.add(name);
    return name;
  });
}

/** Reads a CSV text; `bytes` is the file's size when known (else the text's UTF-16 length). */
export function parseCsv(text: string, bytes = text.length): CsvResult {
  const tooBig = checkCsvSize(bytes);
  if (tooBig) return tooBig;
  if (typeof text !== 'string') return refuse('empty');
  if (text.includes('\u0000')) return refuse('binary');
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return refuse('empty');
  let parsed: Papa.ParseResult<string[]>;
  try {
    parsed = Papa.parse<string[]>(body, { skipEmptyLines: 'greedy', preview: MAX_CSV_ROWS + 2 });
  } catch {
    return refuse('malformed', { row: 1 });
  }
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) return refuse('malformed', { row: (quoteError.row ?? 0) + 1 });
  const rows = parsed.data.filter((r) => Array.isArray(r) && r.some((c) => c.trim() !== ''));
  if (rows.length === 0) return refuse('empty');
  // The first row is a header when it holds more text cells than the row below it (a date
  // column stays text all the way down; a header row is text above numbers).
  const texts = (r: string[] | undefined) =>
    r ? r.filter((c) => c.trim() !== '' && cellNumber(c) === null).length : 0;
  const hasHeader = texts(rows[0]) > texts(rows[1]) || (rows.length === 1 && texts(rows[0]) > 0);
  const header = hasHeader ? rows[0] : null;
  const data = hasHeader ? rows.slice(1) : rows;
  if (data.length > MAX_CSV_ROWS) return refuse('tooManyRows', { max: MAX_CSV_ROWS });
  const width = rows[0].length;
  const ragged = rows.findIndex((r) => r.length !== width);
  if (ragged !== -1) {
    return refuse('ragged', { row: ragged + 1, found: rows[ragged].length, expected: width });
  }
  if (data.length === 0) return refuse('tooShort', { rows: 0, min: MIN_CSV_ROWS });
  const names = columnNames(header, width);
  const columns: CsvColumn[] = [];
  const skipped: string[] = [];
  let firstBad: { row: number; column: string; value: string } | null = null;
  for (let c = 0; c < width; c++) {
    const values: number[] = [];
    for (let r = 0; r < data.length; r++) {
      const v = cellNumber(data[r][c]);
      if (v === null) {
        firstBad ??= {
          row: r + 1 + (hasHeader ? 1 : 0),
          column: names[c],
          value: excerpt(data[r][c]),
        };
        break;
      }
      values.push(v);
    }
    if (values.length === data.length) columns.push({ name: names[c], values });
    else skipped.push(names[c]);
  }
  if (columns.length === 0) {
    return refuse('nonNumeric', firstBad ?? { row: 1, column: names[0], value: '' });
  }
  if (data.length < MIN_CSV_ROWS)
    return refuse('tooShort', { rows: data.length, min: MIN_CSV_ROWS });
  return { ok: true, table: { columns, rows: data.length, skipped } };
}
