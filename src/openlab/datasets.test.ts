import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseState } from '../lesson/codec';
import { getExperiment } from '../engine/experiments';
import { validateConfig } from '../engine/trainer/validate';
import { DATA_SETS } from './catalog';
import { buildLabData, type LabData } from './datasets';
import { LAB_SCHEMA, effectiveSettings, modelConfigFor, trainConfigFor } from './settings';
import type { LabSettings } from './types';

const defaults = parseState(LAB_SCHEMA, '', 'lab.').state;
const load = (path: string) => readFile(`public/${path}`, 'utf8');
const upload = {
  fileName: 'wave.csv',
  column: 'v',
  values: Array.from({ length: 200 }, (_, i) => Math.sin(i / 5)),
};

async function built(s: Partial<LabSettings>): Promise<Extract<LabData, { ok: true }>> {
  const d = await buildLabData({ ...defaults, ...s }, upload, load);
  if (!d.ok) throw new Error(`${d.message.code} ${JSON.stringify(d.message.params)}`);
  return d;
}

describe('the lab builds its data', () => {
  it("builds 'hihello' as the course's experiment does, and the same model", async () => {
    const exp = getExperiment('hihello')!;
    const ref = await exp.data();
    const s = { ...defaults, data: 'hihello', head: 'everyStep', layers: 1, units: 5 } as const;
    const d = await built(s);
    expect(Array.from(d.split.train.x)).toEqual(Array.from(ref.split.train.x));
    expect(Array.from(d.split.train.y)).toEqual(Array.from(ref.split.train.y));
    expect(d.description.vocabulary).toEqual(ref.charSet!.chars);
    const model = modelConfigFor(effectiveSettings(s), d.description);
    expect(model.input).toEqual(exp.model!.input);
    expect(model.timesteps).toBe(exp.model!.timesteps);
    expect(model.head).toEqual(exp.model!.head);
    expect(model.layers.map((l) => [l.cell, l.units, l.returnSequences])).toEqual(
      exp.model!.layers.map((l) => [l.cell, l.units, l.returnSequences]),
    );
  });

  it('splits the 1,000 review sentences 800 / 200 with the sentiment lab’s vocabulary', async () => {
    const exp = getExperiment('sentiment-lstm')!;
    const ref = await exp.data();
    const d = await built({ data: 'sentences', steps: 32, valid: 0.2, dataSeed: 7 });
    expect(d.split.train.xShape).toEqual(ref.split.train.xShape);
    expect(Array.from(d.split.valid.x)).toEqual(Array.from(ref.split.valid.x));
    expect(d.description.vocabulary).toEqual(ref.vocab!.words);
  });

  it('windows the airline passengers: 144 months → 144 − T − h + 1 windows', async () => {
    const d = await built({ data: 'air-passengers', steps: 12, horizon: 1, valid: 0.2 });
    const windows = 144 - 12 - 1 + 1;
    expect(d.split.train.xShape[0] + d.split.valid.xShape[0]).toBe(windows);
    expect(d.description).toMatchObject({ kind: 'series', column: 'passengers', timesteps: 12 });
    expect(d.description.normalization!.mean).toBeGreaterThan(100);
  });

  it('splits Moby-Dick in reading order; the one-sentence sets validate on their training data', async () => {
    const moby = await built({ data: 'moby-dick', steps: 40, valid: 0.1, head: 'everyStep' });
    const n = moby.split.train.xShape[0] + moby.split.valid.xShape[0];
    expect(moby.split.valid.xShape[0]).toBe(Math.round(n * 0.1));
    // Windows start every 7 characters: the first validation window continues the last training one.
    const lastTrain = moby.split.train.x.slice(-40);
    const firstValid = moby.split.valid.x.slice(0, 40);
    expect(Array.from(firstValid.slice(0, 33))).toEqual(Array.from(lastTrain.slice(7)));
    expect(moby.description.sameAsTrain).toBe(false);
    const sentence = await built({ data: 'long-sentence', steps: 10, head: 'everyStep' });
    expect(sentence.description.sameAsTrain).toBe(true);
    expect(sentence.split.valid).toBe(sentence.split.train);
  });

  it('refuses a series too short for its windows, and a CSV run without a file', async () => {
    const short = await buildLabData(
      { ...defaults, data: 'shampoo-sales', steps: 30, horizon: 5 },
      null,
      load,
    );
    expect(short.ok ? 'ok' : short.message.code).toBe('series.tooShort');
    const none = await buildLabData({ ...defaults, data: 'csv' }, null, load);
    expect(none.ok ? 'ok' : none.message.code).toBe('csv.none');
    // 10,000 series × 50 steps × 20 values after every step: 10 M targets, refused before building.
    const huge = await buildLabData(
      { ...defaults, series: 10_000, steps: 50, horizon: 20, head: 'everyStep' },
      null,
      load,
    );
    expect(huge.ok ? 'ok' : huge.message.code).toBe('data.tooLarge');
    const lost = await buildLabData({ ...defaults, data: 'moby-dick' }, null, () =>
      Promise.reject(new Error('offline')),
    );
    expect(lost.ok ? 'ok' : lost.message.code).toBe('data.load');
  });

  it("gives every data set and head a configuration the engine's validator accepts", async () => {
    for (const set of DATA_SETS) {
      for (const head of ['last', 'everyStep'] as const) {
        const s = effectiveSettings({
          ...defaults,
          data: set.id,
          head,
          series: 200,
          steps: set.id === 'shampoo-sales' ? 12 : 20,
          horizon: 3,
          batch: 4,
        });
        const d = await built(s);
        const problems = validateConfig(
          modelConfigFor(s, d.description),
          trainConfigFor(s, d.description),
          d.split,
        );
        expect(problems, `${set.id} ${head}`).toEqual([]);
      }
    }
  });
});
