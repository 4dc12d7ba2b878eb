/**
 * Train / pause / step / reset for one or more live runs, with TrainingLab's labels and test ids
 * (lab-train, lab-pause, lab-step-batch, lab-step-epoch, lab-reset) so every lab reads alike.
 */
import type { Lang } from '../../lesson/lang';
import { LAB_STRINGS } from '../TrainingLab/strings';

export interface RunButtonsProps {
  lang: Lang;
  label: string;
  training: boolean;
  busy: boolean;
  idle: boolean;
  onPlay(): void;
  onPause(): void;
  onStepBatch(): void;
  onStepEpoch(): void;
  onReset(): void;
}

export function RunButtons(p: RunButtonsProps) {
  const t = LAB_STRINGS[p.lang];
  return (
    <div className="training-lab__buttons" role="group" aria-label={p.label}>
      {p.training ? (
        <button type="button" onClick={p.onPause} data-testid="lab-pause">
          {t.pause}
        </button>
      ) : (
        <button type="button" onClick={p.onPlay} disabled={p.busy} data-testid="lab-train">
          {t.train}
        </button>
      )}
      <button
        type="button"
        onClick={p.onStepBatch}
        disabled={p.training || p.busy}
        data-testid="lab-step-batch"
      >
        {t.stepBatch}
      </button>
      <button
        type="button"
        onClick={p.onStepEpoch}
        disabled={p.training || p.busy}
        data-testid="lab-step-epoch"
      >
        {t.stepEpoch}
      </button>
      <button type="button" onClick={p.onReset} disabled={p.busy || p.idle} data-testid="lab-reset">
        {t.reset}
      </button>
    </div>
  );
}
