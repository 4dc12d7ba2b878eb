/** The training panel: optimizer, learning rate (log scale), batch, epochs, clipping, TBPTT, seed, backend. */
import type { Lang } from '../lesson/lang';
import { Select, Slider } from '../controls';
import { BACKENDS, OPTIMIZERS } from './settings';
import { OPEN_LAB_STRINGS, fill } from './strings';
import type { LabSettings } from './types';

export interface TrainingPanelProps {
  lang: Lang;
  s: LabSettings;
  set: (patch: Partial<LabSettings>) => void;
  /** Training examples of the current data, to say when a batch is capped. */
  trainExamples: number | null;
}

export function TrainingPanel({ lang, s, set, trainExamples }: TrainingPanelProps) {
  const t = OPEN_LAB_STRINGS[lang];
  return (
    <fieldset className="openlab__panel" data-testid="openlab-panel-training">
      <legend>{t.training}</legend>
      <Select
        label={t.optimizer}
        value={s.optimizer}
        options={OPTIMIZERS.map((o) => ({ value: o, label: t[o] }))}
        onChange={(optimizer) => set({ optimizer })}
      />
      <Slider
        label={t.learningRate}
        min={1e-4}
        max={1}
        log
        value={s.lr}
        onChange={(lr) => set({ lr })}
      />
      <Slider
        label={t.batchSize}
        min={1}
        max={512}
        step={1}
        value={s.batch}
        onChange={(batch) => set({ batch })}
      />
      {trainExamples !== null && s.batch > trainExamples && (
        <p className="muted">{fill(t.batchCapped, { n: trainExamples })}</p>
      )}
      <Slider
        label={t.epochs}
        min={1}
        max={200}
        step={1}
        value={s.epochs}
        onChange={(epochs) => set({ epochs })}
      />
      <Slider
        label={t.clip}
        min={0}
        max={10}
        step={0.1}
        value={s.clip}
        onChange={(clip) => set({ clip })}
      />
      <Slider
        label={t.tbptt}
        min={0}
        max={200}
        step={1}
        value={s.tbptt}
        onChange={(tbptt) => set({ tbptt })}
      />
      <label className="openlab__number">
        {t.seed}
        <input
          type="number"
          min={0}
          max={999999}
          step={1}
          value={s.seed}
          data-testid="openlab-seed"
          onChange={(e) => {
            const v = Number(e.currentTarget.value);
            if (Number.isInteger(v) && v >= 0 && v <= 999_999) set({ seed: v });
          }}
        />
      </label>
      <Select
        label={t.backend}
        value={s.backend}
        options={BACKENDS.map((b) => ({ value: b, label: t[b] }))}
        onChange={(backend) => set({ backend })}
      />
    </fieldset>
  );
}
