/**
 * What RecurrentModel delegates to when its config has a decoder: loss and gradients of a batch,
 * greedy predictions, evaluation and traces of an encoder–decoder, on the model's own weight and
 * gradient arrays (so optimizers, clipping, snapshots and checkpoints work unchanged).
 *
 * Data: x holds source sequences ([n, Tin] ids or [n, Tin, d] floats), y target ids [n, Tout].
 * Evaluation is teacher-forced (the decoder reads the true previous targets), as Keras reports a
 * seq2seq model's validation loss, so its figures compare with the training loss; `predict`
 * decodes greedily, which is what a reader of the output sees (and what the lab scores).
 */
import type { EvalResult, TraceRequest } from '../../modelApi';
import type {
  DecoderConfig,
  LayerTrace,
  LossKind,
  MetricKind,
  ModelConfig,
  Trace,
} from '../../types';
import type { ArrayData } from '../batch';
import { readBatch } from '../batch';
import { activate, lossAndGradient, metricValue } from '../losses';
import {
  decoderFeedMask,
  seq2seqBackward,
  seq2seqForward,
  seq2seqViews,
  type Seq2SeqArrays,
  type Seq2SeqForward,
} from './network';
import { makeStateCell, type StateCell } from './stateCell';

/** Mixed into the dropout seed for the decoder's scheduled-sampling coins. */
const DECODER_COIN_SALT = 0x68e31da4;

/** Rows [from, from + count) of batch-major ids [n, T] as time-major [T·count]. */
function timeMajorIds(y: ArrayData, from: number, count: number): Int32Array {
  const T = y.shape[1];
  const out = new Int32Array(T * count);
  for (let b = 0; b < count; b++) {
    for (let t = 0; t < T; t++) out[t * count + b] = Math.round(y.values[(from + b) * T + t]);
  }
  return out;
}

/** Rows [from, from + count) of x as their own ArrayData. */
function rowsOf(x: ArrayData, from: number, count: number): ArrayData {
  const width = x.shape.slice(1).reduce((a, b) => a * b, 1);
  const values = Array.prototype.slice.call(
    x.values,
    from * width,
    (from + count) * width,
  ) as number[];
  return { values, shape: [count, ...x.shape.slice(1)] };
}

export class Seq2SeqParts {
  private readonly cells: StateCell[];
  private readonly w: Seq2SeqArrays;
  private readonly g: Seq2SeqArrays;

  constructor(
    private readonly config: ModelConfig,
    weights: Float64Array[],
    private readonly grads: Float64Array[],
  ) {
    this.cells = config.layers.map(makeStateCell);
    this.w = seq2seqViews(config, weights);
    this.g = seq2seqViews(config, grads);
  }

  private get decoder(): DecoderConfig {
    return this.config.decoder as DecoderConfig;
  }

  private forward(x: ArrayData, targets: Int32Array | null, feed: Uint8Array | null) {
    return seq2seqForward(this.config, this.cells, this.w, x, targets, feed);
  }

  private lossOf(fwd: Seq2SeqForward, targets: Int32Array, loss: LossKind, metric: MetricKind) {
    const { units, activation } = this.config.head;
    const rows = fwd.Tout * fwd.B;
    const out = activate(fwd.logits, rows, units, activation);
    const t = { ids: targets, values: null };
    const lg = lossAndGradient(fwd.logits, out, rows, units, this.config.head, loss, t);
    const m = metricValue(fwd.logits, out, rows, units, this.config.head, loss, metric, t);
    return { lg, metric: m, rows };
  }

  /**
   * Loss, metric and gradients (into the model's gradient arrays) of one batch. `feedPrediction`
   * p: the decoder reads its own previous argmax with probability p per sample and step.
   */
  computeGradients(
    x: ArrayData,
    y: ArrayData,
    loss: LossKind,
    metric: MetricKind,
    dropoutSeed: number | null,
    feedPrediction: number,
  ): EvalResult {
    const B = x.shape[0];
    const targets = timeMajorIds(y, 0, B);
    const coins = ((dropoutSeed ?? 0) ^ DECODER_COIN_SALT) >>> 0;
    const feed =
      feedPrediction > 0 ? decoderFeedMask(this.decoder.steps, B, feedPrediction, coins) : null;
    const fwd = this.forward(x, targets, feed);
    const { lg, metric: m } = this.lossOf(fwd, targets, loss, metric);
    for (const g of this.grads) g.fill(0);
    const ids = this.config.input.kind === 'dense' ? null : readBatch(this.config, x, 0, B).ids;
    seq2seqBackward(this.config, this.cells, this.w, this.g, fwd, lg.dz, ids);
    return { loss: lg.loss, metric: m };
  }

  /** Greedy decoding: the head's outputs [n, Tout, V] (after its activation), batch-major. */
  predict(x: ArrayData): { values: Float32Array; shape: number[] } {
    const n = x.shape[0];
    const { steps } = this.decoder;
    const V = this.config.head.units;
    const values = new Float32Array(n * steps * V);
    const chunk = 256;
    for (let from = 0; from < n; from += chunk) {
      const count = Math.min(chunk, n - from);
      const fwd = this.forward(rowsOf(x, from, count), null, null);
      const out = activate(fwd.logits, steps * count, V, this.config.head.activation);
      for (let t = 0; t < steps; t++) {
        for (let b = 0; b < count; b++) {
          const src = (t * count + b) * V;
          values.set(out.subarray(src, src + V), ((from + b) * steps + t) * V);
        }
      }
    }
    return { values, shape: [n, steps, V] };
  }

  /** Teacher-forced mean loss and metric, in batches. */
  evaluate(
    x: ArrayData,
    y: ArrayData,
    loss: LossKind,
    metric: MetricKind,
    batchSize: number,
  ): EvalResult {
    const n = x.shape[0];
    const size = Math.max(1, Math.floor(batchSize));
    let lossSum = 0;
    let metricSum = 0;
    let rowsSum = 0;
    for (let from = 0; from < n; from += size) {
      const count = Math.min(size, n - from);
      const targets = timeMajorIds(y, from, count);
      const fwd = this.forward(rowsOf(x, from, count), targets, null);
      const r = this.lossOf(fwd, targets, loss, metric);
      lossSum += r.lg.loss * r.rows;
      metricSum += r.metric * r.rows;
      rowsSum += r.rows;
    }
    return rowsSum
      ? { loss: lossSum / rowsSum, metric: metricSum / rowsSum }
      : { loss: 0, metric: 0 };
  }

  /**
   * Sample `request.sample` of x: every encoder and decoder layer's inputs, hidden and cell states
   * and gates (layers numbered encoder first, then decoder), and the greedy prediction. Gradient
   * norms are not traced for an encoder–decoder.
   */
  trace(x: ArrayData, y: ArrayData | null, request: TraceRequest, step: number): Trace {
    const one = rowsOf(x, request.sample, 1);
    const fwd = this.forward(one, null, null);
    const layers: LayerTrace[] = [];
    const rowsOfRun = (
      records: Seq2SeqForward['encoder'][number]['records'],
      pick: (r: (typeof records)[number]) => Float64Array | null,
    ) => records.map((r) => Array.from(pick(r) ?? []));
    const gateNames = (cell: string) =>
      cell === 'lstm' ? ['i', 'f', 'g', 'o'] : cell === 'gru' ? ['z', 'r', 'g'] : [];
    const add = (runs: Seq2SeqForward['encoder'], offset: number) =>
      runs.forEach((run, l) => {
        const layer = this.config.layers[l];
        const H = layer.units;
        const gates: Record<string, number[][]> = {};
        gateNames(layer.cell).forEach((name, k) => {
          gates[name] = run.records.map((r) => Array.from(r.gates.subarray(k * H, (k + 1) * H)));
        });
        const T = run.records.length;
        const width = run.input.width;
        const inputs = Array.from({ length: T }, (_, t) => {
          if (run.input.ids) {
            const row = new Array<number>(width).fill(0);
            row[run.input.ids[t]] = 1;
            return row;
          }
          return Array.from((run.input.x as Float64Array).subarray(t * width, (t + 1) * width));
        });
        layers.push({
          layer: offset + l,
          direction: 'forward',
          cell: layer.cell,
          units: H,
          inputs,
          hidden: rowsOfRun(run.records, (r) => r.next.h),
          ...(layer.cell === 'lstm' ? { cellState: rowsOfRun(run.records, (r) => r.next.c) } : {}),
          gates,
        });
      });
    add(fwd.encoder, 0);
    add(fwd.decoder, this.config.layers.length);
    const V = this.config.head.units;
    const prediction = Array.from(activate(fwd.logits, fwd.Tout, V, this.config.head.activation));
    return {
      sample: request.sample,
      step,
      layers,
      prediction,
      predictionShape: [fwd.Tout, V],
      ...(y ? { target: Array.from(rowsOf(y, request.sample, 1).values) } : {}),
    };
  }
}
