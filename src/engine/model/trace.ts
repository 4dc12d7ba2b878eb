/**
 * Introspection of one sample as plain data: every layer's inputs, hidden states, cell states and
 * gate activations, and on request the gradient picture of the first recurrent layer:
 *   gradNormPerStep[t]     = ‖∂L/∂h(t)‖ (the whole gradient reaching h(t), through later steps too)
 *   jacobianNormPerStep[t] = ‖∂h(T)/∂h(t)‖_F, the product of step Jacobians ∂h(s)/∂h(s−1), s = t+1..T
 *                            (√units at t = T, where the product is the identity)
 *   weightGradNorms[name]  = ‖∂L/∂W‖ for this sample's loss.
 * All arrays are in the original time order, for the backward direction of a bidirectional layer too.
 */
import type { TraceRequest } from '../modelApi';
import { layerOutputWidth, type WeightSpec } from '../shapes';
import type { LayerTrace, LossKind, ModelConfig, Trace } from '../types';
import { readBatch, readTargets, toBatchMajor, type ArrayData } from './batch';
import type { Cell } from './cells/cell';
import { sampleRows } from './cells/cell';
import { inputProjection, type LayerInput } from './layer';
import { activate, lossAndGradient } from './losses';
import { networkBackward, networkForward, viewArrays, type NetworkArrays } from './network';

export interface TraceContext {
  config: ModelConfig;
  cells: Cell[];
  specs: WeightSpec[];
  w: NetworkArrays;
  step: number;
}

/** Euclidean norm of a vector. */
function norm(v: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i] * v[i];
  return Math.sqrt(s);
}

/** The loss a head usually trains with, when a trace request does not name one. */
function defaultLoss(config: ModelConfig): LossKind {
  if (config.head.activation === 'softmax') return 'softmaxCrossEntropy';
  if (config.head.activation === 'sigmoid') return 'binaryCrossEntropy';
  return 'mse';
}

/** Rows of a time-major [T, width] single-sample array as [t][j], optionally reversed in time. */
function rowsOf(a: Float64Array, T: number, width: number, reversed: boolean): number[][] {
  const rows = sampleRows(a, T, 1, width, 0);
  return reversed ? rows.reverse() : rows;
}

function inputRows(input: LayerInput, T: number): number[][] {
  if (input.x) return rowsOf(input.x, T, input.width, false);
  const ids = input.ids as Int32Array;
  return Array.from(ids, (id) => Array.from({ length: input.width }, (_, j) => (j === id ? 1 : 0)));
}

/**
 * ‖∂h(T)/∂h(t)‖_F for every t, first layer, forward direction: the sample is replicated once per
 * unit u and the backward pass is seeded with e_u at h(T) and nothing else, so copy u carries
 * row u of ∂h(T)/∂h(t) back through the recurrence.
 */
function jacobianNorms(ctx: TraceContext, input: LayerInput, T: number): number[] {
  const cell = ctx.cells[0];
  const H = cell.units;
  const d = input.width;
  const rep: LayerInput = { x: null, ids: null, width: d };
  if (input.x) {
    const x = new Float64Array(T * H * d);
    for (let t = 0; t < T; t++)
      for (let u = 0; u < H; u++) x.set(input.x.subarray(t * d, (t + 1) * d), (t * H + u) * d);
    rep.x = x;
  } else if (input.ids) {
    const ids = new Int32Array(T * H);
    for (let t = 0; t < T; t++) ids.fill(input.ids[t], t * H, (t + 1) * H);
    rep.ids = ids;
  }
  const w = ctx.w.layers[0][0];
  const xp = inputProjection(rep, w, T * H, cell.gates * H);
  const cache = cell.forward(xp, T, H, w.cell);
  const seed = new Float64Array(T * H * H);
  for (let u = 0; u < H; u++) seed[(T - 1) * H * H + u * H + u] = 1;
  const total = new Float64Array(T * H * H);
  const scratch = viewArrays(
    ctx.config,
    ctx.specs,
    ctx.specs.map((s) => new Float64Array(s.shape.reduce((a, b) => a * b, 1))),
  );
  cell.backward(cache, w.cell, seed, scratch.layers[0][0].cell, null, total);
  const norms: number[] = [];
  for (let t = 0; t < T; t++) {
    let s = 0;
    for (let i = t * H * H; i < (t + 1) * H * H; i++) s += total[i] * total[i];
    norms.push(Math.sqrt(s));
  }
  return norms;
}

/** Traces sample `request.sample` of x (and y, for gradients). */
export function traceSample(
  ctx: TraceContext,
  x: ArrayData,
  y: ArrayData | null,
  request: TraceRequest,
): Trace {
  const { config, cells } = ctx;
  const batch = readBatch(config, x, request.sample, 1);
  const T = batch.T;
  const fwd = networkForward(config, cells, ctx.w, batch, null);
  const layers: LayerTrace[] = [];
  config.layers.forEach((layer, i) => {
    const input: LayerInput =
      i === 0
        ? fwd.firstInput
        : { x: fwd.outputs[i - 1], ids: null, width: layerOutputWidth(config.layers[i - 1]) };
    fwd.caches[i].directions.forEach((dc, dir) => {
      const reversed = dir === 1;
      const gates = cells[i].gateTrace(dc.cell, 0);
      if (reversed) for (const k of Object.keys(gates)) gates[k].reverse();
      const lt: LayerTrace = {
        layer: i,
        direction: reversed ? 'backward' : 'forward',
        cell: layer.cell,
        units: layer.units,
        inputs: inputRows(input, T),
        hidden: rowsOf(dc.cell.hidden, T, layer.units, reversed),
        gates,
      };
      if (dc.cell.cellState) lt.cellState = rowsOf(dc.cell.cellState, T, layer.units, reversed);
      layers.push(lt);
    });
  });
  const U = config.head.units;
  const out = activate(fwd.logits, fwd.rows, U, config.head.activation);
  const trace: Trace = {
    sample: request.sample,
    step: ctx.step,
    layers,
    prediction: Array.from(toBatchMajor(config, out, T, 1)),
    predictionShape: config.head.kind === 'everyStep' ? [T, U] : [U],
  };
  if (y) {
    const loss = request.loss ?? defaultLoss(config);
    const target = readTargets(config, y, loss, T, request.sample, 1);
    trace.target = Array.from(target.ids ?? (target.values as Float64Array));
    if (request.gradients) {
      const grads = ctx.specs.map((s) => new Float64Array(s.shape.reduce((a, b) => a * b, 1)));
      const g = viewArrays(config, ctx.specs, grads);
      const { dz } = lossAndGradient(fwd.logits, out, fwd.rows, U, config.head, loss, target);
      const H = config.layers[0].units;
      const totals = fwd.caches[0].directions.map(() => new Float64Array(T * H));
      networkBackward(config, cells, ctx.w, g, fwd, dz, null, totals);
      trace.gradNormPerStep = sampleRows(totals[0], T, 1, H, 0).map((r) => norm(r));
      trace.weightGradNorms = {};
      ctx.specs.forEach((s, k) => {
        (trace.weightGradNorms as Record<string, number>)[s.name] = norm(grads[k]);
      });
    }
  }
  if (request.gradients) trace.jacobianNormPerStep = jacobianNorms(ctx, fwd.firstInput, T);
  return trace;
}
