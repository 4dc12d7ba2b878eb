/** The data panel: which set, its seed and sizes, the validation share, or the student's CSV. */
import type { Lang } from '../lesson/lang';
import { Select, Slider } from '../controls';
import { DATA_SETS, dataSetInfo } from './catalog';
import { CsvInput, type LoadedCsv } from './CsvInput';
import type { LabDataState } from './useLabData';
import { OPEN_LAB_STRINGS, fill } from './strings';
import type { LabSettings } from './types';

export interface DataPanelProps {
  lang: Lang;
  s: LabSettings;
  set: (patch: Partial<LabSettings>) => void;
  data: LabDataState;
  csv: LoadedCsv | null;
  column: string;
  onCsv: (csv: LoadedCsv) => void;
  onColumn: (column: string) => void;
}

export function DataPanel({ lang, s, set, data, csv, column, onCsv, onColumn }: DataPanelProps) {
  const t = OPEN_LAB_STRINGS[lang];
  const info = dataSetInfo(s.data);
  const d = data.data?.ok ? data.data.description : null;
  return (
    <fieldset className="openlab__panel" data-testid="openlab-panel-data">
      <legend>{t.data}</legend>
      <Select
        label={t.dataSet}
        value={s.data}
        options={DATA_SETS.map((o) => ({ value: o.id, label: o.label[lang] }))}
        onChange={(v) => set({ data: v })}
      />
      {(s.data === 'synthetic' || s.data === 'sentences') && (
        <label className="openlab__number">
          {s.data === 'synthetic' ? t.dataSeed : t.splitSeed}
          <input
            type="number"
            min={0}
            max={999999}
            step={1}
            value={s.dataSeed}
            onChange={(e) => {
              const v = Number(e.currentTarget.value);
              if (Number.isInteger(v) && v >= 0 && v <= 999_999) set({ dataSeed: v });
            }}
          />
        </label>
      )}
      {s.data === 'synthetic' && (
        <Slider
          label={t.seriesCount}
          min={100}
          max={10000}
          step={100}
          value={s.series}
          onChange={(series) => set({ series })}
        />
      )}
      {!info.memorise && (
        <Slider
          label={t.validShare}
          min={0.1}
          max={0.5}
          step={0.05}
          value={s.valid}
          onChange={(valid) => set({ valid })}
        />
      )}
      {s.data === 'csv' && (
        <CsvInput lang={lang} loaded={csv} column={column} onLoaded={onCsv} onColumn={onColumn} />
      )}
      <div aria-live="polite" className="muted">
        {data.loading && <p>{t.loadingData}</p>}
        {d && (
          <p data-testid="openlab-data-summary">
            {fill(t.examples, {
              train: d.trainExamples,
              valid: d.validExamples,
              steps: d.timesteps,
            })}
            {d.sameAsTrain && ` ${t.sameAsTrain}`}
            {d.normalization &&
              ` ${fill(t.normalised, {
                mean: Number(d.normalization.mean.toPrecision(4)),
                std: Number(d.normalization.std.toPrecision(4)),
              })}`}
          </p>
        )}
      </div>
    </fieldset>
  );
}
