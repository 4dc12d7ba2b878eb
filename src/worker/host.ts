/**
 * What the training worker holds: one Trainer at a time, the backend it runs on, and the data of
 * the current run. Kept apart from the worker entry so that it can be tested in Node.
 */
import * as tf from '@tensorflow/tfjs-core';
import { currentBackend, fallBack, initBackend, type WasmPaths } from '../engine/backends';
import { getExperiment, listExperiments, type PreparedData } from '../engine/experiments';
import { activeComputePath, createModel } from '../engine/model';
import { loadPublicBytes, loadPublicText } from '../engine/data/loader';
import { batchTensors } from '../engine/trainer/batches';
import { decodeCheckpoint } from '../engine/trainer/checkpoint';
import { ConfigError, Trainer } from '../engine/trainer/trainer';
import { validateConfig } from '../engine/trainer/validate';
import { decodeModelFiles, exportModelFiles, weightProblems } from './modelFiles';
import type {
  BackendChoice,
  EngineMessage,
  ModelConfig,
  TrainConfig,
  TrainerSnapshot,
} from '../engine/types';
import type {
  CreateResult,
  CreateSpec,
  ExperimentInfo,
  ImportResult,
  InputBatch,
  InputPrediction,
  ModelFiles,
  RunCheckpoint,
  RunWeights,
  SnapshotListener,
  TrainerWorkerApi,
} from './protocol';

/** Everything the worker holds, in one object rather than module-level variables. */
export class TrainerHost implements TrainerWorkerApi {
  constructor(private readonly wasmPaths: WasmPaths = {}) {}

  private trainer: Trainer | null = null;
  private listener: SnapshotListener | null = null;
  private backendChoice: BackendChoice | null = null;
  private prepared: PreparedData | null = null;
  private contextLost = false;
  private recovering: Promise<void> | null = null;
  private baseUrl: string | undefined;

  listExperiments(): ExperimentInfo[] {
    return listExperiments().map((e) => ({
      id: e.id,
      title: e.title,
      description: e.description,
      syllabus: e.syllabus,
      kind: e.kind,
      model: e.model,
      train: e.train,
      reported: e.reported,
      differs: e.differs,
    }));
  }

  setBaseUrl(url: string): void {
    this.baseUrl = url;
  }

  validate(model: ModelConfig, train: TrainConfig): EngineMessage[] {
    return validateConfig(model, train);
  }

  onSnapshot(listener: SnapshotListener | null): void {
    this.listener = listener;
  }

  private send = (s: TrainerSnapshot): void => {
    this.listener?.(s);
  };

  async create(spec: CreateSpec): Promise<CreateResult> {
    await this.dispose();
    let model: ModelConfig;
    let train: TrainConfig;
    let prepared: PreparedData;
    if ('experiment' in spec) {
      const e = getExperiment(spec.experiment);
      if (!e || !e.model || !e.train) {
        return this.refused([
          { code: 'experiment.unknown', severity: 'error', params: { id: spec.experiment } },
        ]);
      }
      model = { ...e.model, ...spec.model };
      train = { ...e.train, ...spec.train };
      prepared = await e.data({ baseUrl: this.baseUrl });
    } else {
      ({ model, train } = spec);
      prepared = { split: spec.data };
    }
    const problems = validateConfig(model, train, prepared.split);
    if (problems.length > 0) return this.refused(problems);
    const messages = await this.startBackend(spec.backend ?? 'auto', model, train, prepared);
    this.prepared = prepared;
    this.trainer = this.makeTrainer(model, train);
    if ('experiment' in spec && spec.checkpoint) {
      const folder = spec.checkpoint.replace(/\/?$/, '/');
      const { weights } = decodeCheckpoint(
        await loadPublicText(`${folder}model.json`, this.baseUrl),
        await loadPublicBytes(`${folder}weights.bin`, this.baseUrl),
      );
      this.trainer.setWeights(weights);
    }
    const m = this.trainer.engineModel;
    return {
      ok: true,
      backend: currentBackend(),
      compute: activeComputePath(),
      messages,
      summary: m.summary(),
      paramCount: m.paramCount(),
      batchesPerEpoch: this.trainer.batchesPerEpoch,
      ...(prepared.charSet ? { chars: prepared.charSet.chars } : {}),
      ...(prepared.vocab ? { words: prepared.vocab.words } : {}),
    };
  }

  private refused(messages: EngineMessage[]): CreateResult {
    return {
      ok: false,
      backend: currentBackend(),
      messages,
      summary: [],
      paramCount: 0,
      batchesPerEpoch: 0,
    };
  }

  private makeTrainer(model: ModelConfig, train: TrainConfig): Trainer {
    return new Trainer({
      model,
      train,
      data: (this.prepared as PreparedData).split,
      createModel,
      onSnapshot: this.send,
      // The labs redraw from snapshots at most every 100 ms (useTrainer): sending them faster only
      // costs the page structured clones and garbage while training.
      snapshotIntervalMs: 100,
      backend: currentBackend,
    });
  }

  /**
   * Starts the requested backend once per choice. `auto` times a few training steps of this very
   * model on each available backend and keeps the fastest.
   */
  private async startBackend(
    choice: BackendChoice,
    model: ModelConfig,
    train: TrainConfig,
    prepared: PreparedData,
  ): Promise<EngineMessage[]> {
    if (this.backendChoice === choice && !this.contextLost) return [];
    const probe = () => {
      const m = createModel(model);
      try {
        const n = Math.min(train.batchSize, prepared.split.train.xShape[0]);
        const indices = Array.from({ length: n }, (_, i) => i);
        tf.tidy(() => {
          const { x, y } = batchTensors(prepared.split.train, indices);
          m.trainBatch(x, y, { ...train, dropoutSeed: 1 });
        });
      } finally {
        m.dispose();
      }
    };
    const result = await initBackend(choice, { wasmPaths: this.wasmPaths, probe, probeRuns: 2 });
    this.backendChoice = choice;
    this.contextLost = false;
    this.watchContext();
    return result.messages;
  }

  /** A lost WebGL context (GPU reset, tab in background on mobile) moves training to the next backend. */
  private watchContext(): void {
    if (currentBackend() !== 'webgl') return;
    const backend = tf.backend() as unknown as { gpgpu?: { gl?: { canvas?: EventTarget } } };
    backend.gpgpu?.gl?.canvas?.addEventListener('webglcontextlost', () => {
      this.contextLost = true;
      void this.recover();
    });
  }

  /**
   * Moves the run to the next backend: the trainer keeps its history and position and goes on from
   * its weights (see Trainer.moveToCurrentBackend). One recovery at a time: the context-lost event
   * and the error of the batch it interrupted may both ask for one.
   */
  private recover(): Promise<void> {
    this.recovering ??= this.moveOn().finally(() => (this.recovering = null));
    return this.recovering;
  }

  private async moveOn(): Promise<void> {
    const trainer = this.trainer;
    if (!trainer) return;
    trainer.pause();
    const { messages } = await fallBack(currentBackend(), { wasmPaths: this.wasmPaths });
    this.backendChoice = currentBackend();
    this.contextLost = false;
    await trainer.moveToCurrentBackend(messages[0]);
  }

  private need(): Trainer {
    if (!this.trainer) throw new Error('no run: call create() first');
    return this.trainer;
  }

  async play(): Promise<void> {
    await this.need().play();
    if (this.need().snapshot().state === 'error' && currentBackend() !== 'cpu')
      await this.recover();
  }

  pause(): void {
    this.trainer?.pause();
  }

  stepBatch(): Promise<TrainerSnapshot> {
    return this.need().stepBatch();
  }

  stepEpoch(): Promise<TrainerSnapshot> {
    return this.need().stepEpoch();
  }

  reset(): Promise<void> {
    return this.need().reset();
  }

  setHyper(update: {
    learningRate?: number;
    clipNorm?: number | null;
    optimizer?: TrainConfig['optimizer'];
  }): EngineMessage[] {
    try {
      this.need().setHyper(update);
      return [];
    } catch (e) {
      if (e instanceof ConfigError) return e.messages;
      throw e;
    }
  }

  async setConfig(change: {
    model?: ModelConfig;
    train?: Partial<TrainConfig>;
  }): Promise<EngineMessage[]> {
    try {
      await this.need().setConfig(change);
      return [];
    } catch (e) {
      if (e instanceof ConfigError) return e.messages;
      throw e;
    }
  }

  requestTrace(request: { sample: number; every: number; gradients: boolean } | null) {
    return this.need().requestTrace(request);
  }

  predict(samples: number[]) {
    const trainer = this.need();
    const valid = (this.prepared as PreparedData).split.valid;
    return tf.tidy(() => {
      const { x } = batchTensors(valid, samples);
      const p = trainer.engineModel.predict(x);
      return { values: p.dataSync() as Float32Array, shape: p.shape };
    });
  }

  predictInputs(input: InputBatch): InputPrediction {
    const trainer = this.need();
    const problems = checkInputs(
      input,
      trainer.config.model,
      (this.prepared as PreparedData).split,
    );
    if (problems.length > 0) return { ok: false, messages: problems };
    const ids = trainer.config.model.input.kind !== 'dense';
    return tf.tidy(() => {
      const x = tf.tensor(Array.from(input.values), input.shape, ids ? 'int32' : 'float32');
      const p = trainer.engineModel.predict(x);
      return { ok: true as const, values: p.dataSync() as Float32Array, shape: p.shape };
    });
  }

  evaluate(part: 'train' | 'valid' | 'test') {
    return this.need().evaluate(part);
  }

  snapshot(): TrainerSnapshot | null {
    return this.trainer?.snapshot() ?? null;
  }

  exportCheckpoint(): RunCheckpoint | null {
    const t = this.trainer;
    if (!t) return null;
    const { model, train } = t.config;
    const snap = t.snapshot();
    return {
      model,
      train,
      weights: t.engineModel.getWeights(),
      history: snap.history,
      epoch: snap.epoch,
      step: snap.step,
    };
  }

  async createFromWeights(spec: CreateSpec, weights: RunWeights): Promise<CreateResult> {
    let model: ModelConfig | undefined;
    if ('experiment' in spec) {
      const base = getExperiment(spec.experiment)?.model;
      model = base ? { ...base, ...spec.model } : undefined;
    } else model = spec.model;
    // Checked before create() disposes the current run, so refused weights leave it as it was.
    if (model) {
      const problems = weightProblems(model, weights);
      if (problems.length > 0) return this.refused(problems);
    }
    const result = await this.create(spec);
    if (result.ok) this.need().setWeights(weights);
    return result;
  }

  setRunWeights(weights: RunWeights): EngineMessage[] {
    const t = this.need();
    const problems = weightProblems(t.config.model, weights);
    if (problems.length === 0) t.setWeights(weights);
    return problems;
  }

  async exportModelFiles(): Promise<ModelFiles> {
    const t = this.need();
    const { model, train } = t.config;
    return exportModelFiles(model, train, t.engineModel.getWeights(), t.snapshot().history);
  }

  importModelFiles(files: { modelJson: string; weights: ArrayBuffer }): ImportResult {
    const t = this.need();
    const decoded = decodeModelFiles(files?.modelJson, files?.weights, t.config.model);
    if (!decoded.ok) return decoded;
    t.setWeights(decoded.weights);
    return { ok: true, format: decoded.format, history: decoded.history };
  }

  async dispose(): Promise<void> {
    const t = this.trainer;
    this.trainer = null;
    this.prepared = null;
    if (t) await t.dispose();
  }
}

/** At most this many inputs per call: enough for any drawing, small enough to answer at once. */
const MAX_INPUT_ROWS = 256;

/**
 * Checks page-supplied inputs against the run: the same trailing shape as its training inputs,
 * finite values, and (for one-hot or embedded inputs) whole ids inside the vocabulary.
 */
export function checkInputs(
  input: InputBatch,
  model: ModelConfig,
  split: { train: { xShape: number[] } },
): EngineMessage[] {
  const want = split.train.xShape.slice(1);
  const shape = Array.isArray(input?.shape) ? input.shape : [];
  const values = input?.values;
  const shapeOk =
    shape.length === want.length + 1 &&
    shape.every((d) => Number.isInteger(d) && d > 0) &&
    shape.slice(1).every((d, i) => d === want[i]) &&
    shape[0] <= MAX_INPUT_ROWS;
  if (!shapeOk || !values || values.length !== shape.reduce((a, b) => a * b, 1)) {
    return [
      {
        code: 'input.shape',
        severity: 'error',
        params: {
          expected: `[n ≤ ${MAX_INPUT_ROWS}, ${want.join(', ')}]`,
          got: `[${shape.join(', ')}]`,
        },
      },
    ];
  }
  const vocab = model.input.kind === 'dense' ? null : model.input.vocabSize;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v) || (vocab !== null && (!Number.isInteger(v) || v < 0 || v >= vocab))) {
      return [
        {
          code: 'input.value',
          severity: 'error',
          params: { index: i, value: String(v), ...(vocab !== null ? { max: vocab - 1 } : {}) },
        },
      ];
    }
  }
  return [];
}
