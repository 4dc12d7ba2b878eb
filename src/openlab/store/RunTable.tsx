/**
 * The table of saved runs: name, date, model, data and last figure, with open, rename and delete
 * on each row. Renaming happens in place; deleting asks once more. Names are text, never HTML.
 */
import { useState } from 'react';
import type { Lang } from '../../lesson/lang';
import type { SavedRunMeta } from './runStore';
import { cellName, fill, STORE_STRINGS } from './strings';

export interface RunTableProps {
  lang: Lang;
  metas: SavedRunMeta[];
  onOpen: (meta: SavedRunMeta) => void;
  onRename: (meta: SavedRunMeta, name: string) => void;
  onRemove: (meta: SavedRunMeta) => void;
}

/** The run's last figure in words, e.g. "MSE 0.0213 (validation, epoch 20)". */
export function metricText(lang: Lang, meta: SavedRunMeta): string {
  const t = STORE_STRINGS[lang];
  if (!meta.metric) return '–';
  const { kind, value, validation } = meta.metric;
  return fill(lang, 'metricValue', {
    kind: t[kind],
    value: kind === 'accuracy' ? value.toFixed(3) : value.toPrecision(3),
    where: validation ? t.validation : t.training,
    epoch: meta.epoch,
  });
}

export function RunTable({ lang, metas, onOpen, onRename, onRemove }: RunTableProps) {
  const t = STORE_STRINGS[lang];
  const [editing, setEditing] = useState<{ id: string; text: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const date = new Intl.DateTimeFormat(lang === 'ko' ? 'ko-KR' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  if (metas.length === 0) return <p>{t.empty}</p>;
  return (
    <div className="saved-runs__table">
      <table>
        <caption>{t.listCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colName}</th>
            <th scope="col">{t.colSaved}</th>
            <th scope="col">{t.colCell}</th>
            <th scope="col">{t.colData}</th>
            <th scope="col">{t.colMetric}</th>
            <th scope="col">{t.colActions}</th>
          </tr>
        </thead>
        <tbody>
          {metas.map((m) => (
            <tr key={m.id}>
              <th scope="row">
                {editing?.id === m.id ? (
                  <form
                    onSubmit={(e) => {
                      e.preventDefault();
                      onRename(m, editing.text);
                      setEditing(null);
                    }}
                  >
                    <input
                      type="text"
                      aria-label={fill(lang, 'newName', { name: m.name })}
                      value={editing.text}
                      maxLength={80}
                      autoFocus
                      onChange={(e) => setEditing({ id: m.id, text: e.currentTarget.value })}
                      onKeyDown={(e) => {
                        if (e.key === 'Escape') setEditing(null);
                      }}
                    />
                    <button type="submit">{t.saveName}</button>
                    <button type="button" onClick={() => setEditing(null)}>
                      {t.cancel}
                    </button>
                  </form>
                ) : (
                  m.name
                )}
              </th>
              <td>
                <time dateTime={new Date(m.savedAt).toISOString()}>{date.format(m.savedAt)}</time>
              </td>
              <td>
                {fill(lang, 'model', {
                  cell: cellName(lang, m.cell),
                  layers: m.layers,
                  units: m.units,
                })}
              </td>
              <td>{m.dataName}</td>
              <td>{metricText(lang, m)}</td>
              <td className="saved-runs__actions">
                <button type="button" onClick={() => onOpen(m)}>
                  {t.open}
                </button>
                <button
                  type="button"
                  aria-label={`${t.rename}: ${m.name}`}
                  onClick={() => setEditing({ id: m.id, text: m.name })}
                >
                  {t.rename}
                </button>
                {confirming === m.id ? (
                  <>
                    <button
                      type="button"
                      className="saved-runs__danger"
                      onClick={() => {
                        setConfirming(null);
                        onRemove(m);
                      }}
                    >
                      {t.confirmRemove}
                    </button>
                    <button type="button" onClick={() => setConfirming(null)}>
                      {t.cancel}
                    </button>
                  </>
                ) : (
                  <button
                    type="button"
                    aria-label={`${t.remove}: ${m.name}`}
                    onClick={() => setConfirming(m.id)}
                  >
                    {t.remove}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
