/**
 * The student's own series: a file input that also takes a dropped file, then a column picker.
 * A refused file leaves the previous one in place and says why; nothing from the file is ever
 * rendered as markup (names and cells are React text).
 */
import { useId, useState, type DragEvent } from 'react';
import type { EngineMessage } from '../engine/types';
import type { Lang } from '../lesson/lang';
import { Select } from '../controls';
import { checkCsvSize, parseCsv, type CsvTable } from './csv';
import { labMessageText } from './messages';
import { OPEN_LAB_STRINGS, fill } from './strings';

export interface LoadedCsv {
  fileName: string;
  table: CsvTable;
}

export interface CsvInputProps {
  lang: Lang;
  loaded: LoadedCsv | null;
  column: string;
  onLoaded: (csv: LoadedCsv) => void;
  onColumn: (column: string) => void;
}

/** The file's name as plain, short text. */
function cleanName(name: string): string {
  const s = [...name].filter((c) => c >= ' ').join('');
  return s.length > 60 ? `${s.slice(0, 60)}…` : s || 'data.csv';
}

export function CsvInput({ lang, loaded, column, onLoaded, onColumn }: CsvInputProps) {
  const t = OPEN_LAB_STRINGS[lang];
  const id = useId();
  const [message, setMessage] = useState<EngineMessage | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [over, setOver] = useState(false);

  const read = async (file: File) => {
    const name = cleanName(file.name);
    const tooBig = checkCsvSize(file.size);
    if (tooBig && !tooBig.ok) {
      setMessage(tooBig.message);
      return;
    }
    setReading(name);
    try {
      const result = parseCsv(await file.text(), file.size);
      if (result.ok) {
        setMessage(null);
        onLoaded({ fileName: name, table: result.table });
      } else {
        setMessage(result.message);
      }
    } catch (e) {
      setMessage({
        code: 'csv.unreadable',
        severity: 'error',
        params: { detail: String(e).slice(0, 120) },
      });
    } finally {
      setReading(null);
    }
  };

  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file) void read(file);
  };

  return (
    <div className="openlab__csv">
      <div
        className="openlab__drop"
        data-over={over || undefined}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
        data-testid="openlab-drop"
      >
        <label htmlFor={id}>{t.csvFile}</label>
        <input
          id={id}
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/plain"
          aria-describedby={`${id}-hint`}
          data-testid="openlab-csv"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void read(file);
            e.currentTarget.value = '';
          }}
        />
        <p id={`${id}-hint`} className="muted">
          {t.csvDrop}
        </p>
      </div>
      <div aria-live="polite">
        {reading && <p className="muted">{fill(t.csvReading, { name: reading })}</p>}
        {message && (
          <p
            className="openlab__message openlab__message--error"
            role="alert"
            data-testid="openlab-csv-error"
          >
            {labMessageText(message, lang)}
          </p>
        )}
      </div>
      {loaded && (
        <>
          <p data-testid="openlab-csv-loaded">
            {fill(t.csvLoaded, {
              name: loaded.fileName,
              rows: loaded.table.rows.toLocaleString(lang),
              columns: loaded.table.columns.length,
            })}
            {loaded.table.skipped.length > 0 &&
              ` ${fill(t.csvSkipped, { names: loaded.table.skipped.slice(0, 5).join(', ') })}`}
          </p>
          <Select
            label={t.csvColumn}
            value={column}
            options={loaded.table.columns.map((c) => ({ value: c.name, label: c.name }))}
            onChange={onColumn}
          />
        </>
      )}
      <p className="muted">{t.csvNotInLink}</p>
    </div>
  );
}
