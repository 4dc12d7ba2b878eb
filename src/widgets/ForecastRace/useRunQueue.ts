/**
 * Several training runs one after another in one worker: each job is created, trained to its last
 * epoch and measured before the next starts, so a page comparing five models holds one tfjs
 * worker, not five. Progress comes from the worker's snapshots; Stop pauses the run in flight and
 * skips the rest. The worker starts on the first Run and ends when the widget unmounts.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Remote } from 'comlink';
import type { TrainerClient } from '../../worker/client';
import type { CreateSpec, TrainerWorkerApi } from '../../worker/protocol';
import type { EngineMessage } from '../../engine/types';

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

export interface QueueJob {
  key: string;
  spec: CreateSpec;
  /** The figure to report once trained; default: the validation metric. */
  measure?: (api: Remote<TrainerWorkerApi>) => Promise<number>;
}

export interface RunQueue {
  states: Record<string, JobState>;
  running: boolean;
  start(jobs: QueueJob[]): void;
  stop(): void;
}

const validationMetric = async (api: Remote<TrainerWorkerApi>) =>
  (await api.evaluate('valid')).metric;

export function useRunQueue(): RunQueue {
  const [states, setStates] = useState<Record<string, JobState>>({});
  const [running, setRunning] = useState(false);
  const client = useRef<TrainerClient | null>(null);
  const stopped = useRef(false);
  const busy = useRef(false);
  const current = useRef<string | null>(null);

  const patch = useCallback((key: string, change: Partial<JobState>) => {
    setStates((all) => ({ ...all, [key]: { ...(all[key] ?? { status: 'waiting' }), ...change } }));
  }, []);

  const start = useCallback(
    (jobs: QueueJob[]) => {
      if (busy.current || jobs.length === 0) return;
      busy.current = true;
      stopped.current = false;
      setRunning(true);
      setStates(Object.fromEntries(jobs.map((j) => [j.key, { status: 'waiting' as const }])));
      void (async () => {
        let key: string | null = null;
        try {
          if (!client.current) {
            const { createTrainerClient } = await import('../../worker/client');
            client.current = createTrainerClient();
            await client.current.onSnapshot((s) => {
              const k = current.current;
              if (k === null || s.state !== 'training') return;
              patch(k, {
                status: 'training',
                epoch: s.epoch,
                epochs: s.epochs,
                batch: s.batch,
                batchesPerEpoch: s.batchesPerEpoch,
              });
            });
          }
          const api = client.current.api;
          for (const job of jobs) {
            if (stopped.current) break;
            key = job.key;
            patch(key, { status: 'starting' });
            const began = performance.now();
            const created = await api.create(job.spec);
            if (!created.ok) {
              patch(key, { status: 'failed', message: created.messages[0] });
              continue;
            }
            patch(key, {
              status: 'training',
              params: created.paramCount,
              backend: created.backend,
            });
            current.current = key;
            await api.play();
            current.current = null;
            const snap = await api.snapshot();
            if (snap?.state !== 'done') {
              const failed = snap?.state === 'diverged' || snap?.state === 'error';
              patch(key, { status: failed ? 'failed' : 'stopped', message: snap?.message });
              continue;
            }
            const value = await (job.measure ?? validationMetric)(api);
            patch(key, {
              status: 'done',
              value,
              epoch: snap.epoch,
              seconds: (performance.now() - began) / 1000,
            });
          }
        } catch (e) {
          if (key !== null) {
            patch(key, {
              status: 'failed',
              message: {
                code: 'worker.failed',
                severity: 'error',
                params: { detail: String(e).slice(0, 200) },
              },
            });
          }
        } finally {
          current.current = null;
          busy.current = false;
          setRunning(false);
          setStates((all) =>
            Object.fromEntries(
              Object.entries(all).map(([k, s]) => [
                k,
                s.status === 'waiting' ? { ...s, status: 'stopped' as const } : s,
              ]),
            ),
          );
        }
      })();
    },
    [patch],
  );

  const stop = useCallback(() => {
    stopped.current = true;
    void client.current?.api.pause();
  }, []);

  useEffect(
    () => () => {
      client.current?.terminate();
      client.current = null;
    },
    [],
  );

  return { states, running, start, stop };
}
