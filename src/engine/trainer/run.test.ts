import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeSeriesSplit } from '../data/timeSeries';
import type { EngineModel } from '../modelApi';
import { iterativeForecastMse, lastStepMse } from './run';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Predicts the last input value: for every step (seq-to-seq) or once (seq-to-vector). */
function lastValueModel(everyStep: number | null): EngineModel {
  return {
    predict: (x: tf.Tensor) =>
      tf.tidy(() => {
        const [n, T] = x.shape;
        if (everyStep === null) return tf.reshape(tf.slice(x, [0, T - 1, 0], [n, 1, 1]), [n, 1]);
        // Each step repeats its own input value `everyStep` times.
        return tf.tile(x, [1, 1, everyStep]);
      }),
  } as unknown as EngineModel;
}

describe('evaluation helpers', () => {
  const sizes = { train: 0, valid: 300, test: 0 };

  it('iterative forecast of a last-value model equals the naive 10-step MSE', () => {
    const ahead = makeSeriesSplit({ target: 'ahead', seed: 1, sizes }).valid;
    let naive = 0;
    for (let i = 0; i < 300; i++) {
      const last = ahead.x[i * 50 + 49];
      for (let k = 0; k < 10; k++) naive += (ahead.y[i * 10 + k] - last) ** 2;
    }
    expect(iterativeForecastMse(lastValueModel(null), ahead)).toBeCloseTo(naive / 3000, 8);
  });

  it('last-step MSE reads only the final step of a sequence-to-sequence output', () => {
    const every = makeSeriesSplit({ target: 'everyStep', seed: 2, sizes }).valid;
    let expected = 0;
    for (let i = 0; i < 300; i++) {
      const last = every.x[i * 50 + 49];
      for (let k = 0; k < 10; k++) expected += (every.y[(i * 50 + 49) * 10 + k] - last) ** 2;
    }
    expect(lastStepMse(lastValueModel(10), every)).toBeCloseTo(expected / 3000, 8);
  });
});

describe('checkpoints', () => {
  it('the shipped hihello checkpoint loads into a model that still says "ihello"', async () => {
    const { createModel } = await import('../model');
    const { loadPublicBytes, loadPublicText } = await import('../data/loader');
    const { decodeCheckpoint, encodeCheckpoint } = await import('./checkpoint');
    const { hihello, decode } = await import('../data/chars');
    const { meta, weights } = decodeCheckpoint(
      await loadPublicText('models/hihello/model.json'),
      await loadPublicBytes('models/hihello/weights.bin'),
    );
    const model = createModel(meta.model);
    model.setWeights(weights);
    const d = hihello();
    const ids = tf.tidy(() => {
      const p = model.predict(tf.tensor(d.data.x, d.data.xShape, 'int32'));
      return tf.argMax(p, 2).dataSync();
    });
    expect(decode(ids, d.charSet)).toBe('ihello');
    // Encoding the loaded weights again gives the same bytes.
    const again = encodeCheckpoint(meta, model.getWeights());
    const original = new Float32Array(await loadPublicBytes('models/hihello/weights.bin'));
    expect(Array.from(again.bin)).toEqual(Array.from(original));
    model.dispose();
  });
});
