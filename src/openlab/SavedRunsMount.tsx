/**
 * Where the saved-runs panel (IndexedDB save, export and import, in `store/`) sits on the page.
 * It loads in a chunk of its own, after the lab itself.
 */
import { lazy, Suspense } from 'react';
import type { Lang } from '../lesson/lang';
import type { ModelConfig, TrainConfig } from '../engine/types';
import type { TrainerRun } from '../widgets/TrainingLab/useTrainer';
import type { DataDescription, LabSettings } from './types';

/** What the lab hands the saved-runs panel. */
export interface SavedRunsProps {
  lang: Lang;
  settings: LabSettings;
  model: ModelConfig | null;
  train: TrainConfig | null;
  data: DataDescription | null;
  /** The current run (its worker holds the weights; its snapshot the history); null before data. */
  run: TrainerRun | null;
  /** Opens a saved run's settings on the page. */
  onOpen: (settings: Partial<LabSettings>) => void;
}

const SavedRuns = lazy(async () => ({ default: (await import('./store')).SavedRuns }));

export function SavedRunsMount(props: SavedRunsProps) {
  return (
    <Suspense fallback={null}>
      <SavedRuns {...props} />
    </Suspense>
  );
}
