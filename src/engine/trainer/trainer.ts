/**
 * The trainer: owns one EngineModel and one DataSplit, runs epochs of seeded mini-batches, keeps the
 * history, guards against divergence, takes traces on request, and reports TrainerSnapshots at most
 * ~30 times a second. It is the one place training is scheduled (in the worker, or in Node for the
 * lab CLI); it never draws and never imports the page.
 */
import type { EngineModel, WeightSnapshot } from '../modelApi';
import {
  ConfigError,
  stepOptionsOf,
  type HyperParams,
  type TraceOptions,
  type TrainerOptions,
} from './options';
import { Pacer, pageSharedPace, rest, scoped } from './scheduling';
import { createRng, permutation, type Rng } from '../rng';
import type {
  DataSplit,
  EngineMessage,
  HistoryPoint,
  ModelConfig,
  Trace,
  TrainConfig,
  TrainerSnapshot,
  TrainerState,
} from '../types';
import { batchTensors, dataTensors, sizeOf } from './batches';
import { DivergenceGuard, divergenceMessage } from './guard';
import { validateConfig } from './validate';

export { ConfigError, type HyperParams, type TraceOptions, type TrainerOptions } from './options';

export class Trainer {
  private modelConfig: ModelConfig;
  private trainConfig: TrainConfig;
  private readonly data: DataSplit;
  private readonly options: TrainerOptions;
  private readonly now: () => number;
  private model: EngineModel;
  private state: TrainerState = 'idle';
  private message: EngineMessage | undefined;
  private history: HistoryPoint[] = [];
  private epoch = 0;
  private batch = 0;
  private step = 0;
  private order: Int32Array | null = null;
  private shuffleRng!: Rng;
  private dropoutRng!: Rng;
  private guard!: DivergenceGuard;
  private lastGood: WeightSnapshot | null = null;
  private pendingLoss = { loss: 0, metric: 0, count: 0 };
  private lastSnapshotAt = -Infinity;
  private snapshotPending = false;
  private throughput = { examples: 0, since: 0, perSecond: 0 };
  private traceOptions: TraceOptions | null = null;
  private lastTrace: Trace | undefined;
  /** The trace last pushed to onSnapshot; later pushes leave it out until a new one is taken. */
  private sentTrace: Trace | undefined;
  private running: Promise<void> | null = null;
  private disposed = false;

  constructor(options: TrainerOptions) {
    const problems = validateConfig(options.model, options.train, options.data);
    if (problems.length > 0) throw new ConfigError(problems);
    this.options = options;
    this.modelConfig = options.model;
    this.trainConfig = { ...options.train };
    this.data = options.data;
    this.now = options.now ?? (() => performance.now());
    this.model = options.createModel(this.modelConfig);
    this.resetCounters();
  }

  get batchesPerEpoch(): number {
    return Math.ceil(sizeOf(this.data.train) / this.trainConfig.batchSize);
  }

  /** The model being trained (for predictions and checkpoints by the caller). */
  get engineModel(): EngineModel {
    return this.model;
  }

  get config(): { model: ModelConfig; train: TrainConfig } {
    return { model: this.modelConfig, train: { ...this.trainConfig } };
  }

  private resetCounters(): void {
    this.state = 'idle';
    this.message = undefined;
    this.history = [];
    this.epoch = 0;
    this.batch = 0;
    this.step = 0;
    this.order = null;
    this.shuffleRng = createRng(this.trainConfig.seed);
    this.dropoutRng = createRng(this.trainConfig.seed ^ 0x5bd1e995);
    this.guard = new DivergenceGuard(this.options.divergenceFactor ?? 10);
    this.lastGood = null;
    this.pendingLoss = { loss: 0, metric: 0, count: 0 };
    this.throughput = { examples: 0, since: this.now(), perSecond: 0 };
    this.lastTrace = undefined;
  }

  private historyEvery(): number {
    return this.options.historyEvery ?? Math.max(1, Math.floor(this.batchesPerEpoch / 20));
  }

  private isDone(): boolean {
    return this.epoch >= this.trainConfig.epochs;
  }

  /** One optimizer step on the next batch; finishes the epoch (validation) when it was the last. */
  private trainOneBatch(): void {
    if (this.order === null) this.order = permutation(sizeOf(this.data.train), this.shuffleRng);
    const size = this.trainConfig.batchSize;
    const indices = this.order.subarray(
      this.batch * size,
      Math.min((this.batch + 1) * size, this.order.length),
    );
    const checkpointEvery = this.options.checkpointEvery ?? 20;
    const candidate = this.step % checkpointEvery === 0 ? this.model.getWeights() : null;
    const stepOptions = stepOptionsOf(this.trainConfig, this.dropoutRng.fork());
    const result = scoped(() => {
      const { x, y } = batchTensors(this.data.train, indices);
      return this.model.trainBatch(x, y, stepOptions);
    });
    const verdict = this.guard.check(result.loss);
    if (!verdict.ok) {
      this.diverge(verdict.reason, result.loss, verdict.median);
      return;
    }
    // The loss was computed on the weights before this step's update: they were good.
    if (candidate) this.lastGood = candidate;
    this.step++;
    this.batch++;
    this.throughput.examples += indices.length;
    this.pendingLoss.loss += result.loss;
    this.pendingLoss.metric += result.metric;
    this.pendingLoss.count++;
    const endOfEpoch = this.batch >= this.batchesPerEpoch;
    if (this.step % this.historyEvery() === 0 && !endOfEpoch) this.flushTrainPoint();
    if (endOfEpoch) this.finishEpoch();
    if (this.traceOptions && this.step % this.traceOptions.every === 0) this.takeTrace();
  }

  private flushTrainPoint(extra: Partial<HistoryPoint> = {}): void {
    const { loss, metric, count } = this.pendingLoss;
    if (count === 0 && Object.keys(extra).length === 0) return;
    const point: HistoryPoint = {
      step: this.step,
      epoch: this.epoch + this.batch / this.batchesPerEpoch,
      loss: count > 0 ? loss / count : NaN,
      ...(count > 0 ? { metric: metric / count } : {}),
      ...extra,
    };
    this.history.push(point);
    this.pendingLoss = { loss: 0, metric: 0, count: 0 };
  }

  private finishEpoch(): void {
    const val = this.evaluate('valid');
    this.flushTrainPoint({ valLoss: val.loss, valMetric: val.metric });
    this.epoch++;
    this.batch = 0;
    this.order = null;
    if (!Number.isFinite(val.loss)) {
      this.diverge('nonFinite', val.loss, this.guard.median());
      return;
    }
    if (this.isDone()) this.state = 'done';
  }

  /** Mean loss and metric over the validation (or training, or test) set, no dropout. */
  evaluate(part: 'train' | 'valid' | 'test' = 'valid'): { loss: number; metric: number } {
    const data = this.data[part];
    if (!data) throw new Error(`no ${part} data`);
    return scoped(() => {
      const { x, y } = dataTensors(data);
      return this.model.evaluate(
        x,
        y,
        this.trainConfig.loss,
        this.trainConfig.metric,
        this.options.evalBatchSize ?? 256,
      );
    });
  }

  private diverge(reason: 'nonFinite' | 'spike', loss: number, median: number): void {
    if (this.lastGood) this.model.setWeights(this.lastGood);
    this.state = 'diverged';
    this.message = divergenceMessage(
      reason,
      loss,
      median,
      this.step,
      this.trainConfig,
      this.lastGood !== null,
    );
    this.emit(true);
  }

  private takeTrace(): void {
    const opts = this.traceOptions;
    if (!opts) return;
    this.lastTrace = this.traceNow(opts.sample, opts.gradients);
  }

  /** A trace of one validation sample, now. */
  traceNow(sample: number, gradients: boolean): Trace {
    const data = this.data.valid;
    const index = Math.max(0, Math.min(sizeOf(data) - 1, Math.floor(sample)));
    return scoped(() => {
      const { x, y } = batchTensors(data, [index]);
      const trace = this.model.trace(x, y, { sample: 0, gradients, loss: this.trainConfig.loss });
      return { ...trace, sample: index, step: this.step };
    });
  }

  /** Ask for a trace every `every` steps while training (null stops it). Returns the first one. */
  requestTrace(options: TraceOptions | null): Trace | undefined {
    this.traceOptions = options
      ? { ...options, every: Math.max(1, Math.floor(options.every)) }
      : null;
    if (options) this.takeTrace();
    else this.lastTrace = undefined;
    this.emit(true);
    return this.lastTrace;
  }

  snapshot(): TrainerSnapshot {
    const elapsed = (this.now() - this.throughput.since) / 1000;
    if (elapsed > 0.25) {
      this.throughput.perSecond = this.throughput.examples / elapsed;
      this.throughput.examples = 0;
      this.throughput.since = this.now();
    }
    return {
      state: this.state,
      epoch: this.epoch,
      batch: this.batch,
      batchesPerEpoch: this.batchesPerEpoch,
      step: this.step,
      examplesPerSecond: this.throughput.perSecond,
      backend: this.options.backend?.() ?? 'cpu',
      history: this.history.slice(),
      epochs: this.trainConfig.epochs,
      ...(this.message ? { message: this.message } : {}),
      ...(this.lastTrace ? { trace: this.lastTrace } : {}),
    };
  }

  /**
   * Sends a snapshot unless one went out less than `snapshotIntervalMs` ago (`force` for state
   * changes). Pushed snapshots carry each trace once (see below).
   */
  private emit(force = false): void {
    if (!this.options.onSnapshot || this.disposed) return;
    const t = this.now();
    if (!force && t - this.lastSnapshotAt < (this.options.snapshotIntervalMs ?? 33)) {
      this.snapshotPending = true;
      return;
    }
    this.lastSnapshotAt = t;
    this.snapshotPending = false;
    const snapshot = this.snapshot();
    // A trace (≈ 60 kB for a 50-step, 20-20 network) goes out with the first snapshot after it is
    // taken, not with every one: re-sending it ~30 times a second cost the page ~1 MB/s of
    // structured clone and garbage for nothing new. snapshot() on request still carries it.
    if (snapshot.trace !== undefined && snapshot.trace === this.sentTrace) delete snapshot.trace;
    else this.sentTrace = snapshot.trace;
    this.options.onSnapshot(snapshot);
  }

  private assertUsable(): void {
    if (this.disposed) throw new Error('trainer disposed');
  }

  /**
   * Trains until paused, done or diverged, yielding to the event loop every few ms and, where a
   * page shares the machine, resting between slices (see `pageSharedPace`).
   */
  play(): Promise<void> {
    this.assertUsable();
    if (this.running) return this.running;
    if (this.isDone() || this.state === 'diverged') return Promise.resolve();
    this.state = 'training';
    this.message = undefined;
    this.throughput = { examples: 0, since: this.now(), perSecond: 0 };
    this.emit(true);
    this.running = this.loop(() => false).finally(() => (this.running = null));
    return this.running;
  }

  private async loop(stopAfterBatch: () => boolean): Promise<void> {
    const pacer = new Pacer(this.now, pageSharedPace());
    try {
      while (this.state === 'training' && !this.isDone()) {
        // The pacer compares batch times; an epoch's last batch (often smaller, then validation)
        // and a batch that also takes a trace do other work and would read as a crowded machine.
        const every = this.traceOptions?.every;
        const alike =
          this.batch + 1 < this.batchesPerEpoch && !(every && (this.step + 1) % every === 0);
        this.trainOneBatch();
        if (stopAfterBatch()) break;
        this.emit();
        const pause = pacer.afterBatch(alike);
        if (pause !== null) {
          await rest(pause);
          pacer.resumed();
        }
      }
    } catch (e) {
      this.state = 'error';
      this.message = { code: 'train.error', severity: 'error', params: { detail: String(e) } };
    }
    if (this.state === 'training') this.state = this.isDone() ? 'done' : 'paused';
    this.emit(true);
  }

  /** Stops after the current batch. */
  pause(): void {
    if (this.state === 'training') this.state = 'paused';
  }

  /** One batch, then stop. */
  async stepBatch(): Promise<TrainerSnapshot> {
    return this.runFor(() => true);
  }

  /** The rest of the current epoch (a whole one when at a boundary), then stop. */
  async stepEpoch(): Promise<TrainerSnapshot> {
    const target = this.epoch + 1;
    return this.runFor(() => this.epoch >= target);
  }

  private async runFor(stop: () => boolean): Promise<TrainerSnapshot> {
    this.assertUsable();
    if (this.running) await this.running;
    if (this.state === 'diverged') return this.snapshot();
    if (this.isDone()) this.trainConfig = { ...this.trainConfig, epochs: this.epoch + 1 };
    this.state = 'training';
    this.message = undefined;
    this.running = this.loop(stop).finally(() => (this.running = null));
    await this.running;
    if (this.state === 'training') this.state = 'paused';
    return this.snapshot();
  }

  /** Rebuilds the model from its seed and forgets the history. */
  async reset(): Promise<void> {
    this.assertUsable();
    this.pause();
    if (this.running) await this.running;
    this.model.dispose();
    this.model = this.options.createModel(this.modelConfig);
    this.resetCounters();
    this.emit(true);
  }

  /** Learning rate, clipping or optimizer for the next steps; training state is kept. */
  setHyper(hyper: HyperParams): void {
    this.assertUsable();
    const next: TrainConfig = { ...this.trainConfig, ...hyper };
    const problems = validateConfig(this.modelConfig, next, this.data);
    if (problems.length > 0) throw new ConfigError(problems);
    this.trainConfig = next;
    // After a divergence with new settings, training may continue from the restored weights.
    if (this.state === 'diverged') {
      this.state = 'paused';
      this.message = undefined;
      this.guard.reset();
    }
    this.emit(true);
  }

  /**
   * A new model or training configuration. A structural change (anything in the model config, the
   * batch size or the seed) rebuilds the model and resets; the rest applies to the next step.
   */
  async setConfig(change: { model?: ModelConfig; train?: Partial<TrainConfig> }): Promise<void> {
    this.assertUsable();
    const model = change.model ?? this.modelConfig;
    const train: TrainConfig = { ...this.trainConfig, ...change.train };
    const problems = validateConfig(model, train, this.data);
    if (problems.length > 0) throw new ConfigError(problems);
    const structural =
      JSON.stringify(model) !== JSON.stringify(this.modelConfig) ||
      train.batchSize !== this.trainConfig.batchSize ||
      train.seed !== this.trainConfig.seed;
    this.modelConfig = model;
    this.trainConfig = train;
    if (structural) await this.reset();
    else this.emit(true);
  }

  /** Replaces the weights (checkpoint loading, backend fallback); history is kept. */
  setWeights(weights: WeightSnapshot): void {
    this.model.setWeights(weights);
  }

  /**
   * Carries the run over to the backend now current after the old one broke (a lost WebGL
   * context): waits for the batch in flight, rebuilds the model there and keeps history, position
   * and settings. The weights are the model's own when they are still finite (they live in
   * JavaScript, not on the lost device; they move as a float32 snapshot, as checkpoints do), else
   * the last good ones. The run is left paused with `message`.
   */
  async moveToCurrentBackend(message: EngineMessage): Promise<void> {
    this.assertUsable();
    this.pause();
    if (this.running) await this.running.catch(() => undefined);
    let weights: WeightSnapshot | null = null;
    try {
      weights = this.model.getWeights();
    } catch {
      weights = null;
    }
    const finite =
      weights !== null && Object.values(weights).every((w) => w.values.every(Number.isFinite));
    const keep = finite ? weights : this.lastGood;
    this.model.dispose();
    this.model = this.options.createModel(this.modelConfig);
    if (keep) this.model.setWeights(keep);
    this.guard.reset();
    this.state = this.isDone() ? 'done' : 'paused';
    this.message = message;
    this.emit(true);
  }

  /** The newest weights known to give a finite, non-exploding loss (null before the first check). */
  get lastGoodWeights(): WeightSnapshot | null {
    return this.lastGood;
  }

  /** A snapshot is waiting to be sent because the last one was too recent. */
  get hasPendingSnapshot(): boolean {
    return this.snapshotPending;
  }

  /** Disposes the model; the trainer cannot be used afterwards. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.pause();
    if (this.running) await this.running;
    this.model.dispose();
    this.disposed = true;
  }
}
