/**
 * Model files: an export in the TensorFlow.js layers format loads with tf.loadLayersModel (read
 * from the two files' contents, as a browser or tfjs-node would) and predicts what our engine
 * predicts; every export imports back to the same predictions; malformed or mismatched files are
 * refused with a message instead of an exception.
 */
import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { createModel } from '../engine/model';
import type { ModelConfig, TrainConfig } from '../engine/types';
import { decodeModelFiles, exportModelFiles, weightProblems } from './modelFiles';
import type { ModelFiles } from './protocol';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const TRAIN: TrainConfig = {
  optimizer: 'adam',
  learningRate: 0.01,
  batchSize: 4,
  epochs: 1,
  loss: 'mse',
  metric: 'mse',
  clipNorm: null,
  tbpttWindow: null,
  seed: 1,
};

const dense = (features: number): ModelConfig['input'] => ({ kind: 'dense', features });

/** Architectures tf.layers has: exported in its format. */
const LAYERS_CASES: { name: string; config: ModelConfig }[] = [
  {
    name: 'SimpleRNN 20-20 on the series, last step',
    config: {
      input: dense(1),
      timesteps: 12,
      layers: [
        { cell: 'simpleRnn', units: 20, returnSequences: true },
        { cell: 'simpleRnn', units: 20, returnSequences: false },
      ],
      head: { kind: 'last', units: 1, activation: 'linear' },
      seed: 7,
    },
  },
  {
    name: 'LSTM 5-4 every step, softmax, with dropout',
    config: {
      input: dense(3),
      timesteps: 6,
      layers: [
        { cell: 'lstm', units: 5, returnSequences: true, dropout: 0.2 },
        { cell: 'lstm', units: 4, returnSequences: true },
      ],
      head: { kind: 'everyStep', units: 3, activation: 'softmax' },
      seed: 2,
    },
  },
  {
    name: 'bidirectional GRU (reset before) returning its sequence to a last-step head',
    config: {
      input: dense(2),
      timesteps: 5,
      layers: [{ cell: 'gru', units: 4, returnSequences: true, bidirectional: true }],
      head: { kind: 'last', units: 2, activation: 'sigmoid' },
      seed: 3,
    },
  },
  {
    name: 'SimpleRNN on sequences of any length',
    config: {
      input: dense(2),
      timesteps: null,
      layers: [{ cell: 'simpleRnn', units: 3, returnSequences: false }],
      head: { kind: 'last', units: 1, activation: 'linear' },
      seed: 4,
    },
  },
  {
    name: 'embedding + bidirectional LSTM, every step',
    config: {
      input: { kind: 'embedding', vocabSize: 7, dim: 3 },
      timesteps: 5,
      layers: [{ cell: 'lstm', units: 4, returnSequences: true, bidirectional: true }],
      head: { kind: 'everyStep', units: 7, activation: 'softmax' },
      seed: 5,
    },
  },
  {
    name: 'one-hot + GRU, last step',
    config: {
      input: { kind: 'oneHot', vocabSize: 6 },
      timesteps: 4,
      layers: [{ cell: 'gru', units: 5, returnSequences: false }],
      head: { kind: 'last', units: 6, activation: 'softmax' },
      seed: 6,
    },
  },
];

/** Architectures tf.layers lacks: exported in the checkpoint format. */
const CHECKPOINT_CASES: { name: string; config: ModelConfig; reason: string }[] = [
  {
    name: 'layer-normalised SimpleRNN',
    reason: 'modelFile.lnSimpleRnn',
    config: {
      input: dense(1),
      timesteps: 8,
      layers: [{ cell: 'lnSimpleRnn', units: 6, returnSequences: false }],
      head: { kind: 'last', units: 1, activation: 'linear' },
      seed: 8,
    },
  },
  {
    name: 'GRU with reset_after',
    reason: 'modelFile.gruResetAfter',
    config: {
      input: dense(2),
      timesteps: 4,
      layers: [{ cell: 'gru', units: 3, returnSequences: false, gruResetAfter: true }],
      head: { kind: 'last', units: 1, activation: 'linear' },
      seed: 9,
    },
  },
];

/** Inputs for a config: [n, T, d] floats or [n, T] ids. */
function inputsFor(config: ModelConfig, n: number, T: number): tf.Tensor {
  let s = 12345;
  const rand = () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
  if (config.input.kind === 'dense') {
    const d = config.input.features;
    return tf.tensor3d(
      Array.from({ length: n * T * d }, () => 2 * rand() - 1),
      [n, T, d],
    );
  }
  const vocab = config.input.vocabSize;
  return tf.tensor2d(
    Array.from({ length: n * T }, () => Math.floor(rand() * vocab)),
    [n, T],
    'int32',
  );
}

/** Loads model.json + weights.bin the way tfjs' file and HTTP loaders do: manifest, then bytes. */
async function loadLayers(files: ModelFiles): Promise<tfl.LayersModel> {
  const modelJson = JSON.parse(files.modelJson) as tf.io.ModelJSON;
  expect(modelJson.weightsManifest[0].paths).toEqual(['weights.bin']);
  return tfl.loadLayersModel({
    load: () =>
      tf.io.getModelArtifactsForJSON(modelJson, async (manifest) => [
        manifest.flatMap((group) => group.weights),
        files.weights,
      ]),
  });
}

const maxDiff = (a: tf.Tensor, b: tf.Tensor): number =>
  tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0]);

describe('export in the TensorFlow.js layers format', () => {
  for (const { name, config } of LAYERS_CASES) {
    it(`${name}: tf.loadLayersModel predicts as the engine (1e-5)`, async () => {
      const ours = createModel(config);
      const files = await exportModelFiles(config, TRAIN, ours.getWeights(), []);
      expect(files.format).toBe('tfjs-layers');
      expect(files.messages).toEqual([]);
      const loaded = await loadLayers(files);
      const trainable = loaded.trainableWeights.reduce(
        (n, w) => n + (w.shape as number[]).reduce((a, b) => a * b, 1),
        0,
      );
      expect(trainable).toBe(ours.paramCount());
      const x = inputsFor(config, 3, config.timesteps ?? 7);
      // tf.layers reads ids as floats for its embedding and one-hot layers.
      const kx = config.input.kind === 'dense' ? x : tf.cast(x, 'float32');
      const a = ours.predict(x);
      const b = loaded.predict(kx) as tf.Tensor;
      expect(b.shape).toEqual(a.shape);
      expect(maxDiff(a, b)).toBeLessThan(1e-5);
      tf.dispose([x, kx, a, b]);
      loaded.dispose();
      ours.dispose();
    });
  }
});

describe('export → import round trip', () => {
  const all = [...LAYERS_CASES, ...CHECKPOINT_CASES];
  for (const { name, config } of all) {
    it(`${name}: the imported weights give the same predictions`, async () => {
      const trained = createModel(config);
      const history = [{ step: 3, epoch: 1, loss: 0.5, valLoss: 0.25 }];
      const files = await exportModelFiles(config, TRAIN, trained.getWeights(), history);
      // A model of the same architecture from another seed predicts differently at first.
      const other = createModel({ ...config, seed: config.seed + 100 });
      const x = inputsFor(config, 2, config.timesteps ?? 5);
      const before = other.predict(x);
      const want = trained.predict(x);
      expect(maxDiff(before, want)).toBeGreaterThan(1e-4);
      const decoded = decodeModelFiles(files.modelJson, files.weights, config);
      expect(decoded.ok).toBe(true);
      if (!decoded.ok) return;
      expect(decoded.format).toBe(files.format);
      expect(decoded.history).toEqual(history);
      other.setWeights(decoded.weights);
      const after = other.predict(x);
      expect(maxDiff(after, want)).toBe(0);
      tf.dispose([x, before, want, after]);
      trained.dispose();
      other.dispose();
    });
  }

  for (const { name, config, reason } of CHECKPOINT_CASES) {
    it(`${name}: falls back to the checkpoint format and says why`, async () => {
      const m = createModel(config);
      const files = await exportModelFiles(config, TRAIN, m.getWeights(), []);
      expect(files.format).toBe('unrolled-checkpoint');
      expect(files.messages.map((x) => x.code)).toEqual([reason]);
      expect(JSON.parse(files.modelJson).format).toBe('unrolled-checkpoint-1');
      m.dispose();
    });
  }
});

describe('malformed or mismatched files are refused with a message', () => {
  const config = LAYERS_CASES[0].config;
  const codeOf = (json: string, bytes: ArrayBuffer, expected = config): string => {
    const r = decodeModelFiles(json, bytes, expected);
    return r.ok ? 'accepted' : r.messages[0].code;
  };

  it('each kind of bad file gets its own code', async () => {
    const m = createModel(config);
    const files = await exportModelFiles(config, TRAIN, m.getWeights(), []);
    const json = JSON.parse(files.modelJson);
    expect(codeOf(files.modelJson, files.weights)).toBe('accepted');
    expect(codeOf('{"format": "layers-model", ', files.weights)).toBe('modelFile.notJson');
    expect(codeOf('[1, 2]', files.weights)).toBe('modelFile.notModelJson');
    expect(codeOf('{"hello": 1}', files.weights)).toBe('modelFile.unknownFormat');
    expect(codeOf(files.modelJson, files.weights.slice(0, 100))).toBe('modelFile.size');
    const noManifest = { ...json, weightsManifest: [{ paths: ['weights.bin'] }] };
    expect(codeOf(JSON.stringify(noManifest), files.weights)).toBe('modelFile.corrupt');
    const ints = structuredClone(json);
    ints.weightsManifest[0].weights[0].dtype = 'int32';
    expect(codeOf(JSON.stringify(ints), files.weights)).toBe('modelFile.dtype');
    const nan = new Float32Array(files.weights.slice(0));
    nan[0] = Number.NaN;
    expect(codeOf(files.modelJson, nan.buffer)).toBe('modelFile.notFinite');
    m.dispose();
  });

  it("another model's files: other sizes, other architecture, other cell", async () => {
    const bigger: ModelConfig = {
      ...config,
      layers: config.layers.map((l) => ({ ...l, units: 21 })),
    };
    const m = createModel(bigger);
    const files = await exportModelFiles(bigger, TRAIN, m.getWeights(), []);
    expect(codeOf(files.modelJson, files.weights)).toBe('modelFile.otherModel');
    const anonymous = JSON.parse(files.modelJson);
    delete anonymous.userDefinedMetadata;
    expect(codeOf(JSON.stringify(anonymous), files.weights)).toBe('modelFile.shape');
    // Same shapes, but a sigmoid head: a different function of the same weights.
    const sigmoid: ModelConfig = { ...config, head: { ...config.head, activation: 'sigmoid' } };
    const s = createModel(sigmoid);
    const sFiles = await exportModelFiles(sigmoid, TRAIN, s.getWeights(), []);
    expect(codeOf(sFiles.modelJson, sFiles.weights)).toBe('modelFile.otherModel');
    // Without our metadata (a tfjs model from elsewhere) only the shapes can be checked.
    const foreign = JSON.parse(sFiles.modelJson);
    delete foreign.userDefinedMetadata;
    expect(codeOf(JSON.stringify(foreign), sFiles.weights)).toBe('accepted');
    const ln = CHECKPOINT_CASES[0].config;
    const l = createModel(ln);
    const lnFiles = await exportModelFiles(ln, TRAIN, l.getWeights(), []);
    expect(codeOf(lnFiles.modelJson, lnFiles.weights)).toBe('modelFile.mismatch');
    expect(codeOf(lnFiles.modelJson, lnFiles.weights.slice(0, 8), ln)).toBe('modelFile.corrupt');
    [m, s, l].forEach((x) => x.dispose());
  });

  it('supplied weights are checked name by name and shape by shape', () => {
    const m = createModel(config);
    const w = m.getWeights();
    expect(weightProblems(config, w)).toEqual([]);
    const first = Object.keys(w)[0];
    expect(weightProblems(config, { ...w, extra: w[first] })[0].code).toBe('weights.unknown');
    const short = { ...w, [first]: { values: w[first].values.slice(1), shape: w[first].shape } };
    expect(weightProblems(config, short)[0].code).toBe('weights.shape');
    const missing = { ...w };
    delete missing[first];
    expect(weightProblems(config, missing)[0].code).toBe('weights.shape');
    const inf = { ...w, [first]: { ...w[first], values: w[first].values.map(() => Infinity) } };
    expect(weightProblems(config, inf)[0].code).toBe('weights.notFinite');
    m.dispose();
  });
});
