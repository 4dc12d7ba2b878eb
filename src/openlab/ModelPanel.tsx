/** The model panel: cell, depth, width, direction, head, sequence length and horizon. */
import type { Lang } from '../lesson/lang';
import { Select, Slider, Toggle } from '../controls';
import { dataSetInfo } from './catalog';
import { CELLS, effectiveSettings } from './settings';
import { OPEN_LAB_STRINGS, fill } from './strings';
import type { LabSettings } from './types';

export interface ModelPanelProps {
  lang: Lang;
  s: LabSettings;
  set: (patch: Partial<LabSettings>) => void;
}

export function ModelPanel({ lang, s, set }: ModelPanelProps) {
  const t = OPEN_LAB_STRINGS[lang];
  const info = dataSetInfo(s.data);
  const e = effectiveSettings(s);
  const token = info.kind === 'chars' || info.kind === 'sentences';
  return (
    <fieldset className="openlab__panel" data-testid="openlab-panel-model">
      <legend>{t.model}</legend>
      <Select
        label={t.cell}
        value={s.cell}
        options={CELLS.map((c) => ({ value: c, label: t[c] }))}
        onChange={(cell) => set({ cell })}
      />
      <Slider
        label={t.layers}
        min={1}
        max={4}
        step={1}
        value={s.layers}
        onChange={(layers) => set({ layers })}
      />
      <Slider
        label={t.units}
        min={1}
        max={256}
        step={1}
        value={s.units}
        onChange={(units) => set({ units })}
      />
      <Toggle
        label={t.bidirectional}
        checked={s.bidirectional}
        onChange={(bidirectional) => set({ bidirectional })}
      />
      <Select
        label={t.head}
        value={e.head}
        options={[
          { value: 'last', label: t.headLast },
          { value: 'everyStep', label: t.headEveryStep },
        ]}
        onChange={(head) => set({ head })}
        locked={info.kind === 'sentences'}
        lockedReason={t.headFixed}
      />
      <Slider
        label={t.steps}
        min={2}
        max={info.maxSteps ?? 200}
        step={1}
        value={e.steps}
        onChange={(steps) => set({ steps })}
        locked={info.fixedSteps !== undefined}
        lockedReason={fill(t.stepsFixed, { steps: e.steps })}
      />
      {info.fixedSteps !== undefined && (
        <p className="muted">{fill(t.stepsFixed, { steps: e.steps })}</p>
      )}
      <Slider
        label={t.horizon}
        min={1}
        max={20}
        step={1}
        value={e.horizon}
        onChange={(horizon) => set({ horizon })}
        locked={token}
        lockedReason={t.horizonFixed}
      />
      {token && <p className="muted">{info.kind === 'sentences' ? t.headFixed : t.horizonFixed}</p>}
    </fieldset>
  );
}
