/**
 * Several training runs one after another in one worker: each job is created, trained to its last
 * epoch and measured before the next starts, so a page comparing five models holds one tfjs
 * worker, not five. Progress comes from the worker's snapshots; Stop pauses the run in flight and
 * skips the rest. The worker starts on the first Run and ends when the widget unmounts.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Remote } from 'comlink';
import type { TrainerClient } from '../../worker/client';
import type { TrainerWorkerApi } from '../../worker/protocol';
import { runJobs, type JobState, type QueueJob as RunJob } from './runJobs';

export type { JobState, JobStatus } from './runJobs';
export type QueueJob = RunJob<Remote<TrainerWorkerApi>>;

export interface RunQueue {
  states: Record<string, JobState>;
  running: boolean;
  start(jobs: QueueJob[]): void;
  stop(): void;
}

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
          await runJobs(client.current.api, jobs, {
            patch,
            stopped: () => stopped.current,
            setCurrent: (k) => {
              current.current = k;
            },
          });
        } catch (e) {
          patch(jobs[0].key, {
            status: 'failed',
            message: {
              code: 'worker.failed',
              severity: 'error',
              params: { detail: String(e).slice(0, 200) },
            },
          });
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
