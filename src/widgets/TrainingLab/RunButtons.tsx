/**
 * Train/Pause, one step and Reset for a live lab driven by `useTrainer`. `testId` prefixes the
 * buttons' test ids (`<testId>-train`, `-pause`, `-step`, `-reset`).
 */
import type { TrainerRun } from './useTrainer';

export interface RunButtonsProps {
  run: TrainerRun;
  testId: string;
  groupLabel: string;
  labels: { train: string; pause: string; step: string; reset: string };
}

export function RunButtons({ run, testId, groupLabel, labels }: RunButtonsProps) {
  const training = run.snapshot?.state === 'training';
  return (
    <div
      role="group"
      aria-label={groupLabel}
      style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}
    >
      {training ? (
        <button type="button" data-testid={`${testId}-pause`} onClick={run.pause}>
          {labels.pause}
        </button>
      ) : (
        <button type="button" data-testid={`${testId}-train`} onClick={run.play}>
          {labels.train}
        </button>
      )}
      <button
        type="button"
        data-testid={`${testId}-step`}
        onClick={run.stepBatch}
        disabled={training}
      >
        {labels.step}
      </button>
      <button type="button" data-testid={`${testId}-reset`} onClick={run.reset}>
        {labels.reset}
      </button>
    </div>
  );
}
