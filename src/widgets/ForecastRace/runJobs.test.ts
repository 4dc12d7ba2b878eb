import { describe, expect, it } from 'vitest';
import type { CreateResult, CreateSpec } from '../../worker/protocol';
import type { TrainerSnapshot } from '../../engine/types';
import { runJobs, type JobState, type QueueApi } from './runJobs';

/** A worker stand-in: refuses experiments named 'bad', ends in `endState`, metric = epochs / 10. */
function fakeApi(endState: TrainerSnapshot['state'] = 'done', onPlay: () => void = () => {}) {
  const calls: string[] = [];
  let spec: CreateSpec | null = null;
  const api: QueueApi = {
    create(s) {
      spec = s;
      const id = 'experiment' in s ? s.experiment : 'custom';
      calls.push(`create ${id}`);
      const ok = id !== 'bad';
      return {
        ok,
        backend: 'cpu',
        messages: ok ? [] : [{ code: 'experiment.unknown', severity: 'error' }],
        summary: [],
        paramCount: 7,
        batchesPerEpoch: 3,
      } satisfies CreateResult;
    },
    play() {
      calls.push('play');
      onPlay();
    },
    snapshot() {
      const epochs = spec && 'experiment' in spec ? (spec.train?.epochs ?? 1) : 1;
      return { state: endState, epoch: epochs } as TrainerSnapshot;
    },
    evaluate() {
      const epochs = spec && 'experiment' in spec ? (spec.train?.epochs ?? 1) : 1;
      return { loss: 0, metric: epochs / 10 };
    },
  };
  return { api, calls };
}

function collect() {
  const states: Record<string, JobState> = {};
  const order: string[] = [];
  return {
    states,
    order,
    patch(key: string, change: Partial<JobState>) {
      states[key] = { ...(states[key] ?? { status: 'waiting' }), ...change };
      order.push(`${key}:${states[key].status}`);
    },
  };
}

const job = (key: string, epochs = 1) => ({
  key,
  spec: { experiment: key, train: { epochs } },
});

describe('runJobs', () => {
  it('trains the jobs strictly one after another and reports each figure', async () => {
    const { api, calls } = fakeApi();
    const c = collect();
    let t = 0;
    await runJobs(api, [job('a', 2), job('b', 5)], {
      patch: c.patch,
      stopped: () => false,
      setCurrent: () => {},
      now: () => (t += 1000),
    });
    expect(calls).toEqual(['create a', 'play', 'create b', 'play']);
    expect(c.states.a).toMatchObject({ status: 'done', value: 0.2, params: 7, backend: 'cpu' });
    expect(c.states.b).toMatchObject({ status: 'done', value: 0.5, seconds: 1 });
    expect(c.order).toEqual([
      'a:starting',
      'a:training',
      'a:done',
      'b:starting',
      'b:training',
      'b:done',
    ]);
  });

  it('marks a refused job failed with its message and goes on with the next', async () => {
    const { api } = fakeApi();
    const c = collect();
    await runJobs(api, [job('bad'), job('ok')], {
      patch: c.patch,
      stopped: () => false,
      setCurrent: () => {},
    });
    expect(c.states.bad.status).toBe('failed');
    expect(c.states.bad.message?.code).toBe('experiment.unknown');
    expect(c.states.ok.status).toBe('done');
  });

  it('after Stop, leaves the paused job stopped and starts no other', async () => {
    let stop = false;
    const { api, calls } = fakeApi('paused', () => {
      stop = true;
    });
    const c = collect();
    await runJobs(api, [job('a'), job('b')], {
      patch: c.patch,
      stopped: () => stop,
      setCurrent: () => {},
    });
    expect(c.states.a.status).toBe('stopped');
    expect(c.states.b).toBeUndefined();
    expect(calls).toEqual(['create a', 'play']);
  });

  it('reports a diverged run as failed and a custom measure as its figure', async () => {
    const diverged = fakeApi('diverged');
    const c = collect();
    await runJobs(diverged.api, [job('a')], {
      patch: c.patch,
      stopped: () => false,
      setCurrent: () => {},
    });
    expect(c.states.a.status).toBe('failed');

    const ok = fakeApi();
    const d = collect();
    await runJobs(ok.api, [{ ...job('m'), measure: async () => 0.006 }], {
      patch: d.patch,
      stopped: () => false,
      setCurrent: () => {},
    });
    expect(d.states.m.value).toBe(0.006);
  });

  it('turns a thrown error into a failed job instead of rejecting', async () => {
    const { api } = fakeApi();
    api.play = () => {
      throw new Error('worker lost');
    };
    const c = collect();
    await expect(
      runJobs(api, [job('a')], { patch: c.patch, stopped: () => false, setCurrent: () => {} }),
    ).resolves.toBeUndefined();
    expect(c.states.a.status).toBe('failed');
    expect(String(c.states.a.message?.params?.detail)).toContain('worker lost');
  });
});
