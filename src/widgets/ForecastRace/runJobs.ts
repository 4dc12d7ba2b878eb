/**
 * The sequencing behind useRunQueue, free of React and of the worker: create, train to the end and
 * measure each job in turn, report every change, skip the rest once stopped. The API is the
 * worker's (or any object with the same four methods), so Node tests drive it with a fake.
 */
import type { CreateResult, CreateSpec } from '../../worker/protocol';
import type { EngineMessage, TrainerSnapshot } from '../../engine/types';

export type JobStatus = 'waiting' | 'starting' | 'training' | 'done' | 'stopped' | 'failed';

export interface JobState {
  status: JobStatus;
  epoch?: number;
  epochs?: number;
  batch?: number;
  batchesPerEpoch?: number;
  params?: number;
  backend?: string;
  /** The job's figure once measured (e.g. validation MSE or accuracy). */
  value?: number;
  seconds?: number;
  message?: EngineMessage;
}

/** The part of the worker API the queue uses (every call may be async across the boundary). */
export interface QueueApi {
  create(spec: CreateSpec): Promise<CreateResult> | CreateResult;
  play(): Promise<void> | void;
  snapshot(): Promise<TrainerSnapshot | null> | TrainerSnapshot | null;
  evaluate(
    part: 'valid',
  ): Promise<{ loss: number; metric: number }> | { loss: number; metric: number };
}

export interface QueueJob<A extends QueueApi = QueueApi> {
  key: string;
  spec: CreateSpec;
  /** The figure to report once trained; default: the validation metric. */
  measure?: (api: A) => Promise<number>;
}

export interface RunHooks {
  patch(key: string, change: Partial<JobState>): void;
  /** Checked before each job and after each training run. */
  stopped(): boolean;
  /** The job now training (null between jobs), so snapshots can be attributed to it. */
  setCurrent(key: string | null): void;
  now?: () => number;
}

export async function runJobs<A extends QueueApi>(
  api: A,
  jobs: QueueJob<A>[],
  hooks: RunHooks,
): Promise<void> {
  const now = hooks.now ?? (() => performance.now());
  let key: string | null = null;
  try {
    for (const job of jobs) {
      if (hooks.stopped()) break;
      key = job.key;
      hooks.patch(key, { status: 'starting' });
      const began = now();
      const created = await api.create(job.spec);
      if (!created.ok) {
        hooks.patch(key, { status: 'failed', message: created.messages[0] });
        continue;
      }
      hooks.patch(key, {
        status: 'training',
        params: created.paramCount,
        backend: created.backend,
      });
      hooks.setCurrent(key);
      await api.play();
      hooks.setCurrent(null);
      const snap = await api.snapshot();
      if (snap?.state !== 'done') {
        const failed = snap?.state === 'diverged' || snap?.state === 'error';
        hooks.patch(key, { status: failed ? 'failed' : 'stopped', message: snap?.message });
        continue;
      }
      const value = job.measure ? await job.measure(api) : (await api.evaluate('valid')).metric;
      hooks.patch(key, {
        status: 'done',
        value,
        epoch: snap.epoch,
        seconds: (now() - began) / 1000,
      });
    }
  } catch (e) {
    hooks.setCurrent(null);
    if (key !== null) {
      hooks.patch(key, {
        status: 'failed',
        message: {
          code: 'worker.failed',
          severity: 'error',
          params: { detail: String(e).slice(0, 200) },
        },
      });
    }
  }
}
