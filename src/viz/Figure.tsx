/**
 * The frame every drawing sits in: a titled, described figure with a "show as table" toggle that
 * swaps the drawing for an HTML table of the same numbers.
 */
import { useId, useState, type ReactNode } from 'react';
import type { Lang } from '../lesson/lang';
import { say } from './strings';
import './viz.css';

/** The numbers behind a drawing, as a table: the first column holds the row headers. */
export interface TableData {
  caption: string;
  columns: string[];
  rows: (string | number)[][];
}

export interface FigureProps {
  lang: Lang;
  title: string;
  description: string;
  /** A function so the table is only computed when shown. */
  table: () => TableData | TableData[];
  /** Controls above the drawing (left visible in table view). */
  controls?: ReactNode;
  children: ReactNode;
  className?: string;
  /** Start in table view. */
  initialTable?: boolean;
}

export function Figure({
  lang,
  title,
  description,
  table,
  controls,
  children,
  className,
  initialTable = false,
}: FigureProps) {
  const [asTable, setAsTable] = useState(initialTable);
  const id = useId();
  const tables = asTable ? [table()].flat() : [];
  return (
    <figure
      className={`viz-figure ${className ?? ''}`}
      aria-labelledby={`${id}-t`}
      aria-describedby={`${id}-d`}
    >
      <figcaption className="viz-caption">
        <span id={`${id}-t`} className="viz-title">
          {title}
        </span>
        <span id={`${id}-d`} className="viz-desc">
          {description}
        </span>
      </figcaption>
      <div className="viz-toolbar">
        {controls}
        <button
          type="button"
          className="viz-table-toggle"
          aria-pressed={asTable}
          onClick={() => setAsTable((v) => !v)}
        >
          {say(asTable ? 'showChart' : 'showTable', lang)}
        </button>
      </div>
      {asTable ? (
        tables.map((t, i) => <DataTable key={i} data={t} />)
      ) : (
        <div className="viz-body">{children}</div>
      )}
    </figure>
  );
}

/** An accessible table: caption, column headers with scope="col", row headers with scope="row". */
export function DataTable({ data }: { data: TableData }) {
  return (
    // Focusable so a keyboard can scroll a wide or long table.
    <div className="viz-table-wrap" tabIndex={0}>
      <table className="viz-table">
        <caption>{data.caption}</caption>
        <thead>
          <tr>
            {data.columns.map((c, i) => (
              <th key={i} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) =>
                c === 0 ? (
                  <th key={c} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={c}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
