/**
 * Free running and scheduled sampling against a direct step-by-step reference: a loop over time
 * that steps every layer from its previous state (seq2seq/stateCell.ts, itself checked against the
 * sequence cells), reads the head, and picks the next input from the logits it just made. The
 * model's prefix-pass construction must give the same inputs and loss, and its gradient must equal
 * central differences of the reference's whole free-running loss (choices recomputed each time).
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import type { ModelConfig } from '../types';
import { feedMask, COIN_SALT } from './feed';
import { createModel, type RecurrentModel } from './model';
import { viewArrays } from './network';
import { makeStateCell } from './seq2seq/stateCell';
import type { ArrayData } from './batch';

const V = 5;

function config(layers: ModelConfig['layers']): ModelConfig {
  return {
    input: { kind: 'oneHot', vocabSize: V },
    timesteps: null,
    layers,
    head: { kind: 'everyStep', units: V, activation: 'linear' },
    seed: 11,
  };
}

/** Text-like data: y is x shifted by one, so x(t) = y(t − 1). */
function shifted(n: number, T: number, seed: number): { x: ArrayData; y: ArrayData } {
  const rng = createRng(seed);
  const x = new Int32Array(n * T);
  const y = new Int32Array(n * T);
  for (let i = 0; i < n; i++) {
    const seq = Array.from({ length: T + 1 }, () => rng.int(V));
    for (let t = 0; t < T; t++) {
      x[i * T + t] = seq[t];
      y[i * T + t] = seq[t + 1];
    }
  }
  return { x: { values: x, shape: [n, T] }, y: { values: y, shape: [n, T] } };
}

/**
 * Mean softmax cross-entropy of a run that feeds its own argmax where `feed(t, b)` says so, computed
 * one step at a time; also returns the inputs it read.
 */
function referenceLoss(
  model: RecurrentModel,
  x: ArrayData,
  y: ArrayData,
  feed: (t: number, b: number) => boolean,
): { loss: number; inputs: number[][] } {
  const cfg = model.config;
  const w = viewArrays(cfg, model.specs, model.weightArrays());
  const [n, T] = x.shape;
  const cells = cfg.layers.map(makeStateCell);
  let total = 0;
  const inputs: number[][] = [];
  for (let b = 0; b < n; b++) {
    let states = cells.map((c) => c.zero(1));
    let prevLogits: number[] = [];
    const read: number[] = [];
    for (let t = 0; t < T; t++) {
      let id = x.values[b * T + t];
      if (t > 0 && feed(t, b)) id = prevLogits.indexOf(Math.max(...prevLogits));
      read.push(id);
      let input: Float64Array = new Float64Array(V);
      input[id] = 1;
      states = states.map((s, l) => {
        const lw = w.layers[l][0];
        const H = cells[l].units;
        const G = cells[l].gates * H;
        const d = input.length;
        const xp = Float64Array.from(lw.bias);
        for (let j = 0; j < G; j++)
          for (let i = 0; i < d; i++) xp[j] += input[i] * lw.kernel[i * G + j];
        const next = cells[l].step(xp, s, lw.cell, cells[l].prepare(lw.cell), 1).next;
        input = next.h;
        return next;
      });
      const H = input.length;
      const logits = Array.from({ length: V }, (_, k) => {
        let z = w.headBias[k];
        for (let j = 0; j < H; j++) z += input[j] * w.headKernel[j * V + k];
        return z;
      });
      const max = Math.max(...logits);
      const lse = max + Math.log(logits.reduce((s, z) => s + Math.exp(z - max), 0));
      total += lse - logits[y.values[b * T + t]];
      prevLogits = logits;
    }
    inputs.push(read);
  }
  return { loss: total / (n * T), inputs };
}

/**
 * A fresh model with its weights scaled up, so its argmax depends on the input (a fresh model's
 * logits are nearly flat and pick the same token everywhere, which would hide mistakes).
 */
function sharpModel(layers: ModelConfig['layers']): RecurrentModel {
  const model = createModel(config(layers));
  for (const w of model.weightArrays()) for (let i = 0; i < w.length; i++) w[i] *= 3;
  return model;
}

const LAYERS: [string, ModelConfig['layers']][] = [
  ['SimpleRNN', [{ cell: 'simpleRnn', units: 4, returnSequences: true }]],
  [
    'LSTM over GRU (reset after)',
    [
      { cell: 'lstm', units: 4, returnSequences: true },
      { cell: 'gru', units: 3, returnSequences: true, gruResetAfter: true },
    ],
  ],
  ['GRU (reset before)', [{ cell: 'gru', units: 4, returnSequences: true }]],
];

describe('free running against a step-by-step reference', () => {
  for (const [name, layers] of LAYERS) {
    it(`${name}: same loss as the reference, which differs from teacher forcing`, () => {
      const model = sharpModel(layers);
      const { x, y } = shifted(6, 7, 1);
      const free = model.computeGradients(x, y, 'softmaxCrossEntropy', 'accuracy', null, null, 1);
      const ref = referenceLoss(model, x, y, () => true);
      expect(Math.abs(free.loss - ref.loss)).toBeLessThan(1e-10 * Math.max(1, ref.loss));
      const forced = model.computeGradients(x, y, 'softmaxCrossEntropy', 'accuracy', null, null, 0);
      const forcedRef = referenceLoss(model, x, y, () => false);
      expect(Math.abs(forced.loss - forcedRef.loss)).toBeLessThan(1e-10 * forcedRef.loss);
      // The test means something only if the model's own choices differ from the true inputs.
      const changed = ref.inputs.flat().filter((id, k) => id !== x.values[k]).length;
      expect(changed).toBeGreaterThan(0);
      // ...and if they differ between samples at some step (a mix-up of samples would show).
      const perStep = ref.inputs[0].map((_, t) => new Set(ref.inputs.map((r) => r[t])).size);
      expect(Math.max(...perStep.slice(1))).toBeGreaterThan(1);
      expect(Math.abs(free.loss - forced.loss)).toBeGreaterThan(1e-6);
    });
  }

  it('scheduled sampling feeds the prediction exactly where the seeded coins say', () => {
    const model = sharpModel(LAYERS[1][1]);
    const { x, y } = shifted(4, 6, 2);
    const seed = 12345;
    const mask = feedMask(6, 4, 0.5, (seed ^ COIN_SALT) >>> 0);
    const fed = Array.from(mask).filter((m) => m === 1).length;
    expect(fed).toBeGreaterThan(3);
    expect(fed).toBeLessThan(17);
    // No dropout in this model, so the dropout seed only seeds the coins.
    const got = model.computeGradients(x, y, 'softmaxCrossEntropy', 'accuracy', null, seed, 0.5);
    const ref = referenceLoss(model, x, y, (t, b) => mask[t * 4 + b] === 1);
    expect(Math.abs(got.loss - ref.loss)).toBeLessThan(1e-10 * ref.loss);
  });

  it('the free-running gradient equals finite differences of the reference loss', () => {
    const model = sharpModel(LAYERS[1][1]);
    const { x, y } = shifted(2, 6, 3);
    model.computeGradients(x, y, 'softmaxCrossEntropy', 'accuracy', null, null, 1);
    const analytic = model.gradients().map((g) => g.slice());
    const weights = model.weightArrays();
    const eps = 1e-6;
    let worst = 0;
    let checked = 0;
    weights.forEach((wk, k) => {
      const rng = createRng(k + 5);
      for (let s = 0; s < 6; s++) {
        const i = rng.int(wk.length);
        const keep = wk[i];
        wk[i] = keep + eps;
        const up = referenceLoss(model, x, y, () => true);
        wk[i] = keep - eps;
        const down = referenceLoss(model, x, y, () => true);
        wk[i] = keep;
        // A nudge that flips an argmax makes the loss jump: no derivative there, skip the entry.
        if (JSON.stringify(up.inputs) !== JSON.stringify(down.inputs)) continue;
        const fd = (up.loss - down.loss) / (2 * eps);
        const a = analytic[k][i];
        worst = Math.max(worst, Math.abs(fd - a) / Math.max(Math.abs(fd), Math.abs(a), 1e-6));
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(20);
    expect(worst).toBeLessThan(1e-4);
  });
});
