/**
 * The page's side of the training worker. The page never imports tfjs: it talks to the worker
 * through this typed Comlink wrapper, and receives snapshots through a proxied callback.
 */
import * as Comlink from 'comlink';
import type { TrainerSnapshot } from '../engine/types';
import type { TrainerWorkerApi } from './protocol';

export interface TrainerClient {
  /** The worker's API; every method returns a promise. */
  api: Comlink.Remote<TrainerWorkerApi>;
  /** Receives every snapshot the worker sends (at most ~30 a second); null stops. */
  onSnapshot(listener: ((snapshot: TrainerSnapshot) => void) | null): Promise<void>;
  /** Stops the worker and everything it holds. */
  terminate(): void;
}

export function createTrainerClient(): TrainerClient {
  const worker = new Worker(new URL('./trainer.worker.ts', import.meta.url), { type: 'module' });
  const api = Comlink.wrap<TrainerWorkerApi>(worker);
  // The site is built with a relative base, which a worker would resolve against its own script
  // URL (under assets/): tell it where the app lives so data files load from the right folder.
  void api.setBaseUrl(document.baseURI);
  return {
    api,
    onSnapshot: (listener) => api.onSnapshot(listener ? Comlink.proxy(listener) : null),
    terminate: () => {
      api[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}
