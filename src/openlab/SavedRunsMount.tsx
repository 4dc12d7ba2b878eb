/**
 * Where the saved-runs panel (IndexedDB save, export and import, in `store/`) sits on the page.
 * It is found with a glob, so the lab builds and works before that folder exists, and loads in a
 * chunk of its own when it does.
 */
import { lazy, Suspense, type ComponentType } from 'react';
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

const modules = import.meta.glob<{ SavedRuns?: ComponentType<SavedRunsProps> }>('./store/index.ts');
const load = Object.values(modules)[0];
const NoRuns: ComponentType<SavedRunsProps> = () => null;
const SavedRuns = load
  ? lazy(async () => {
      const m = await load();
      return { default: m.SavedRuns ?? NoRuns };
    })
  : null;

export function SavedRunsMount(props: SavedRunsProps) {
  if (!SavedRuns) return null;
  return (
    <Suspense fallback={null}>
      <SavedRuns {...props} />
    </Suspense>
  );
}
