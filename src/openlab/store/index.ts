/** Saved runs (IndexedDB) and model files: the panel the open lab mounts, and its store. */
export { SavedRuns, type SavedRunsPanelProps } from './SavedRuns';
export { ModelFilesSection } from './ModelFilesSection';
export {
  createRunStore,
  type RunStore,
  type SavedRun,
  type SavedRunMeta,
  type StoreFailure,
} from './runStore';
