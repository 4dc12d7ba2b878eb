/**
 * A trained model as files, and back. Where tf.layers has the architecture (SimpleRNN, LSTM, GRU
 * with reset_after=False, dense, one-hot or embedded input), the files are the TensorFlow.js layers
 * format: model.json (topology, weights manifest) and weights.bin, loadable with
 * `tf.loadLayersModel`. Otherwise (the layer-normalised SimpleRNN, GRU with reset_after=True, a
 * last-step head on a sequence of unknown length) they are the project's checkpoint format
 * (engine/trainer/checkpoint.ts), and the export says so. Either way model.json carries the run's
 * model and training configuration and its history, so an import can check that the files fit.
 */
import type { WeightSnapshot } from '../engine/modelApi';
import { sizeOf, weightSpecs } from '../engine/shapes';
import {
  CHECKPOINT_FORMAT,
  decodeCheckpoint,
  encodeCheckpoint,
} from '../engine/trainer/checkpoint';
import type { EngineMessage, HistoryPoint, ModelConfig, TrainConfig } from '../engine/types';
import type { ModelFiles } from './protocol';

/** The key under model.json's `userDefinedMetadata` that holds the run's settings. */
export const METADATA_KEY = 'unrolled';

/** Why tf.layers cannot hold this model (a message code), or null when it can. */
export function layersUnsupported(config: ModelConfig): string | null {
  if (config.layers.some((l) => l.cell === 'lnSimpleRnn')) return 'modelFile.lnSimpleRnn';
  // tf.layers' GRU throws on reset_after=true (tfjs-layers 4.22, recurrent.ts).
  if (config.layers.some((l) => l.cell === 'gru' && l.gruResetAfter))
    return 'modelFile.gruResetAfter';
  const last = config.layers[config.layers.length - 1];
  if (config.head.kind === 'last' && last?.returnSequences && config.timesteps === null)
    return 'modelFile.lastStepUnknownLength';
  return null;
}

/** The run's files: TensorFlow.js layers format where it can be, the checkpoint format otherwise. */
export async function exportModelFiles(
  model: ModelConfig,
  train: TrainConfig,
  weights: WeightSnapshot,
  history: HistoryPoint[],
): Promise<ModelFiles> {
  const why = layersUnsupported(model);
  if (why === null) {
    const { buildLayersModel, saveLayersModel } = await import('./layersModel');
    const layers = buildLayersModel(model, weights);
    try {
      const saved = await saveLayersModel(layers);
      const json = {
        format: 'layers-model',
        generatedBy: 'Unrolled',
        convertedBy: null,
        modelTopology: saved.modelTopology,
        weightsManifest: [{ paths: ['weights.bin'], weights: saved.weightSpecs }],
        userDefinedMetadata: { [METADATA_KEY]: { model, train, history } },
      };
      return {
        format: 'tfjs-layers',
        modelJson: JSON.stringify(json),
        weights: saved.weightData,
        messages: [],
      };
    } finally {
      layers.dispose();
    }
  }
  const last = history[history.length - 1];
  const { json, bin } = encodeCheckpoint(
    {
      id: 'open-lab',
      model,
      train,
      result: {
        epochs: last?.epoch ?? 0,
        valLoss: last?.valLoss ?? Number.NaN,
        valMetric: last?.valMetric ?? Number.NaN,
        extra: {},
      },
      history,
    },
    weights,
  );
  return {
    format: 'unrolled-checkpoint',
    modelJson: JSON.stringify(json),
    weights: bin.buffer as ArrayBuffer,
    messages: [{ code: why, severity: 'info' }],
  };
}

/** What an import found: the weights in the engine's order, or why the files were refused. */
export type DecodedFiles =
  | { ok: true; weights: WeightSnapshot; format: ModelFiles['format']; history: HistoryPoint[] }
  | { ok: false; messages: EngineMessage[] };

const refuse = (code: string, params?: Record<string, string | number>): DecodedFiles => ({
  ok: false,
  messages: [{ code, severity: 'error', ...(params ? { params } : {}) }],
});

/**
 * What decides the computation, beyond the weight shapes: input kind, cells and their conventions,
 * directions, head activation. Two models with the same text compute the same function of the
 * same weights. Malformed configurations give their own text and so never match.
 */
function architecture(model: ModelConfig): string {
  try {
    return JSON.stringify({
      input: model.input,
      layers: model.layers.map((l) => [
        l.cell,
        l.units,
        l.returnSequences,
        Boolean(l.bidirectional),
        l.cell === 'gru' && Boolean(l.gruResetAfter),
      ]),
      head: model.head,
    });
  } catch {
    return 'malformed';
  }
}

const shapeText = (shape: readonly unknown[]): string => `[${shape.join(', ')}]`;

interface ManifestEntry {
  name: string;
  shape: number[];
  dtype: string;
}

/** The weights of a TensorFlow.js manifest, in order, after checking every field an entry needs. */
function manifestEntries(json: Record<string, unknown>): ManifestEntry[] | null {
  const groups = json.weightsManifest;
  if (!Array.isArray(groups)) return null;
  const out: ManifestEntry[] = [];
  for (const g of groups) {
    const weights = (g as { weights?: unknown })?.weights;
    if (!Array.isArray(weights)) return null;
    for (const w of weights) {
      const { name, shape, dtype } = (w ?? {}) as Record<string, unknown>;
      const okShape =
        Array.isArray(shape) && shape.every((d) => Number.isInteger(d) && (d as number) >= 0);
      if (typeof name !== 'string' || !okShape || typeof dtype !== 'string') return null;
      out.push({ name, shape: shape as number[], dtype });
    }
  }
  return out;
}

/**
 * Reads model.json (text) and weights.bin (bytes) in either format and checks them against the
 * model they are meant for: the same weights, in the same shapes, in the same order. Never throws:
 * malformed or mismatched files give messages.
 */
export function decodeModelFiles(
  jsonText: string,
  bytes: ArrayBuffer,
  expected: ModelConfig,
): DecodedFiles {
  if (typeof jsonText !== 'string') return refuse('modelFile.notJson');
  let json: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(jsonText);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      return refuse('modelFile.notModelJson');
    json = parsed as Record<string, unknown>;
  } catch {
    return refuse('modelFile.notJson');
  }
  if (!(bytes instanceof ArrayBuffer)) return refuse('modelFile.noWeights');
  const specs = weightSpecs(expected);
  let entries: { shape: number[]; values: Float32Array }[];
  let history: HistoryPoint[] = [];
  let format: ModelFiles['format'];
  if (json.format === CHECKPOINT_FORMAT) {
    format = 'unrolled-checkpoint';
    try {
      const { meta, weights } = decodeCheckpoint(jsonText, bytes);
      // The checkpoint names its weights; take them in the expected model's order.
      entries = specs.map((s) => weights[s.name]).filter(Boolean);
      if (entries.length !== specs.length || Object.keys(weights).length !== specs.length) {
        return refuse('modelFile.mismatch', {
          expected: specs.length,
          got: Object.keys(weights).length,
        });
      }
      if (architecture(meta.model) !== architecture(expected))
        return refuse('modelFile.otherModel');
      history = Array.isArray(meta.history) ? meta.history : [];
    } catch {
      return refuse('modelFile.corrupt');
    }
  } else if ('modelTopology' in json && 'weightsManifest' in json) {
    format = 'tfjs-layers';
    const manifest = manifestEntries(json);
    if (!manifest) return refuse('modelFile.corrupt');
    const wrongType = manifest.find((m) => m.dtype !== 'float32');
    if (wrongType)
      return refuse('modelFile.dtype', { name: wrongType.name, dtype: wrongType.dtype });
    const total = manifest.reduce((s, m) => s + sizeOf(m.shape), 0);
    if (total * 4 !== bytes.byteLength) {
      return refuse('modelFile.size', { expected: total * 4, got: bytes.byteLength });
    }
    let offset = 0;
    entries = manifest.map((m) => {
      const n = sizeOf(m.shape);
      const values = new Float32Array(bytes.slice(offset * 4, (offset + n) * 4));
      offset += n;
      return { shape: m.shape, values };
    });
    // A one-hot input is exported as a frozen identity embedding (see layersModel.ts): not a
    // weight of the engine's model, so it is checked and dropped.
    if (expected.input.kind === 'oneHot' && entries.length === specs.length + 1) {
      const V = expected.input.vocabSize;
      const eye = entries[entries.length - 1];
      const identity =
        eye.shape.length === 2 &&
        eye.shape[0] === V &&
        eye.shape[1] === V &&
        eye.values.every((v, i) => v === (i % (V + 1) === 0 ? 1 : 0));
      if (!identity) return refuse('modelFile.oneHot');
      entries = entries.slice(0, -1);
    }
    const meta = (json.userDefinedMetadata as Record<string, unknown> | undefined)?.[METADATA_KEY];
    const saved = meta as { history?: unknown; model?: unknown } | undefined;
    if (saved?.model && architecture(saved.model as ModelConfig) !== architecture(expected)) {
      return refuse('modelFile.otherModel');
    }
    if (Array.isArray(saved?.history)) history = saved.history as HistoryPoint[];
  } else {
    return refuse('modelFile.unknownFormat');
  }
  if (entries.length !== specs.length) {
    return refuse('modelFile.mismatch', { expected: specs.length, got: entries.length });
  }
  const weights: WeightSnapshot = {};
  for (let i = 0; i < specs.length; i++) {
    const want = specs[i].shape;
    const got = entries[i].shape;
    if (want.length !== got.length || want.some((d, k) => d !== got[k])) {
      return refuse('modelFile.shape', {
        name: specs[i].name,
        expected: shapeText(want),
        got: shapeText(got),
      });
    }
    if (!entries[i].values.every(Number.isFinite)) {
      return refuse('modelFile.notFinite', { name: specs[i].name });
    }
    weights[specs[i].name] = { values: entries[i].values, shape: [...want] };
  }
  return { ok: true, weights, format, history };
}

/**
 * Why supplied weights cannot go into a model of `config` (empty when they can): every weight of
 * the model present, in its shape, with finite values; nothing else.
 */
export function weightProblems(config: ModelConfig, weights: WeightSnapshot): EngineMessage[] {
  const specs = weightSpecs(config);
  const given = weights && typeof weights === 'object' ? weights : {};
  const names = new Set(specs.map((s) => s.name));
  const extra = Object.keys(given).find((n) => !names.has(n));
  if (extra !== undefined)
    return [{ code: 'weights.unknown', severity: 'error', params: { name: extra } }];
  for (const s of specs) {
    const w = given[s.name];
    const values = w?.values;
    const shape = Array.isArray(w?.shape) ? w.shape : [];
    const fits =
      values instanceof Float32Array &&
      shape.length === s.shape.length &&
      shape.every((d, k) => d === s.shape[k]) &&
      values.length === sizeOf(s.shape);
    if (!fits) {
      return [
        {
          code: 'weights.shape',
          severity: 'error',
          params: { name: s.name, expected: shapeText(s.shape), got: shapeText(shape) },
        },
      ];
    }
    if (!values.every(Number.isFinite))
      return [{ code: 'weights.notFinite', severity: 'error', params: { name: s.name } }];
  }
  return [];
}
